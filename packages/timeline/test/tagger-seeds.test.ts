import { describe, expect, it } from "vitest";
import { type Timex, tagTemporalExpressions } from "../src/index.js";
import { seed } from "./seeds.js";

async function tagSeed(seq: number): Promise<{ text: string; timexes: Timex[] }> {
  const doc = await seed(seq);
  return { text: doc.text, timexes: tagTemporalExpressions(doc.text, { referenceDate: doc.publishedAt }) };
}

function find(timexes: Timex[], text: string): Timex {
  const t = timexes.find((x) => x.text === text);
  if (!t) throw new Error(`no timex "${text}" in [${timexes.map((x) => x.text).join(" | ")}]`);
  return t;
}

describe("seed values (with manifest dates)", () => {
  const cases: [number, string, string, string?][] = [
    [0, "11 April, 2018", "2018-04-11"],
    [0, "this spring", "2024-SP"],
    [0, "Wednesday", "2024-05-15"],
    [0, "this week", "2024-W20"],
    [0, "more than a decade", "P10Y", "DURATION"],
    [0, "recently", "PAST_REF"],
    [0, "now", "PRESENT_REF"],
    [0, "2023", "2023"],
    [1, "March", "2024-03"],
    [1, "Sunday afternoon", "2024-05-19TAF", "TIME"],
    [1, "September 15", "2024-09-15"],
    [1, "four months", "P4M", "DURATION"],
    [1, "last week", "2024-W19"],
    [2, "last July", "2023-07"],
    [2, "last Saturday", "2024-04-13"],
    [2, "December", "2023-12"],
    [2, "six-year-old", "P6Y", "DURATION"],
    [2, "the coming months", "FUTURE_REF"],
    [2, "last month", "2024-03"],
    [3, "Tuesday", "2024-04-23"],
    [3, "April 25", "2024-04-25"],
    [3, "the week of April 29", "2024-W18"],
    [3, "July 2023", "2023-07"],
    [4, "six years ago", "2018"],
    [4, "October", "2023-10"],
    [4, "late July", "2023-07"],
    [4, "Monday", "2024-04-22"],
  ];
  for (const [seq, text, value, type] of cases) {
    it(`${String(seq).padStart(3, "0")}: "${text}" → ${value}`, async () => {
      const { timexes } = await tagSeed(seq);
      const t = find(timexes, text);
      expect(t.value).toBe(value);
      if (type) expect(t.type).toBe(type);
    });
  }

  it("records modifiers: more than a decade → MORE_THAN, late July → END", async () => {
    expect(find((await tagSeed(0)).timexes, "more than a decade").mod).toBe("MORE_THAN");
    expect(find((await tagSeed(4)).timexes, "late July").mod).toBe("END");
  });

  it("spans follow TimeML extents: exact slices, no leading prepositions, no trailing punctuation", async () => {
    for (const seq of [0, 1, 2, 3, 4]) {
      const { text, timexes } = await tagSeed(seq);
      for (const t of timexes) {
        expect(text.slice(t.start, t.end)).toBe(t.text);
        expect(t.text).not.toMatch(/^(?:on|in|at|by|since|until|from|during) /i);
        expect(t.text).not.toMatch(/[\s,;:!?"”]$/);
        expect(t.rule.length).toBeGreaterThan(0);
      }
    }
  });

  it("never tags designations: Flintlock 2018, Air Base 201, MQ-9", async () => {
    const d0 = await tagSeed(0);
    const flintlock = d0.text.indexOf("Flintlock 2018") + "Flintlock ".length;
    expect(d0.timexes.some((t) => t.start <= flintlock && t.end > flintlock)).toBe(false);
    const d2 = await tagSeed(2);
    for (const word of ["Air Base 201", "MQ-9"]) {
      const at = d2.text.indexOf(word);
      expect(at).toBeGreaterThan(0);
      expect(d2.timexes.some((t) => t.start < at + word.length && t.end > at)).toBe(false);
    }
  });
});
