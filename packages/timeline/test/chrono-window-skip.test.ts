/**
 * The chrono parser skips a window that cannot hold a result the news refiner keeps (no clock time,
 * noon/midnight, numeric date or month name). Same candidates as parsing every window: checked against
 * an instance whose last refiner is not the news refiner (so nothing is skipped), on generated news-like
 * text and on examples.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createChronoParser, createNewsChrono, createTemporalTagger } from "../src/index.js";

/** Parses every window: a pass-through refiner after the news refiner turns the skip off. */
function unskippedParser() {
  const instance = createNewsChrono();
  instance.refiners.push({ refine: (_context, results) => results });
  return createChronoParser(instance);
}

const skipping = createTemporalTagger({ parsers: [createChronoParser()], refiners: [] });
const everyWindow = createTemporalTagger({ parsers: [unskippedParser()], refiners: [] });

const WORDS = [
  "on", "at", "the", "in", "by", "from", "to", "until", "Monday", "Tuesday", "morning", "noon", "midnight", "Noon", "Jan.", "January",
  "Sept", "March", "may", "May", "2024", "2023", "12", "5", "31", "10:30", "9", "a.m.", "p.m.", "am", "pm", "PM", "12/25/2024", "3-4-21",
  "7/8", "1.625", "300", "people", "percent", "$5", "million", "said", "killed", "last", "next", "week", "year", "ago", ",", ".", "-", "–",
];

const textArb = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(" ", " ", " ", ", ", ". ", "\n")), { maxLength: 40 })
  .map((parts) => parts.map(([w, sep]) => w + sep).join(""));

describe("chrono window skip", () => {
  it("finds no chrono result in a window of numbers alone, and still finds dates and clock times", () => {
    expect(skipping.tag("Some 300 people and 40 percent of 2,000 voters said 12 were killed.", { referenceDate: "2024-05-01" })).toEqual([]);
    const found = skipping.tag("The talks on Jan. 5 began at 10:30 a.m. and ended 12/25/2024 at noon.", { referenceDate: "2024-05-01" }).map((t) => t.text);
    expect(found.length).toBeGreaterThanOrEqual(3);
    expect(found).toEqual(everyWindow.tag("The talks on Jan. 5 began at 10:30 a.m. and ended 12/25/2024 at noon.", { referenceDate: "2024-05-01" }).map((t) => t.text));
  });

  it("gives the same timexes as parsing every window", () => {
    fc.assert(
      fc.property(textArb, fc.constantFrom("2024-05-01", "1999-12-31", null), (text, referenceDate) => {
        expect(skipping.tag(text, { referenceDate })).toEqual(everyWindow.tag(text, { referenceDate }));
      }),
      { numRuns: 300 },
    );
  });
});
