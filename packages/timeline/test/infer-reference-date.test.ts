import { describe, expect, it } from "vitest";
import { parseDocument } from "@newsparse/corpus-loader";
import fc from "fast-check";
import {
  anchorReferenceDate,
  buildTimeline,
  collectAnchorEvents,
  createAnchorIndex,
  createSimilarityIndex,
  getDefaultTagger,
  inferReferenceDate,
  referenceCues,
  resolveReferenceDates,
  tagTemporalExpressions,
} from "../src/index.js";

describe("inferReferenceDate", () => {
  it("uses scheduled dates as an upper bound and past dates as a lower bound", () => {
    const doc = parseDocument(
      "Talks have stalled since July 2023. Officials will meet in Niamey on April 25 to begin the withdrawal, which started in March.",
      { id: "a" },
    );
    const r = inferReferenceDate(doc);
    expect(r.reference).toMatchObject({ docId: "a", value: "2024-04-25", inferred: true });
    expect(r.strong).toBe(true);
    expect(r.reference.evidence.join(" ")).toMatch(/April 25/);
  });

  it("points back from a deadline by the time it leaves", () => {
    const doc = parseDocument(
      "The US agreed to withdraw its forces by September 15, 2024. The deadline gives the US four months to leave.",
      { id: "b" },
    );
    const r = inferReferenceDate(doc);
    expect(r.reference.value).toBe("2024-05-15");
  });

  it("falls back to a corpus prior, clamped by the text, and reports it as weak", () => {
    const doc = parseDocument("The coup happened last July and protests followed in December.", { id: "c" });
    const r = inferReferenceDate(doc, { year: 2024, month: 4, day: 25 });
    expect(r.reference.value).toBe("2024-04-25");
    expect(r.strong).toBe(false);
    expect(r.reference.uncertaintyDays).toBeGreaterThanOrEqual(30);
  });

  it("returns null without any evidence, never today's date", () => {
    const r = inferReferenceDate(parseDocument("Nothing dated here.", { id: "d" }));
    expect(r.reference.value).toBeNull();
  });
});

describe("cross-document anchoring (buildTimeline)", () => {
  const refOf = (result: ReturnType<typeof buildTimeline>, id: string) => result.referenceDates.find((r) => r.docId === id)!;
  const between = (value: string | null, lo: string, hi: string) => value !== null && value >= lo && value <= hi;

  it("solves a past-tense weekday against the same event dated in another document", () => {
    const dated = parseDocument(
      "Defense officials and Nigerien ministers began withdrawal talks in Niamey on May 15, 2024, led by Maier and Anderson.",
      { id: "dated", publishedAt: "2024-05-16" },
    );
    const undated = parseDocument(
      "Defense officials began withdrawal talks with Nigerien ministers in Niamey on Wednesday, led by Maier and Anderson.",
      { id: "undated" },
    );
    const result = buildTimeline([dated, undated]);
    const r = refOf(result, "undated");
    expect(r.inferred).toBe(true);
    expect(between(r.value, "2024-05-15", "2024-05-21")).toBe(true);
    expect(r.evidence.join(" ")).toMatch(/"Wednesday" = 2024-05-15 \("May 15, 2024": .*per dated\)/);
    expect(r.uncertaintyDays).toBeGreaterThan(0);
    expect(r.uncertaintyDays).toBeLessThanOrEqual(7);
    // the weekday now resolves to the anchored day
    expect(result.timexes.find((t) => t.docId === "undated" && t.text === "Wednesday")?.value).toBe("2024-05-15");
  });

  it("places 'last month' in the month after the event's month elsewhere", () => {
    const dated = parseDocument("Niger's junta ended the military cooperation agreement with the United States in March 2024.", {
      id: "dated",
      publishedAt: "2024-04-10",
    });
    const undated = parseDocument("Niger's junta ended the military cooperation agreement with the United States last month, officials said.", {
      id: "undated",
    });
    const r = refOf(buildTimeline([dated, undated]), "undated");
    expect(r.value?.slice(0, 7)).toBe("2024-04");
    expect(r.evidence.join(" ")).toMatch(/"last month" = 2024-03/);
  });

  it("puts a report of something due 'in the coming days' in the two weeks before it", () => {
    const dated = parseDocument("Officials will meet in Niamey on April 25, 2024 to open talks on an orderly withdrawal of US forces.", {
      id: "dated",
      publishedAt: "2024-04-01",
    });
    const undated = parseDocument("Talks on an orderly withdrawal of US forces will open in Niamey in the coming days, officials said.", {
      id: "undated",
    });
    const r = refOf(buildTimeline([dated, undated]), "undated");
    expect(between(r.value, "2024-04-11", "2024-04-24")).toBe(true);
    expect(r.evidence.join(" ")).toMatch(/"the coming days" lead up to 2024-04-25/);
  });

  it("puts a report of 'last week' in the week after the event (Monday- or Sunday-start weeks)", () => {
    const dated = parseDocument("The delegation met junta officials in Niamey on May 8, 2024 about troop withdrawal flights.", {
      id: "dated",
      publishedAt: "2024-05-09",
    });
    const undated = parseDocument("The delegation met junta officials in Niamey last week about troop withdrawal flights.", { id: "undated" });
    const r = refOf(buildTimeline([dated, undated]), "undated");
    expect(between(r.value, "2024-05-12", "2024-05-19")).toBe(true);
    expect(r.evidence.join(" ")).toMatch(/"last week" covers 2024-05-08/);
    expect(r.uncertaintyDays).toBeLessThanOrEqual(7);
  });

  it("puts a report of 'this week' in the event's week", () => {
    const dated = parseDocument("The delegation met junta officials in Niamey on May 8, 2024 about troop withdrawal flights.", {
      id: "dated",
      publishedAt: "2024-05-20",
    });
    const undated = parseDocument("The delegation met junta officials in Niamey this week about troop withdrawal flights.", { id: "undated" });
    const r = refOf(buildTimeline([dated, undated]), "undated");
    expect(between(r.value, "2024-05-05", "2024-05-12")).toBe(true);
    expect(r.evidence.join(" ")).toMatch(/"this week" covers 2024-05-08/);
  });

  it("widens the uncertainty when the anchor was only a plan (plans slip)", () => {
    const dated = parseDocument(
      "Defense officials will begin withdrawal talks with Nigerien ministers in Niamey on May 15, 2024, led by Maier and Anderson.",
      { id: "dated", publishedAt: "2024-05-01" },
    );
    const undated = parseDocument(
      "Defense officials began withdrawal talks with Nigerien ministers in Niamey on Wednesday, led by Maier and Anderson.",
      { id: "undated" },
    );
    const r = refOf(buildTimeline([dated, undated]), "undated");
    expect(between(r.value, "2024-05-15", "2024-05-21")).toBe(true);
    expect(r.uncertaintyDays).toBeGreaterThanOrEqual(14);
  });

  it("ignores dated events that only share an event class, not the story", () => {
    const dated = parseDocument("The football league held talks with broadcasters in London on May 15, 2024.", {
      id: "dated",
      publishedAt: "2024-05-16",
    });
    const undated = parseDocument("Defense officials began withdrawal talks with Nigerien ministers in Niamey on Wednesday.", { id: "undated" });
    const r = refOf(buildTimeline([dated, undated]), "undated");
    expect(r.evidence.join(" ")).not.toMatch(/"Wednesday" =/);
    // the corpus prior plus the weekday convention only: a Wednesday-to-Friday date near the prior, loosely
    expect(r.uncertaintyDays).toBeGreaterThanOrEqual(7);
  });

  it("is deterministic, never throws and never uses today's date on random multi-document corpora", () => {
    const words = ["officials", "talks", "began", "met", "Niamey", "withdrawal", "last", "month", "week", "Wednesday", "Sunday", "on", "in", "March", "May 15,", "2024", "the coming days", "will", "meet", "ended", "agreement", ".", "said"];
    const today = new Date().toISOString().slice(0, 10);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.array(fc.constantFrom(...words), { maxLength: 30 }), fc.boolean()), { minLength: 1, maxLength: 4 }),
        (specs) => {
          const docs = specs.map(([ws, dated], i) =>
            parseDocument(ws.join(" "), { id: `d${i}`, publishedAt: dated ? "2024-05-16" : null }),
          );
          const a = buildTimeline(docs);
          const b = buildTimeline(docs);
          expect(b.referenceDates).toEqual(a.referenceDates);
          for (const r of a.referenceDates) {
            expect(r.uncertaintyDays).toBeGreaterThanOrEqual(0);
            if (r.inferred) expect(r.value).not.toBe(today);
            if (r.value) expect(r.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe("anchorReferenceDate (building blocks)", () => {
  it("refines a weak inference with cues matched against an anchor index", () => {
    const dated = parseDocument("Officials will meet in Niamey on April 25, 2024 to open talks on an orderly withdrawal of US forces.", { id: "a" });
    const undated = parseDocument("Talks on an orderly withdrawal of US forces will open in Niamey in the coming days, officials said on Friday.", { id: "b" });
    const index = createAnchorIndex(collectAnchorEvents(dated, { year: 2024, month: 4, day: 1 }, getDefaultTagger()));
    expect(index.events.map((e) => e.trigger)).toContain("talks");
    const cues = referenceCues(undated, tagTemporalExpressions(undated.text, { referenceDate: null }));
    expect(cues.map((c) => c.kind)).toEqual(["coming-days", "weekday"]);
    expect(cues[1]).toMatchObject({ weekday: 5, tense: "past" });
    const base = inferReferenceDate(undated, { year: 2024, month: 4, day: 1 });
    expect(base.strong).toBe(false);
    const r = anchorReferenceDate(undated, base, cues, index);
    // the Friday within the two weeks before April 25 (April 12 or 19), or a day after
    expect(["2024-04-12", "2024-04-13", "2024-04-19", "2024-04-20"]).toContain(r.reference.value);
    expect(r.strong).toBe(true);
    expect(r.reference.inferred).toBe(true);
  });

  it("returns the base unchanged without cues", () => {
    const doc = parseDocument("Nothing relative here, only 2023.", { id: "c" });
    const base = inferReferenceDate(doc, { year: 2024, month: 4, day: 1 });
    expect(anchorReferenceDate(doc, base, [], createAnchorIndex([]))).toBe(base);
  });
});

describe("resolveReferenceDates", () => {
  it("chains anchors: a document dated by anchoring dates the next one", () => {
    const a = parseDocument(
      "Defense officials and Nigerien ministers began withdrawal talks in Niamey on May 15, 2024, led by Maier and Anderson.",
      { id: "a", publishedAt: "2024-05-16" },
    );
    // b is anchored by a ("Wednesday" talks); its own "in March" then dates c's "last month"
    const b = parseDocument(
      "Defense officials began withdrawal talks with Nigerien ministers in Niamey on Wednesday, led by Maier and Anderson. " +
        "The junta scrapped the military cooperation agreement with Washington in March, a spokesman for the junta said.",
      { id: "b" },
    );
    const c = parseDocument("The junta scrapped the military cooperation agreement with Washington last month, a spokesman for the junta said.", {
      id: "c",
    });
    const resolved = resolveReferenceDates([a, b, c], { tagger: getDefaultTagger() });
    expect(resolved.referenceDates.map((r) => r.docId)).toEqual(["a", "b", "c"]);
    const rc = resolved.referenceDates[2]!;
    expect(rc.value?.slice(0, 7)).toBe("2024-04");
    expect(rc.evidence.join(" ")).toMatch(/"last month" = 2024-03 \("March": .*per b\)/);
    expect(resolved.messages.filter((m) => m.ruleId === "inferred-reference-date").map((m) => m.docId)).toEqual(["b", "c"]);
    // timexes handed back for reuse are exactly what tagging against the final day gives
    const tagger = getDefaultTagger();
    expect(resolved.tagged.size).toBeGreaterThan(0);
    for (const [id, timexes] of resolved.tagged) {
      const doc = [a, b, c].find((d) => d.id === id)!;
      const day = resolved.referenceDates.find((r) => r.docId === id)!.value!;
      expect(timexes).toEqual(tagger.tag(doc.text, { referenceDate: day }));
    }
  });
});

describe("honest single-document bounds", () => {
  it("a past date alone is only a lower bound: weak and ± a year", () => {
    const r = inferReferenceDate(parseDocument("The plant opened on Oct. 19, 1987, and has been expanding since.", { id: "e" }));
    expect(r.reference.value).toBe("1987-10-19");
    expect(r.strong).toBe(false);
    expect(r.reference.uncertaintyDays).toBe(365);
  });

  it("a scheduled day far from any past date does not fix the estimate", () => {
    const r = inferReferenceDate(parseDocument("The notes were sold in 1988 and will mature on March 1, 2011.", { id: "f" }));
    expect(r.strong).toBe(false);
    expect(r.reference.uncertaintyDays).toBeGreaterThanOrEqual(365);
  });

  it("ignores an upper bound that lies before the lower bound", () => {
    const r = inferReferenceDate(
      parseDocument("Sales rose in 1988. The 1974 bonds will be repaid.", { id: "g" }),
      { year: 1989, month: 10, day: 26 },
    );
    expect(r.reference.value).toBe("1989-10-26");
    expect(r.reference.evidence.join(" ")).toMatch(/upper bound 1974-12-31 ignored/);
  });

  it("a deadline N months ahead is ± half a month", () => {
    const doc = parseDocument("The US agreed to withdraw its forces by September 15, 2024. The deadline gives the US four months to leave.", { id: "h" });
    expect(inferReferenceDate(doc).reference.uncertaintyDays).toBe(15);
  });

  it("a weak prior widens with the distance the text pushes the estimate from it", () => {
    const doc = parseDocument("Talks have stalled since July 2023 and resumed in March 2024.", { id: "i" });
    const r = inferReferenceDate(doc, { year: 2023, month: 1, day: 1 });
    expect(r.reference.value).toBe("2024-03-01");
    expect(r.reference.uncertaintyDays).toBeGreaterThanOrEqual(425);
  });
});

describe("createSimilarityIndex", () => {
  it("finds the dated article of the same story, cosine-normalised", () => {
    const a = parseDocument("Niger junta orders American troops out of Agadez drone base after talks with Maier collapse.", { id: "a" });
    const b = parseDocument("Stock markets in Tokyo rallied as the yen weakened against the dollar.", { id: "b" });
    const c = parseDocument("Maier leads talks in Niamey on the American troops and the Agadez drone base.", { id: "c" });
    const index = createSimilarityIndex([a, b, c], new Map([["a", "2024-05-15"], ["b", "2024-01-02"]]));
    const near = index.nearest(c);
    expect(near[0]).toMatchObject({ docId: "a", value: "2024-05-15" });
    expect(near[0]!.score).toBeGreaterThan(0);
    expect(near[0]!.score).toBeLessThanOrEqual(1);
    expect(near.some((x) => x.docId === "b")).toBe(false);
    expect(index.nearest(a).map((x) => x.docId)).not.toContain("a");
  });

  it("gives an undated article the date of its story as prior (resolveReferenceDates)", () => {
    const a = parseDocument("Niger junta orders American troops out of Agadez drone base after talks with Maier collapse.", {
      id: "a",
      publishedAt: "2024-05-15",
    });
    const b = parseDocument("Stock markets in Tokyo rallied as the yen weakened against the dollar.", { id: "b", publishedAt: "2023-01-02" });
    const c = parseDocument("Maier led talks in Niamey last year on the American troops and the Agadez drone base.", { id: "c" });
    const r = resolveReferenceDates([a, b, c], { tagger: getDefaultTagger() }).referenceDates[2]!;
    expect(r.value).toBe("2024-05-15");
    expect(r.evidence.join(" ")).toMatch(/most alike dated article: a /);
    expect(r.uncertaintyDays).toBeGreaterThanOrEqual(30);
  });
});

describe("resolveReferenceDates on a large, repetitive corpus", () => {
  it("completes with thousands of cues and anchors sharing every word", () => {
    const sentence = "Defense officials began withdrawal talks with Nigerien ministers in Niamey on Wednesday, led by Maier and Anderson. ";
    const datedSentence = "Defense officials began withdrawal talks with Nigerien ministers in Niamey on May 15, 2024, led by Maier and Anderson. ";
    const docs = Array.from({ length: 60 }, (_, i) =>
      parseDocument((i % 2 === 0 ? datedSentence : sentence).repeat(80), { id: `d${i}`, publishedAt: i % 2 === 0 ? "2024-05-16" : null }),
    );
    const resolved = resolveReferenceDates(docs, { tagger: getDefaultTagger() });
    const undated = resolved.referenceDates.filter((r) => r.inferred);
    expect(undated).toHaveLength(30);
    for (const r of undated) {
      expect(r.value! >= "2024-05-15" && r.value! <= "2024-05-21").toBe(true);
      expect(r.uncertaintyDays).toBeLessThanOrEqual(7);
    }
    // a quadratic blow-up takes minutes; the default 5 s fails on a loaded 2-core machine (about 2 s when quiet)
  }, 30_000);
});
