import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";

// Every word list of src/lexicon/ (any exported array of strings) is data: no list repeats an entry.
const dir = new URL("../src/lexicon/", import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith(".ts"));

describe("lexicon lists", () => {
  it("finds the lexicon files", () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files)("%s: no list has a duplicate entry", async (file) => {
    const module = (await import(new URL(file, dir).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) {
      if (!Array.isArray(value) || !value.every((v) => typeof v === "string")) continue;
      // Exact entries: some lists are matched case-sensitively ("al-Qaeda" and "Al-Qaeda" are two entries).
      const seen = new Set<string>();
      const duplicates = value.filter((v: string) => (seen.has(v) ? true : (seen.add(v), false)));
      expect(duplicates, `${file} ${name}`).toEqual([]);
    }
  });
});
