import { describe, expect, it } from "vitest";
import { createDuplicateDetector, decodeBytes, findInvalidUtf8, mapRecord, normalizeDate, resolveMetadata, splitConcatenated, splitFrontMatter, COMMON_DELIMITERS } from "../src/index.js";

describe("decodeBytes", () => {
  it("locates every invalid sequence and summarises past the limit", () => {
    const bytes = new Uint8Array([0x41, 0xc3, 0x28, 0x42, 0xe2, 0x82, 0x43, 0xff, 0xf0, 0x9f, 0x98, 0x80]);
    expect(findInvalidUtf8(bytes)).toEqual([1, 4, 7]);
    const out = decodeBytes(bytes, { file: "x.txt", maxReported: 2 });
    expect(out.text).toBe(new TextDecoder().decode(bytes));
    expect(out.messages.map((m) => m.byteOffset)).toEqual([1, 4, undefined]);
    expect(out.messages[2]!.reason).toContain("1 more");
    expect(out.messages[0]!.file).toBe("x.txt");
  });

  it("reports an odd UTF-16 byte and flags NUL bytes as binary", () => {
    const odd = decodeBytes(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42]));
    expect(odd.encoding).toBe("utf-16le");
    expect(odd.messages[0]!.ruleId).toBe("invalid-utf16");
    expect(decodeBytes(new Uint8Array([0x41, 0x00])).binary).toBe(true);
  });
});

describe("metadata", () => {
  it.each([
    ["2024-05-15", "2024-05-15"],
    ["2024-05-15T10:00:00Z", "2024-05-15T10:00:00Z"],
    ["2024/5/3", "2024-05-03"],
    ["May 15, 2024", "2024-05-15"],
    ["Sept. 12, 2024", "2024-09-12"],
    ["15 May 2024", "2024-05-15"],
    ["2024-02-30", null],
    ["2024-05-15T23:59:60+05:30", "2024-05-15T23:59:60+05:30"],
    ["2024-05-15T25:00", null],
    ["2024-05-15T10:61", null],
    ["2024-05-15T10:00:61Z", null],
    ["2024-05-15T10:00+24:00", null],
    ["yesterday", null],
    ["", null],
  ])("normalizeDate(%j) = %j", (input, expected) => {
    expect(normalizeDate(input)).toBe(expected);
  });

  it("validates metadata without throwing", () => {
    const r = resolveMetadata({ title: 42, publishedAt: "soon", outlet: "X", authors: "A B, C D", extra: 1 }, "f.json");
    expect(r.title).toBeUndefined();
    expect(r.outlet).toBe("X");
    expect(r.authors).toEqual(["A B", "C D"]);
    expect(r.publishedAt).toBeNull();
    expect(r.meta).toMatchObject({ extra: 1, publishedAtRaw: "soon" });
    expect(r.messages.map((m) => m.ruleId).sort()).toEqual(["invalid-date", "invalid-metadata"]);
  });

  it("maps nested and custom fields", () => {
    const m = mapRecord({ story: { body: "T." }, hed: "H", by: [{ name: "Ann" }] }, { text: "story.body", title: "hed", authors: "by" });
    expect(m.text).toBe("T.");
    expect(m.metadata).toMatchObject({ title: "H", authors: ["Ann"] });
  });

  it("reads front matter and reports broken YAML", () => {
    expect(splitFrontMatter("---\na: [1\n---\nBody").messages[0]!.ruleId).toBe("invalid-front-matter");
    expect(splitFrontMatter("No front matter").bodyStart).toBe(0);
  });

  it("splits on common delimiters when asked", () => {
    const text = "One.\n* * *\nTwo.\n---\nThree.";
    expect(splitConcatenated(text)).toHaveLength(1);
    expect(splitConcatenated(text, COMMON_DELIMITERS).map((s) => text.slice(s.start, s.end).trim())).toEqual(["One.", "Two.", "Three."]);
  });
});

describe("duplicate detector", () => {
  it("flags exact and near duplicates but not different texts", () => {
    const d = createDuplicateDetector();
    const base = Array.from({ length: 80 }, (_, i) => `word${i} alpha beta gamma`).join(" ");
    expect(d.check("a", base)).toBeNull();
    expect(d.check("b", base.toUpperCase())).toEqual({ id: "a", kind: "exact", similarity: 1 });
    const near = d.check("c", base.replace("word3 ", "other "));
    expect(near?.kind).toBe("near");
    expect(near?.id).toBe("a");
    expect(d.check("d", Array.from({ length: 80 }, (_, i) => `term${i} delta`).join(" "))).toBeNull();
  });
});
