import { describe, expect, it } from "vitest";
import { parseDocument } from "@newsparse/corpus-loader";
import { buildTimeline, mergeAcrossDocuments, timexInterval } from "../src/index.js";

describe("one entry per event across outlets", () => {
  it("merges the same takeover told by two outlets, and keeps an unrelated event apart", () => {
    const docs = [
      parseDocument("Acme buys Globex\n\nAcme agreed on May 14, 2024 to acquire rival Globex in a takeover worth $3 billion.", { id: "a", publishedAt: "2024-05-15" }),
      parseDocument("Globex sold\n\nGlobex accepted a $3 billion takeover by Acme on May 14, 2024, ending months of talks.", { id: "b", publishedAt: "2024-05-15" }),
      parseDocument("Storm hits coast\n\nA storm flooded the harbour on May 14, 2024, cutting power to thousands.", { id: "c", publishedAt: "2024-05-15" }),
    ];
    const { timeline } = buildTimeline(docs);
    const takeover = timeline.filter((e) => e.date.value === "2024-05-14" && e.sources.some((s) => s.docId === "a"));
    expect(takeover).toHaveLength(1);
    expect(new Set(takeover[0]?.sources.map((s) => s.docId))).toEqual(new Set(["a", "b"]));
    const storm = timeline.find((e) => e.sources.some((s) => s.docId === "c"));
    expect(storm?.sources.every((s) => s.docId === "c")).toBe(true);
  });

  it("is blocked by date value and never merges two groups of one document", () => {
    const date = timexInterval("2024-W19")!;
    const g = (doc: string, words: string[]) => ({ date, docIds: new Set([doc]), words: new Set(words), participants: new Set<string>() });
    const into = mergeAcrossDocuments([g("a", ["strike", "workers", "port"]), g("b", ["strike", "workers", "ports"]), g("a", ["strike", "workers", "port"])]);
    expect(into[1]).toBe(into[0]);
    expect(into[2]).toBe(2);
  });

  it("a name every sentence of the story repeats does not make two events one; irregular pasts meet their -ing form", () => {
    const date = timexInterval("2012-08-21")!;
    const g = (doc: string, words: string[], triggers: string[] = []) => ({ date, docIds: new Set([doc]), words: new Set(words), participants: new Set<string>(), triggers: new Set(triggers) });
    const groups = [
      g("a", ["romney", "akin", "joined", "calls", "resign"], ["joined"]),
      g("b", ["akin", "romney", "refused", "step", "race"], ["refused"]),
      g("c", ["akin", "fought", "pancreatic", "cancer"], ["fought"]),
      g("d", ["akin", "fighting", "pancreatic", "cancer", "since"], ["fighting"]),
      g("e", ["romney", "akin", "statement"]),
      g("f", ["akin", "romney", "interview"]),
    ];
    const into = mergeAcrossDocuments(groups);
    expect(into[1]).not.toBe(into[0]);
    expect(into[3]).toBe(into[2]);
  });

  it("two outlets giving different dates for one event give a typed date conflict", () => {
    const docs = [
      parseDocument("Junta ends accord\n\nThe junta ended the military accord with Washington on March 16, 2024, officials said.", { id: "a", publishedAt: "2024-04-20" }),
      parseDocument("Accord ended\n\nThe junta ended the military accord with Washington on March 17, 2024, officials said.", { id: "b", publishedAt: "2024-04-20" }),
    ];
    const { conflicts } = buildTimeline(docs);
    expect(conflicts.length).toBeGreaterThan(0);
    const c = conflicts[0]!;
    expect(c.kind).toBe("date");
    expect(new Set(c.dates)).toEqual(new Set(["2024-03-16", "2024-03-17"]));
    for (const e of c.evidence) expect(docs.find((d) => d.id === e.docId)!.text.slice(e.start, e.end)).toBe(e.text);
  });
});
