import { describe, expect, it } from "vitest";
import { parseDocument } from "@newsparse/corpus-loader";
import { inferReferenceDate } from "../src/index.js";

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
