import { parseDocument } from "@newsparse/corpus-loader";
import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

describe("documents", () => {
  it("skips excluded boilerplate ranges", () => {
    const text = "“Keep this,” the minister said.\n\n“Other text,” the editor said. It costs $5.";
    const doc = parseDocument(text, { id: "d" });
    const start = text.indexOf("“Other");
    const withExcluded = { ...doc, excluded: [...doc.excluded, { start, end: text.length, reason: "newsletter call to action", ruleId: "test" }] };
    const { claims } = extractClaims(withExcluded);
    expect(claims.map((c) => c.text)).toEqual(["“Keep this,”"]);
    expect(extractClaims(doc).claims.length).toBeGreaterThan(1);
  });
  it("warns about duplicate document ids and keeps going", () => {
    const a = parseDocument("“Yes,” he said.", { id: "same" });
    const { claims, messages } = extractClaims([a, a]);
    expect(claims).toHaveLength(2);
    expect(messages.some((m) => m.ruleId === "duplicate-document-id")).toBe(true);
  });
  it("tolerates a document with out-of-range paragraph offsets", () => {
    const doc = { ...parseDocument("“Yes,” he said.", { id: "x" }), paragraphs: [{ start: 0, end: 9999 }] };
    expect(() => extractClaims(doc)).not.toThrow();
  });
});
