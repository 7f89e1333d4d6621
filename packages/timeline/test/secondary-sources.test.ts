import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { timexInterval } from "../src/index.js";
import type { EventMention, TimelineDate } from "../src/schema.js";
import { addSecondarySources } from "../src/timeline/cluster-events.js";
import type { EventCluster } from "../src/timeline/event-cluster.js";
import { EventTable } from "../src/timeline/event-table.js";
import { within } from "../src/dates/timex-interval.js";

/** A cluster of mention objects, as clusters were before the event table. */
interface ObjectCluster {
  cls: string;
  mentions: EventMention[];
  secondary: EventMention[];
}

/** The scan before the month index, over mention objects: every fine cluster of the class, for every mention. */
function naive(events: readonly EventMention[], byClass: ReadonlyMap<string, ObjectCluster[]>): void {
  const FINE = new Set(["month", "week", "day", "part-of-day", "time"]);
  const sentenceKey = (m: EventMention) => `${m.docId}\u0000${m.start}`;
  for (const m of events) {
    for (const cls of m.classes) {
      if (cls === m.trigger.class || cls === "statement") continue;
      for (const c of byClass.get(cls) ?? []) {
        const date = c.mentions[0]!.date;
        if (!FINE.has(date.granularity)) continue;
        if (!within(m.date, date)) continue;
        if (new Set(c.mentions.map(sentenceKey)).has(sentenceKey(m))) continue;
        if (c.mentions.length + c.secondary.length < 2 && c.mentions[0]?.docId === m.docId) continue;
        c.secondary.push(m);
      }
    }
  }
}

// days, weeks (some across a month's end), months, a year, a part of a day
const VALUES = ["2024-01-31", "2024-02-01", "2024-02-29", "2024-03-15", "2024-W05", "2024-W09", "2024-W13", "2023-W52", "2024-02", "2024-03", "2024-01", "2024", "2024-02-01TNI", "2023-12-31"];
const DATES = VALUES.map((v) => timexInterval(v)).filter((d): d is TimelineDate => d !== null);
const CLASSES = ["protest", "attack", "talks", "statement"];

const mention = (i: number, doc: number, start: number, date: number, cls: number, classes: number[]): EventMention =>
  ({
    id: `d${doc}:e${i}`,
    docId: `d${doc}`,
    start,
    end: start + 10,
    text: "x",
    trigger: { text: "x", start, end: start + 1, class: CLASSES[cls]! },
    participants: [],
    timex: { text: "x", start, end: start + 1, type: "DATE", value: DATES[date]!.value },
    date: DATES[date]!,
    tense: "past",
    modality: "reported",
    polarity: "positive",
    classes: classes.map((c) => CLASSES[c]!),
  }) as unknown as EventMention;

describe("secondary sources", () => {
  it("the month index finds exactly the clusters the full scan finds, in the same order", () => {
    const arb = fc.record({
      clusters: fc.array(fc.record({ doc: fc.nat(3), start: fc.nat(5), date: fc.nat(DATES.length - 1), cls: fc.nat(CLASSES.length - 1) }), { maxLength: 25 }),
      events: fc.array(fc.record({ doc: fc.nat(3), start: fc.nat(5), date: fc.nat(DATES.length - 1), cls: fc.nat(CLASSES.length - 1), classes: fc.array(fc.nat(CLASSES.length - 1), { maxLength: 3 }) }), { maxLength: 40 }),
    });
    fc.assert(
      fc.property(arb, ({ clusters, events }) => {
        const primaries = clusters.map((c, i) => mention(1000 + i, c.doc, c.start, c.date, c.cls, []));
        const mentions = events.map((e, i) => mention(i, e.doc, e.start, e.date, e.cls, e.classes));
        // the oracle: clusters of objects
        const objectClusters = primaries.map((m): ObjectCluster => ({ cls: m.trigger.class, mentions: [m], secondary: [] }));
        const objectsByClass = new Map<string, ObjectCluster[]>();
        for (const c of objectClusters) objectsByClass.set(c.cls, [...(objectsByClass.get(c.cls) ?? []), c]);
        naive(mentions, objectsByClass);
        // the table: the primaries' rows first (they name no other class, so they are no one's secondary source)
        const table = EventTable.from([...primaries, ...mentions]);
        const rowClusters = primaries.map((m, i): EventCluster => ({ cls: m.trigger.class, date: table.date(i), mentions: [i], secondary: [] }));
        const rowsByClass = new Map<string, EventCluster[]>();
        for (const c of rowClusters) rowsByClass.set(c.cls, [...(rowsByClass.get(c.cls) ?? []), c]);
        addSecondarySources(table, rowsByClass);
        expect(rowClusters.map((c) => c.secondary.map((k) => table.mention(k).id))).toEqual(objectClusters.map((c) => c.secondary.map((m) => m.id)));
      }),
      { numRuns: 300 },
    );
  });
});
