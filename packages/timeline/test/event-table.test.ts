import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDocument } from "@newsparse/corpus-loader";
import { buildTimeline, extractEventMentions, mergeAcrossDocuments, tagTemporalExpressions, timexInterval } from "../src/index.js";
import type { EventMention, TimelineDate } from "../src/schema.js";
import { contentWords } from "../src/events/extract-events.js";
import { compatible, within } from "../src/dates/timex-interval.js";
import { DEFAULT_EVENT_LEXICON, eventClassOf, irregularBaseOf } from "../src/events/event-lexicon.js";
import { clusterEvents, mergeClustersAcrossDocuments } from "../src/timeline/cluster-events.js";
import { EventTable } from "../src/timeline/event-table.js";
import { WORDS, arbDocument, textOf } from "./news-sentences.js";

const PEOPLE = ["e1", "e2", "e3"];

describe("event table", () => {
  it("gives back every mention extractEventMentions found, equal key by key and in key order; its timex is the same object", () => {
    fc.assert(
      fc.property(arbDocument, fc.array(fc.record({ who: fc.constantFrom(...PEOPLE), at: fc.nat(200), length: fc.integer({ min: 1, max: 9 }) }), { maxLength: 6 }), (sentences, found) => {
        const text = textOf(sentences);
        const doc = parseDocument(text, { id: "d1", publishedAt: "2024-04-25" });
        const entities = found.map((f, i) => ({ id: `${f.who}-${i}`, mentions: [{ docId: "d1", start: f.at % text.length, end: Math.min(text.length, (f.at % text.length) + f.length) }] }));
        const events = extractEventMentions(doc, tagTemporalExpressions(text, { referenceDate: "2024-04-25" }), { entities, referenceDate: "2024-04-25" });
        const table = EventTable.from(events, () => text);
        expect(table.length).toBe(events.length);
        events.forEach((m, k) => {
          const back = table.mention(k);
          expect(JSON.stringify(back)).toBe(JSON.stringify(m));
          expect(back).toStrictEqual(m);
          expect(back.timex).toBe(m.timex);
          expect([table.docId(k), table.start(k), table.end(k), table.triggerClass(k), table.triggerText(k)]).toEqual([m.docId, m.start, m.end, m.trigger.class, m.trigger.text]);
          expect(table.date(k)).toEqual(m.date);
          expect(table.participants(k)).toEqual(m.participants);
          expect(table.wordCodes(k).map((w) => table.words.word(w))).toEqual([...new Set(contentWords(text, m.start, m.end))]);
        });
        // once the sentences' words are let go, the mentions are still the same
        table.releaseWords();
        events.forEach((m, k) => expect(table.mention(k)).toStrictEqual(m));
        if (events.length > 0) expect(() => table.wordCodes(0)).toThrow(/released/);
      }),
      { numRuns: 150 },
    );
  });

  it("keeps a mention its columns cannot hold (a caller's odd id or offset) as it came", () => {
    const date = timexInterval("2024-03-01")!;
    const base = { docId: "d", start: 0, end: 5, trigger: { start: 0, end: 1, text: "x", class: "talks" }, participants: [], timex: { start: 0, end: 1, text: "x", type: "DATE", value: "2024-03-01", rule: "r" }, date, tense: "past", modality: "reported", polarity: "positive", classes: [] };
    const odd = [
      { id: "custom", ...base },
      { id: "d:e1", ...base, start: "0" },
      { id: "d:e01", ...base },
      { id: "d:e2", ...base, end: 2.5 },
      { id: "d:e3", ...base, start: -0 },
      { id: "d:e4", ...base },
    ] as unknown as EventMention[];
    const table = EventTable.from(odd);
    table.trim();
    odd.slice(0, 5).forEach((m, k) => expect(table.mention(k)).toBe(m));
    expect(table.start(1)).toBe("0");
    expect(table.end(3)).toBe(2.5);
    expect(Object.is(table.start(4), -0)).toBe(true);
    // a mention the columns hold is made again, equal
    expect(table.mention(5)).not.toBe(odd[5]);
    expect(table.mention(5)).toStrictEqual(odd[5]);
  });

  it("is what buildTimeline's events are made of: the mentions extractEventMentions gives, document by document", () => {
    const texts = ["Protesters rallied in Niamey on Saturday. Talks ended on April 2.", "The junta signed the accord on Saturday, the minister said."];
    const docs = texts.map((t, i) => parseDocument(t, { id: `d${i}`, publishedAt: "2024-04-25" }));
    const { events } = buildTimeline(docs);
    const direct = docs.flatMap((d) => extractEventMentions(d, tagTemporalExpressions(d.text, { referenceDate: "2024-04-25" }).map((t) => ({ ...t, docId: d.id })), { referenceDate: "2024-04-25" }));
    expect(events.length).toBeGreaterThan(2);
    expect(JSON.stringify(events)).toBe(JSON.stringify(direct));
  });
});

// ---- clustering and the cross-document merge over the table, against the same steps over mention objects

const VALUES = ["2024-03-01", "2024-03-02", "2024-W09", "2024-03", "2024", "2024-03-01TNI", "2023-12-31"];
const DATES = VALUES.map((v) => timexInterval(v)).filter((d): d is TimelineDate => d !== null);
const CLASSES = ["protest", "talks", "statement", "other:fled", "other:signed"];

/** The clusters as lists of mention ids, worked out over objects: every cluster of the class scanned, nothing cached. */
function clustersOverObjects(events: readonly EventMention[], texts: readonly string[]): string[][] {
  const wordsOf = (m: EventMention) => new Set(contentWords(texts[Number(m.docId.slice(1))]!, m.start, m.end));
  const span = (m: EventMention) => Date.parse(m.date.end.slice(0, 10)) - Date.parse(m.date.start.slice(0, 10));
  const order = [...events].sort((a, b) => span(a) - span(b) || (a.docId < b.docId ? -1 : a.docId > b.docId ? 1 : 0) || a.start - b.start);
  const clusters: EventMention[][] = [];
  const byClass = new Map<string, EventMention[][]>();
  const union = (c: EventMention[]) => new Set(c.flatMap((m) => [...wordsOf(m)]));
  const overlap = (a: Set<string>, b: Set<string>) => {
    if (a.size === 0 || b.size === 0) return 0;
    const inter = [...a].filter((w) => b.has(w)).length;
    return inter / (a.size + b.size - inter);
  };
  for (const m of order) {
    const cls = m.trigger.class;
    const sameClass = byClass.get(cls) ?? [];
    const candidates = sameClass.filter(
      (c) =>
        compatible(m.date, c[0]!.date) &&
        (!cls.startsWith("other:") || m.participants.some((p) => c.some((x) => x.participants.includes(p))) || overlap(wordsOf(m), union(c)) >= 0.2),
    );
    const same = candidates.filter((c) => within(c[0]!.date, m.date) && within(m.date, c[0]!.date));
    const support = (c: EventMention[]) => new Set(c.map((x) => x.docId)).size;
    let target = same[0];
    if (!target && candidates.length > 0) {
      const best = Math.max(...candidates.map(support));
      const top = candidates.filter((c) => support(c) === best);
      if (top.length === 1) target = top[0];
    }
    if (target) target.push(m);
    else {
      const c = [m];
      clusters.push(c);
      if (sameClass.length < 300) byClass.set(cls, [...sameClass, c]);
    }
  }
  // the merge across documents through the public set-based entry point
  const isEventClass = (x: string) => !x.startsWith("other:") && x !== "statement";
  const into = mergeAcrossDocuments(
    clusters.map((c) => {
      const words = union(c);
      const triggers = [...words].filter((w) => {
        const cls = eventClassOf(DEFAULT_EVENT_LEXICON, w);
        return cls !== "statement" && (cls !== undefined || irregularBaseOf(w) !== undefined || (w.length > 4 && w.endsWith("ed")));
      });
      for (const m of c) triggers.push(m.trigger.text.toLowerCase(), ...[m.trigger.class, ...m.classes].filter(isEventClass));
      return { date: c[0]!.date, docIds: new Set(c.map((m) => m.docId)), words, participants: new Set(c.flatMap((m) => m.participants)), triggers: new Set(triggers) };
    }),
  );
  const merged = clusters.map((c) => [...c]);
  clusters.forEach((c, i) => {
    if (into[i] !== i) merged[into[i]!]!.push(...c);
  });
  return merged.filter((_, i) => into[i] === i).map((c) => c.map((m) => m.id));
}

describe("clustering over the event table", () => {
  it("gives the clusters the same steps give over mention objects, merged across documents the same way", () => {
    const arbEvent = fc.record({
      doc: fc.nat(3),
      sentence: fc.nat(3),
      date: fc.nat(DATES.length - 1),
      cls: fc.nat(CLASSES.length - 1),
      trigger: fc.constantFrom(...WORDS),
      participants: fc.subarray(PEOPLE),
      classes: fc.subarray(["protest", "talks", "statement"]),
    });
    const arbSentences = fc.array(fc.array(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }), { minLength: 4, maxLength: 4 }), { minLength: 4, maxLength: 4 });
    fc.assert(
      fc.property(arbSentences, fc.array(arbEvent, { maxLength: 40 }), (sentences, raw) => {
        // four documents of four sentences each; an event mention is one sentence, dated
        const texts = sentences.map((doc) => doc.map((s) => `${s.join(" ")}.`).join(" "));
        const spans = sentences.map((doc) => {
          let at = 0;
          return doc.map((s) => {
            const span = { start: at, end: at + s.join(" ").length + 1 };
            at = span.end + 1;
            return span;
          });
        });
        const perDoc = new Map<number, number>();
        const events = raw.map((e): EventMention => {
          const ord = perDoc.get(e.doc) ?? 0;
          perDoc.set(e.doc, ord + 1);
          const { start, end } = spans[e.doc]![e.sentence]!;
          const date = DATES[e.date]!;
          return {
            id: `d${e.doc}:e${ord}`,
            docId: `d${e.doc}`,
            start,
            end,
            trigger: { start, end: start + 1, text: e.trigger, class: CLASSES[e.cls]! },
            participants: [...e.participants].sort(),
            timex: { start, end: start + 1, text: "x", type: "DATE", value: date.value, rule: "test", docId: `d${e.doc}` },
            date,
            tense: "past",
            modality: "reported",
            polarity: "positive",
            classes: [...e.classes].sort(),
          };
        });
        const table = EventTable.from(events, (docId) => texts[Number(docId.slice(1))]);
        const found = clusterEvents(table);
        mergeClustersAcrossDocuments(table, found);
        const overTable = found.clusters.map((c) => c.mentions.map((k) => table.mention(k).id));
        expect(overTable).toEqual(clustersOverObjects(events, texts));
      }),
      { numRuns: 300 },
    );
  });
});
