import { readdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { duplicateEntries } from "@newsparse/corpus-loader";
import { describe, expect, it } from "vitest";
import { defaultLexicon } from "../src/index.js";

const lexiconDir = resolve(dirname(fileURLToPath(import.meta.url)), "../src/lexicon");

/** Every list of words a module exports, top-level or as the values of a record (`TOPIC_CLASSES`). */
function wordLists(module: Record<string, unknown>): [string, readonly string[]][] {
  const out: [string, readonly string[]][] = [];
  for (const [name, value] of Object.entries(module)) {
    if (Array.isArray(value) && value.every((x) => typeof x === "string")) out.push([name, value as string[]]);
    else if (value && typeof value === "object" && !Array.isArray(value)) {
      for (const [key, inner] of Object.entries(value)) if (Array.isArray(inner) && inner.every((x) => typeof x === "string")) out.push([`${name}.${key}`, inner as string[]]);
    }
  }
  return out;
}

const duplicates = (list: readonly string[]) => duplicateEntries(list);

describe("lexicon data", () => {
  it("no word list holds a word twice", async () => {
    const files = readdirSync(lexiconDir).filter((f) => f.endsWith(".ts") && !f.endsWith("-data.ts"));
    let lists = 0;
    for (const file of files) {
      const module = (await import(pathToFileURL(resolve(lexiconDir, file)).href)) as Record<string, unknown>;
      for (const [name, list] of wordLists(module)) {
        lists++;
        expect(duplicates(list), `${file}: ${name}`).toEqual([]);
      }
    }
    expect(lists).toBeGreaterThan(40);
  });

  it("defaultLexicon's lists hold no word twice", () => {
    for (const [name, list] of wordLists(defaultLexicon as unknown as Record<string, unknown>)) expect(duplicates(list), name).toEqual([]);
  });

  it("a duplicate would be caught", () => {
    expect(duplicates(["said", "told", "Said"])).toEqual(["said"]);
  });
});
