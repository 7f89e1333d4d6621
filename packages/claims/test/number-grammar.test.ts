import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractClaims, findNumbers } from "../src/index.js";

const values = (text: string) => findNumbers(text).map((n) => [text.slice(n.start, n.end), n.value]);
const one = (text: string) => {
  const ns = findNumbers(text);
  expect(ns).toHaveLength(1);
  expect(ns[0]!.start).toBe(0);
  expect(ns[0]!.end).toBe(text.length);
  return ns[0]!.value;
};
const quantities = (text: string) =>
  extractClaims(text)
    .claims.filter((c) => c.kind === "quantity")
    .map((c) => [c.text, c.quantity!.relation, c.quantity!.value ?? [c.quantity!.min, c.quantity!.max], c.quantity!.unit ?? null]);

describe("number grammar: cardinals", () => {
  it.each([
    ["three hundred and two dozens", 324],
    ["4 thousand 3 hundred and 21", 4321],
    ["3 hundred and 21", 321],
    ["fifty - two", 52],
    ["three lakh crore", 3e12],
    ["one hundred thousand", 1e5],
    ["half a dozen", 6],
    ["nine point nought four", 9.04],
    ["nought point eleven", 0.11],
    ["minus five point five", -5.5],
    ["negative one", -1],
    ["1 234 567.89", 1234567.89],
    ["12,34,567.89", 1234567.89],
    ["6.23x10^-4", 0.000623],
    ["2.5^-1", 0.4],
    ["10M", 1e7],
    ["10 bln", 1e10],
    ["2½", 2.5],
  ])("%s = %d", (text, value) => {
    expect(one(text)).toBeCloseTo(value, 6);
  });
  it("starts a second number where a second hundreds follows `and`", () => {
    expect(values("3 hundred and 2 hundred are two")).toEqual([["3 hundred", 300], ["2 hundred", 200], ["two", 2]]);
    expect(values("4 thousand 3 hundred and 0")).toEqual([["4 thousand 3 hundred", 4300], ["0", 0]]);
  });
  it("keeps dotted sequences, dates and codes apart", () => {
    expect(values("192.168.1.2")).toEqual([["192", 192], ["168", 168], ["1", 1], ["2", 2]]);
    expect(values("on 5/17/2018")).toEqual([["5", 5], ["17", 17], ["2018", 2018]]);
  });
  it("does not take a compound modifier or a pronoun for a number", () => {
    expect(values("five hundred-year floods")).toEqual([["five", 5]]);
    expect(values("the one you mentioned")).toEqual([]);
    expect(values("two seconds")).toEqual([["two", 2]]);
    expect(values("the 5G network")).toEqual([["5", 5]]);
  });
});

describe("number grammar: fractions", () => {
  it.each([
    ["twenty-three fifths", 4.6],
    ["one hundred and thirty fifths", 26],
    ["one hundred thirty fifths", 100 / 35],
    ["one hundred thirty-two fifths", 26.4],
    ["twenty twenty fifths", 0.8],
    ["one one hundred fifth", 1 / 105],
    ["one hundred one thousand fifths", 100 / 1005],
    ["a hundred thousand trillionths", 1e-7],
    ["three twenty firsts", 3 / 21],
    ["ninety - five hundred-fifths", 1900],
    ["one hundred and three quarters", 100.75],
    ["two hundred and fifty-four hundredths", 200.54],
    ["two hundred thirty two and a thirtieth", 232 + 1 / 30],
    ["five and a half million", 5.5e6],
    ["one billion and a half million", 1.0005e9],
    ["one billion and three quarters million", 1.00075e9],
    ["six million and two thirds", 6e6 + 2e6 / 3],
    ["3 million and a half", 3.5e6],
    ["three quarters billion", 7.5e8],
    ["two thirds of a million", 2e6 / 3],
    ["quarter million", 250000],
    ["one over three", 1 / 3],
    ["1 over one hundred and twenty one", 1 / 121],
    ["two out of five hundred", 0.004],
    ["negative one over 20", -0.05],
  ])("%s = %d", (text, value) => {
    expect(one(text)).toBeCloseTo(value, 9);
  });
  it("reads a singular denominator only after one, a plural one only after other numbers", () => {
    // "twenty fifth anniversary" is an ordinal, not 20/5
    expect(values("the twenty fifth anniversary")).toEqual([["twenty", 20]]);
    expect(values("one hundred fifth")).toEqual([["one hundred", 100]]);
  });
  it("reads `over` as a ratio only at a phrase end and for a proper fraction", () => {
    expect(values("rose 20 over 10 years")).toEqual([["20", 20], ["10", 10]]);
    expect(values("one in five Americans")).toEqual([["one", 1], ["five", 5]]);
  });
});

describe("quantities: comparisons, codes and compounds", () => {
  it("compares fractions and four-digit counts", () => {
    expect(quantities("More than 1/2 of the people came here.")).toEqual([["More than 1/2", "gt", 0.5, null]]);
    expect(quantities("The number is above 1000 and below 1500")).toEqual([["above 1000 and below 1500", "range", [1000, 1500], null]]);
    expect(quantities("in 2019 more than 100 people")).toEqual([["more than 100 people", "gt", 100, "people"]]);
  });
  it("reads word ranges and equalities", () => {
    expect(quantities("between ten and fifteen")).toEqual([["between ten and fifteen", "range", [10, 15], null]]);
    expect(quantities("x is equal to one hundred and seventy.")).toEqual([["equal to one hundred and seventy", "eq", 170, null]]);
  });
  it("does not read a date or a phone number as a range", () => {
    expect(quantities("1995-01")).toEqual([]);
    expect(quantities("+1-222-2222-2222 is a phone number.")).toEqual([]);
    expect(quantities("ages 18-24")).toEqual([["18-24", "range", [18, 24], null]]);
  });
  it("gives one claim to a compound amount", () => {
    expect(quantities("it only cost 3 dollars 50 cents.")).toEqual([["3 dollars 50 cents", "eq", 3.5, "USD"]]);
    expect(quantities("he is 5 feet 2 inches")).toEqual([["5 feet 2 inches", "eq", 5 + 2 / 12, "ft"]]);
  });
  it("reads millions of a currency code and glued currency signs", () => {
    expect(quantities("losses in excess of 30 MUSD were reported")).toEqual([["in excess of 30 MUSD", "gt", 3e7, "USD"]]);
    expect(quantities("revenues of about MAUD 60")).toEqual([["about MAUD 60", "approx", 6e7, "AUD"]]);
    expect(quantities("the cost is 100元!")).toEqual([["100元", "eq", 100, "CNY"]]);
  });
});

describe("number grammar: invariants", () => {
  const words = ["one", "two", "twenty", "hundred", "thousand", "million", "and", "a", "half", "quarters", "fifths", "third", "over", "out", "of", "minus", "dozen", "lakh", "-", "3", "1,000", "point", "five"];
  it("gives non-overlapping in-bounds spans in order for any run of number words", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 60 }), fc.constantFrom(" ", "  ", " - "), (ws, sep) => {
        const text = ws.join(sep);
        let last = 0;
        for (const n of findNumbers(text)) {
          expect(n.start).toBeGreaterThanOrEqual(last);
          expect(n.end).toBeGreaterThan(n.start);
          expect(n.end).toBeLessThanOrEqual(text.length);
          expect(Number.isNaN(n.value)).toBe(false);
          last = n.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});
