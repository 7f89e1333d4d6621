import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { timexInterval } from "../src/index.js";
import type { EventMention, TimelineDate } from "../src/schema.js";
import { addSecondarySources } from "../src/timeline/cluster-events.js";
import { clusterDate, clusterSentenceKeys, sentenceKey, type EventCluster } from "../src/timeline/event-cluster.js";
import { within } from "../src/dates/timex-interval.js";

/** The scan before the month index: every fine cluster of the class, for every mention. */
function naive(events: readonly EventMention[], byClass: ReadonlyMap<string, EventCluster[]>): void {
  const FINE = new Set(["month", "week", "day", "part-of-day", "time"]);
  for (const m of events) {
    for (const cls of m.classes) {
      if (cls === m.trigger.class || cls === "statement") continue;
      for (const c of byClass.get(cls) ?? []) {
        if (!FINE.has(clusterDate(c).granularity)) continue;
        if (!within(m.date, clusterDate(c))) continue;
        if (clusterSentenceKeys(c).has(sentenceKey(m))) continue;
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
    id: `e${i}`,
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
        const run = (add: typeof naive) => {
          const byClass = new Map<string, EventCluster[]>();
          const all: EventCluster[] = [];
          clusters.forEach((c, i) => {
            const m = mention(1000 + i, c.doc, c.start, c.date, c.cls, []);
            const cluster: EventCluster = { cls: m.trigger.class, mentions: [m], secondary: [], words: new Set() };
            all.push(cluster);
            byClass.set(cluster.cls, [...(byClass.get(cluster.cls) ?? []), cluster]);
          });
          add(
            events.map((e, i) => mention(i, e.doc, e.start, e.date, e.cls, e.classes)),
            byClass,
          );
          return all.map((c) => c.secondary.map((m) => m.id));
        };
        expect(run(addSecondarySources)).toEqual(run(naive));
      }),
      { numRuns: 300 },
    );
  });
});
