import { describe, expect, it } from "vitest";
import { findNumbers, findOrdinals } from "../src/index.js";

describe("findOrdinals", () => {
  it("reads digit and word ordinals", () => {
    expect(findOrdinals("the 21st and 2nd").map((o) => o.value)).toEqual([21, 2]);
    expect(findOrdinals("the twenty-fifth anniversary").map((o) => [o.value, o.start, o.end])).toEqual([[25, 4, 16]]);
    expect(findOrdinals("one hundred twenty fifth").map((o) => o.value)).toEqual([125]);
    expect(findOrdinals("a hundred trillionth").map((o) => o.value)).toEqual([1e14]);
  });
  it("reads relative ordinals", () => {
    expect(findOrdinals("Show me the second to last.")).toEqual([{ start: 8, end: 26, relativeTo: "end", offset: -1 }]);
    expect(findOrdinals("Turn to previous page.")).toEqual([{ start: 8, end: 16, relativeTo: "current", offset: -1 }]);
  });
  it("does not take a time unit for an ordinal", () => {
    expect(findOrdinals("a 5 second delay")).toEqual([]);
  });
});

describe("findNumbers: fractions, dozens, scientific notation", () => {
  it("reads word fractions and mixed numbers", () => {
    expect(findNumbers("one eighth").map((n) => n.value)).toEqual([0.125]);
    expect(findNumbers("a half").map((n) => n.value)).toEqual([0.5]);
    expect(findNumbers("five and a quarter").map((n) => n.value)).toEqual([5.25]);
    expect(findNumbers("one and a half").map((n) => n.value)).toEqual([1.5]);
  });
  it("reads dozens and exponents", () => {
    expect(findNumbers("3 dozens").map((n) => n.value)).toEqual([36]);
    expect(findNumbers("three dozens").map((n) => n.value)).toEqual([36]);
    expect(findNumbers("12.32e+14 and -12e-1").map((n) => n.value)).toEqual([1.232e15, -1.2]);
  });
});

describe("mixed numbers and lengths", () => {
  it("reads a whole number and a digit fraction as one number", () => {
    expect(findNumbers("2  1/4").map((n) => n.value)).toEqual([2.25]);
    expect(findNumbers("10 1/2 miles").map((n) => n.value)).toEqual([10.5]);
    expect(findNumbers("on 9 11/2001").map((n) => n.value)).not.toContain(9 + 11 / 2001);
  });
});

describe("point decimals", () => {
  it("reads digit words after point", () => {
    expect(findNumbers("two hundred point zero three").map((n) => n.value)).toEqual([200.03]);
    expect(findNumbers("one point five million").map((n) => n.value)).toEqual([1.5e6]);
    expect(findNumbers("the point is").map((n) => n.value)).toEqual([]);
  });
});
