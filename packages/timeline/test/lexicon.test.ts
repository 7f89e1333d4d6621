import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";

const dir = new URL("../src/lexicon/", import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith(".ts"));

describe("lexicon: word lists are data", () => {
  it("has list files", () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
  });

  it.each(files)("%s: every list is a non-empty array of non-empty strings without duplicates", async (file) => {
    const module = (await import(new URL(file, dir).href)) as Record<string, unknown>;
    // Lists, and the lists inside records of lists (e.g. event classes).
    const lists = Object.entries(module).flatMap(([name, value]): [string, unknown][] => {
      if (Array.isArray(value)) return [[name, value]];
      if (value && typeof value === "object" && Object.values(value).length > 0 && Object.values(value).every(Array.isArray)) {
        return Object.entries(value).map(([key, list]): [string, unknown] => [`${name}.${key}`, list]);
      }
      return [];
    });
    expect(lists.length).toBeGreaterThan(0);
    for (const [name, list] of lists as [string, unknown[]][]) {
      expect(list.length, name).toBeGreaterThan(0);
      for (const word of list) expect(typeof word === "string" && word.length > 0, `${name}: ${String(word)}`).toBe(true);
      const duplicates = list.filter((word, i) => list.indexOf(word) !== i);
      expect(duplicates, name).toEqual([]);
    }
  });
});
