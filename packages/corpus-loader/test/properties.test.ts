import { withoutPlaces } from "../src/boilerplate/names.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Document, createSentenceSplitter, decodeBytes, parseDocument, splitConcatenated, splitFrontMatter, type Span } from "../src/index.js";

const TOKENS = [
  "The", "officials", "said", "U.S.", "Mr.", "Lt.", "Gen.", "M.", "J.", "3.5", "10:30", "a.m.", ".", "!", "?", "…", "...",
  "“", "”", '"', "'", "(", ")", " ", "  ", "\u00a0", "\n", "\n\n", "\r\n", "\t", "\f", "- ", "1. ", "Sign up", "See also\u00a0",
  "Leave a Reply", "By Jane Doe", "NIAMEY, Niger —", "contributed to this report.", "(Eric Smith/U.S. Army)", "=====", "---",
  "é", "😀", "\uD800", "Photo:", "This story has been updated",
];
const newsy = fc.array(fc.constantFrom(...TOKENS), { maxLength: 120 }).map((parts) => parts.join(""));
const anyText = fc.oneof(fc.string({ maxLength: 300, unit: "binary" }), newsy, fc.string({ maxLength: 200 }));

function orderedInside(spans: readonly Span[], length: number): void {
  let prev = 0;
  for (const s of spans) {
    expect(s.start).toBeGreaterThanOrEqual(prev);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(length);
    prev = s.end;
  }
}

describe("properties", () => {
  it("parseDocument: never throws; paragraphs, sentences and exclusions are ordered, non-overlapping and inside the text", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const doc = parseDocument(text, { id: "p" });
        expect(doc.text).toBe(text);
        orderedInside(doc.paragraphs, text.length);
        orderedInside(doc.sentences, text.length);
        orderedInside(doc.excluded, text.length);
        for (const s of doc.sentences) {
          expect(doc.paragraphs.some((p) => p.start <= s.start && s.end <= p.end)).toBe(true);
          for (const x of doc.excluded) expect(s.end <= x.start || s.start >= x.end).toBe(true);
          expect(text.slice(s.start, s.end).trim()).toBe(text.slice(s.start, s.end));
        }
        if (doc.titleSpan) expect(text.slice(doc.titleSpan.start, doc.titleSpan.end)).toBe(doc.title);
        expect(Document.safeParse(doc).success).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it("both sentence engines give ordered spans inside any range", () => {
    const engines = [createSentenceSplitter(), createSentenceSplitter({ engine: "intl" })];
    fc.assert(
      fc.property(anyText, fc.nat(), fc.nat(), (text, a, b) => {
        const start = Math.min(a, b) % (text.length + 1);
        const end = Math.max(start, Math.max(a, b) % (text.length + 1));
        for (const e of engines) {
          const spans = e.split(text, start, end);
          orderedInside(spans, end);
          for (const s of spans) expect(s.start).toBeGreaterThanOrEqual(start);
        }
      }),
      { numRuns: 200 },
    );
  });

  // Any bytes, and bytes behind each byte-order mark (a UTF-16 BOM selects UTF-16: seed 2001371831 drew one).
  const bytesArbitrary = fc.oneof(
    fc.uint8Array({ maxLength: 200 }),
    fc.tuple(fc.constantFrom([0xff, 0xfe], [0xfe, 0xff], [0xef, 0xbb, 0xbf]), fc.uint8Array({ maxLength: 200 })).map(([bom, rest]) => Uint8Array.from([...bom, ...rest])),
  );
  it("decodeBytes never throws, reports offsets inside the input and decodes in the encoding its BOM names", () => {
    const property = fc.property(bytesArbitrary, (bytes) => {
      const out = decodeBytes(bytes, { file: "x" });
      for (const m of out.messages) if (m.byteOffset !== undefined) expect(m.byteOffset).toBeLessThan(bytes.length);
      if (!out.binary) expect(out.text).toBe(new TextDecoder(out.encoding.startsWith("utf-16") ? out.encoding : "utf-8").decode(bytes));
    });
    fc.assert(property, { numRuns: 300 });
  });

  it("front matter and concatenation splitting never throw and stay inside the text", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const fm = splitFrontMatter(`---\n${text}`);
        expect(fm.bodyStart).toBeLessThanOrEqual(text.length + 4);
        orderedInside(splitConcatenated(text), text.length);
      }),
    );
  });

  it("hostile inputs complete", () => {
    const n = 100_000;
    const hostile = [
      ".".repeat(n), '"'.repeat(n), " ".repeat(n), "\n".repeat(n), "a".repeat(n), "A.".repeat(n / 2), "U.S. ".repeat(n / 5),
      "Mr. ".repeat(n / 4), "“".repeat(n), "(".repeat(n) + ")", "-".repeat(n), "=".repeat(n), "\u00a0".repeat(n),
      "Sign up ".repeat(n / 8), "By ".repeat(n / 3), "A ".repeat(n / 2) + "reported from X.", `${"x".repeat(n)}\n\n${"x".repeat(n)}`,
      "a\n\n".repeat(n / 3), "- a\n".repeat(n / 4), "\f".repeat(n),
      "The quick brown fox jumps over the lazy dog today.\n\n".repeat(n / 50), "Sign Up Now\n\n".repeat(n / 13),
      "(a/b)".repeat(n / 5), "“a. ".repeat(n / 4),
    ];
    for (const text of hostile) {
      const doc = parseDocument(text);
      expect(doc.text.length).toBe(text.length);
      splitConcatenated(text);
      splitFrontMatter(`---\n${text}`);
    }
  });
});

describe("withoutPlaces (credit lines)", () => {
  const REGEX = /\s{1,3}in\s{1,3}[\p{Lu}][\p{L} ]{0,40}/gu;
  // Pieces that make the regex's edge cases likely: runs of white space around "in", capitals, astral letters, long places.
  const piece = fc.constantFrom(" ", "  ", "\t", "    ", "in", " in ", "in  ", "Paris", "Jane Doe", "a", "É", "𝐀", "𝑎", ",", "and", "-", "x".repeat(45));
  it("gives what the regex it replaces gives", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
        const s = pieces.join("");
        expect(withoutPlaces(s)).toBe(s.replace(REGEX, ""));
      }),
      { numRuns: 3000 },
    );
  });
  it("removes each place of a credit line", () => {
    expect(withoutPlaces("Jane Doe in Paris, John Roe in Rome")).toBe("Jane Doe, John Roe");
    expect(withoutPlaces("Jane Doe")).toBe("Jane Doe");
  });
});
