/**
 * Patterns built at run time from lexicon lists (`alternation(...)`) are not
 * constant-foldable, so the repository's static regex audit only lists them
 * as dynamic. This test checks the built patterns themselves with recheck.
 */
import { check } from "recheck";
import { describe, expect, it } from "vitest";
import { createDefaultConfiguration } from "../src/index.js";
import { anaphoricDayParser } from "../src/parsers/anaphoric-parser.js";

const patterns = [...createDefaultConfiguration().parsers, anaphoricDayParser]
  .map((parser) => ({ name: parser.name, pattern: (parser as { pattern?: unknown }).pattern }))
  .filter((x): x is { name: string; pattern: RegExp } => x.pattern instanceof RegExp);

describe("regex parsers match in linear time", () => {
  it("exposes the patterns of the regex parsers", () => {
    expect(patterns.length).toBeGreaterThan(25);
  });

  it.each(patterns)("$name", async ({ pattern }) => {
    const result = await check(pattern.source, pattern.flags, { timeout: 20_000 });
    expect(result.status, `${pattern.source}: ${JSON.stringify(result)}`).toBe("safe");
  }, 60_000);
});
