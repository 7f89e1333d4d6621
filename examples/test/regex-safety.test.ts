/**
 * Regex safety: every regular expression in `packages/*\/src` must stay linear
 * on hostile input. The audit (`scripts/regex-audit.ts`) collects every regex
 * literal and constant-foldable `RegExp(...)` call with the TypeScript compiler
 * API and checks each pattern with recheck; `RegExp(...)` calls whose pattern
 * is only known at run time are printed as a note for review by hand.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditRegexes, checkPattern, describeFinding, type RegexAudit } from "../../scripts/regex-audit.js";

const root = resolve(import.meta.dirname, "../..");

describe("regex audit of packages/*/src", () => {
  let audit: RegexAudit;
  beforeAll(async () => {
    audit = await auditRegexes(root, { timeoutMs: 10_000 });
    const unknown = audit.findings.filter((f) => f.status === "unknown");
    if (unknown.length) console.warn(`regex audit: ${unknown.length} pattern(s) could not be decided:\n${unknown.map(describeFinding).join("\n")}`);
    if (audit.dynamic.length) {
      console.log(
        `regex audit note: ${audit.dynamic.length} RegExp call(s) with a run-time pattern (review by hand):\n` +
          audit.dynamic.map((d) => `${d.file}:${d.line} ${d.expression}`).join("\n"),
      );
    }
  });

  it("finds the regexes of the source tree", () => {
    expect(audit.files).toBeGreaterThan(0);
    expect(audit.findings.length).toBeGreaterThan(0);
    for (const f of audit.findings) {
      expect(f.file).toMatch(/^packages\/[^/]+\/src\/.+\.ts$/);
      expect(f.file).not.toMatch(/\.test\.ts$/);
      expect(f.line).toBeGreaterThan(0);
    }
  });

  it("has no regex with super-linear matching time", () => {
    const vulnerable = audit.findings.filter((f) => f.status === "vulnerable").map(describeFinding);
    expect(vulnerable.length, `vulnerable regexes (file:line /pattern/flags — complexity; attack string):\n${vulnerable.join("\n")}\n`).toBe(0);
  });
});

describe("the checker itself", () => {
  it.each([
    ["(a+)+$", "", "exponential"],
    ["^(a|a)*$", "", "exponential"],
    ["^(\\w+\\s?)*$", "", "exponential"],
    ["\\s+$", "", "2nd degree polynomial"],
  ])("flags /%s/%s as %s", async (pattern, flags, complexity) => {
    const v = await checkPattern(pattern, flags);
    expect(v.status).toBe("vulnerable");
    expect(v.complexity).toContain(complexity);
    expect(v.attack).toBeTruthy();
  });

  it.each([
    ["^[a-z]{1,10}$", ""],
    ["\\b(?:January|February|March) [0-3]?\\d\\b", "g"],
    ["^\\s+", ""],
  ])("passes the linear /%s/%s", async (pattern, flags) => {
    expect((await checkPattern(pattern, flags)).status).toBe("safe");
  });

  describe("on a fixture tree", () => {
    let dir: string;
    let audit: RegexAudit;
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), "newsparse-regex-audit-"));
      const src = join(dir, "packages", "fake", "src", "deep");
      mkdirSync(src, { recursive: true });
      writeFileSync(
        join(src, "bad.ts"),
        [
          'const WORD = "[a-z]+";',
          "export const safe = /^[a-z]{0,8}$/i;",
          "export const bad = /(a+)+$/;",
          "export const built = new RegExp(`^(?:${WORD} ?)*!$`, \"u\");",
          "export function dyn(p: string) { return new RegExp(p); }",
        ].join("\n"),
      );
      writeFileSync(join(src, "consts.ts"), 'export const DIGITS = "\\\\d+";\nexport const LIT = /^x+y/;\n');
      writeFileSync(
        join(src, "more.ts"),
        [
          'import { DIGITS, LIT } from "./consts.js";',
          "export const nested = new RegExp(`(?:${DIGITS})+$`);",
          'export const copy = globalThis.RegExp(LIT.source, "g");',
          'export const found = "abc".search("(b+)+$");',
        ].join("\n"),
      );
      writeFileSync(join(src, "bad.test.ts"), "export const ignored = /(b+)+$/;\n");
      audit = await auditRegexes(dir);
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it("collects literals and folds constant RegExp calls, skipping tests", () => {
      expect(audit.files).toBe(3);
      expect(audit.findings.map((f) => [f.file, f.line, f.pattern, f.flags, f.origin])).toEqual([
        ["packages/fake/src/deep/bad.ts", 2, "^[a-z]{0,8}$", "i", "literal"],
        ["packages/fake/src/deep/bad.ts", 3, "(a+)+$", "", "literal"],
        ["packages/fake/src/deep/bad.ts", 4, "^(?:[a-z]+ ?)*!$", "u", "constructor"],
        ["packages/fake/src/deep/consts.ts", 2, "^x+y", "", "literal"],
        ["packages/fake/src/deep/more.ts", 2, "(?:\\d+)+$", "", "constructor"],
        ["packages/fake/src/deep/more.ts", 3, "^x+y", "g", "constructor"],
        ["packages/fake/src/deep/more.ts", 4, "(b+)+$", "", "string-method"],
      ]);
    });

    it("reports the vulnerable ones and the dynamic call", () => {
      expect(audit.findings.map((f) => f.status)).toEqual(["safe", "vulnerable", "vulnerable", "safe", "vulnerable", "safe", "vulnerable"]);
      expect(audit.dynamic.map((d) => [d.line, d.expression])).toEqual([[5, "new RegExp(p)"]]);
    });
  });
});
