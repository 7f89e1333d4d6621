import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { alternation } from "../src/lexicon/alternation.js";

const dir = new URL("../src/lexicon/", import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith(".ts") && f !== "alternation.ts");

describe("lexicon: word lists are data", () => {
  it("has list files", () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
  });

  it.each(files)("%s: every list is a non-empty array of non-empty strings without duplicates", async (file) => {
    const module = (await import(new URL(file, dir).href)) as Record<string, unknown>;
    const lists = Object.entries(module).filter(([, value]) => Array.isArray(value));
    expect(lists.length).toBeGreaterThan(0);
    for (const [name, list] of lists as [string, unknown[]][]) {
      expect(list.length, name).toBeGreaterThan(0);
      for (const word of list) expect(typeof word === "string" && word.length > 0, `${name}: ${String(word)}`).toBe(true);
      const duplicates = list.filter((word, i) => list.indexOf(word) !== i);
      expect(duplicates, name).toEqual([]);
    }
  });
});

describe("alternation", () => {
  it("escapes regex syntax and keeps the order", () => {
    expect(alternation(["Sept.", "Sep", "a+b", "(x)"])).toBe("Sept\\.|Sep|a\\+b|\\(x\\)");
    expect(new RegExp(`^(?:${alternation(["Jan.", "Jan"])})$`).test("Janx")).toBe(false);
  });
});
