import { describe, expect, it } from "vitest";
import { extractClaims, findNumbers } from "../src/index.js";
import { claimsOfKind } from "./helpers.js";

const quantities = (text: string) => claimsOfKind(text, "quantity");
const one = (text: string) => {
  const q = quantities(text);
  expect(q, text).toHaveLength(1);
  return q[0]!;
};

describe("findNumbers", () => {
  it.each([
    ["1,000", 1000],
    ["1.5 million", 1_500_000],
    ["four", 4],
    ["twenty-five", 25],
    ["a dozen", 12],
    ["one hundred and five", 105],
    ["two thousand three hundred", 2300],
    ["3/4", 0.75],
    ["-7", -7],
    ["5bn", 5e9],
    ["three quarters", 0.75],
  ])("%s → %d", (text, value) => {
    const ns = findNumbers(text);
    expect(ns).toHaveLength(1);
    expect(ns[0]!.value).toBeCloseTo(value);
    expect(ns[0]!.end).toBe(text.length);
  });
  it("skips ordinals", () => {
    expect(findNumbers("the 4th and the 21st")).toEqual([]);
  });
});

describe("quantity parser", () => {
  it.each([
    ["about 1,000 U.S. personnel", { relation: "approx", value: 1000, unit: "personnel", subject: "U.S. personnel" }],
    ["approximately 1,000 soldiers", { relation: "approx", value: 1000, unit: "soldiers" }],
    ["roughly 50 boats", { relation: "approx", value: 50 }],
    ["nearly 200 homes", { relation: "approx", value: 200 }],
    ["more than 1,000 troops", { relation: "gt", value: 1000 }],
    ["over 30 villages", { relation: "gt", value: 30 }],
    ["at least 12 people", { relation: "gte", value: 12 }],
    ["fewer than 1,000 troops", { relation: "lt", value: 1000 }],
    ["less than 5 percent", { relation: "lt", value: 5, unit: "%" }],
    ["up to 40 km", { relation: "lte", value: 40, unit: "km" }],
    ["at most 3 weeks", { relation: "lte", value: 3, unit: "week" }],
    ["between 20 and 30 people", { relation: "range", min: 20, max: 30, unit: "people" }],
    ["$110 million", { relation: "eq", value: 110_000_000, unit: "USD" }],
    ["€2.5 billion", { value: 2_500_000_000, unit: "EUR" }],
    ["£40", { value: 40, unit: "GBP" }],
    ["12%", { value: 12, unit: "%" }],
    ["a dozen drones", { value: 12, unit: "drones" }],
    ["four months", { value: 4, unit: "month" }],
    ["75ml", { value: 75, unit: "ml" }],
    ["a 3-inch gap", { value: 3, unit: "in" }],
  ])("%s", (text, expected) => {
    expect(one(`They counted ${text} there.`).quantity).toMatchObject(expected);
  });
  it("the span covers qualifier, number and unit", () => {
    expect(one("They sent more than 1,000 U.S. military personnel home.").text).toBe("more than 1,000 U.S. military personnel");
  });
  it("keeps a relative clause in the subject", () => {
    expect(one("It must move fewer than 1,000 troops who remain in the country.").quantity?.subject).toBe("troops who remain in the country");
  });
});

describe("quantity parser: negative cases", () => {
  it.each([
    "The exercise Flintlock 2018 began.",
    "They flew from Air Base 201 yesterday.",
    "The MQ-9 Reaper flew.",
    "It started on April 25 at noon.",
    "Troops leave by September 15.",
    "It happened in 2018.",
    "The 2023 military coup ended it.",
    "He was the first to arrive.",
    "She came 2nd in the race.",
    "One of them left.",
    "The meeting is at 10:30 a.m. sharp.",
    "It ended six years ago.",
  ])("%s", (text) => {
    expect(quantities(text)).toEqual([]);
  });
});

describe("vague counts", () => {
  it("reads dozens / thousands / hundreds of thousands as ranges with the counted noun", () => {
    const q = extractClaims("Police made dozens of arrests. Hundreds of thousands of workers were furloughed.").claims.filter((c) => c.kind === "quantity");
    expect(q.map((c) => [c.text, c.quantity?.min, c.quantity?.max, c.quantity?.unit])).toEqual([
      ["dozens of arrests", 24, 99, "arrests"],
      ["Hundreds of thousands of workers", 200_000, 999_999, "workers"],
    ]);
  });
  it("needs a counted noun", () => {
    expect(extractClaims("He got thousands.").claims.filter((c) => c.kind === "quantity")).toEqual([]);
  });
});

describe("bounds and compound amounts", () => {
  const q = (t: string) => extractClaims(t).claims.filter((c) => c.kind === "quantity").map((c) => [c.text, c.quantity]);
  it("reads `N or more` / `N or fewer` as bounds", () => {
    expect(q("About 500 people or more came.")[0]).toEqual(["About 500 people or more", expect.objectContaining({ relation: "gte", value: 500 })]);
    expect(q("We expect 10 or fewer.")[0]).toEqual(["10 or fewer", expect.objectContaining({ relation: "lte", value: 10 })]);
  });
  it("joins a lower and an upper bound into a range", () => {
    expect(q("The number is greater than 100 and smaller than 300.")[0]).toEqual(["greater than 100 and smaller than 300", expect.objectContaining({ relation: "range", min: 100, max: 300 })]);
    expect(q("More than 40 and less than 10 are two ranges.").slice(0, 2).map((x) => x[0])).toEqual(["More than 40", "less than 10"]);
  });
  it("reads symbols as qualifiers", () => {
    expect(q("when x >= 30")[0]?.[1]).toMatchObject({ relation: "gte", value: 30 });
  });
  it("reads compound amounts", () => {
    expect(q("It only cost 3 dollars 50 cents.")[0]).toEqual(["3 dollars 50 cents", expect.objectContaining({ value: 3.5, unit: "USD" })]);
    expect(q("It only cost thirteen dollars and forty-five cents.")[0]).toEqual(["thirteen dollars and forty-five cents", expect.objectContaining({ value: 13.45, unit: "USD" })]);
    expect(q("It cost 15 dollars 50 people said.")[0]?.[1]).toMatchObject({ value: 15 });
  });
});

describe("lengths and fractions with units", () => {
  const q = (t: string) => extractClaims(t).claims.filter((c) => c.kind === "quantity").map((c) => [c.text, c.quantity?.value, c.quantity?.unit]);
  it("reads feet and inches as one length", () => {
    expect(q("He is 5 feet 2 inches tall.")[0]).toEqual(["5 feet 2 inches", 5 + 2 / 12, "ft"]);
  });
  it("reads a fraction with a unit, not a bare fraction; a fraction of something is a share", () => {
    expect(q("a 1/4 mile paved oval")[0]).toEqual(["1/4 mile", 0.25, "mi"]);
    expect(q("He won 1/2 of the vote.")).toEqual([["1/2", 50, "%"]]);
    expect(q("He cut it 1/2 way.")).toEqual([]);
  });
});

describe("quantity parser: a fraction followed by `of` is a share", () => {
  const shares = (text: string) => extractClaims(text).claims.filter((c) => c.kind === "quantity").map((c) => [c.text, c.quantity?.relation, c.quantity?.value, c.quantity?.unit, c.quantity?.subject]);
  it("reads two-thirds of, a third of and nearly half of as percentages of what follows", () => {
    expect(shares("She won two-thirds of the vote.")).toEqual([["two-thirds", "eq", 66.67, "%", "the vote"]]);
    expect(shares("That is a third of the arrests.")).toEqual([["a third", "eq", 33.33, "%", "the arrests"]]);
    expect(shares("Nearly half of the members voted.")).toEqual([["Nearly half", "approx", 50, "%", "the members voted"]]);
  });
  it("leaves a fraction with neither `of`, a unit nor a comparison alone", () => {
    expect(shares("The vote was split in half.")).toEqual([]);
    expect(shares("Two thirds agreed.")).toEqual([]);
  });
});
