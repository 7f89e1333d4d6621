import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ABBREVIATIONS,
  AMBIGUOUS_ABBREVIATIONS,
  COMMON_SENTENCE_STARTERS,
  NUMBER_ABBREVIATIONS,
  SENTENCE_STARTERS,
  TITLE_ABBREVIATIONS,
  groupSentences,
  isCapitalised,
  isSeparatorCode,
  ownString,
  isWordCode,
  keptSpans,
  scanTokens,
  parseDocument,
  tokenAbbreviations,
  tokenAt,
  tokenize,
  type Token,
  type TokenPreset,
} from "../src/index.js";

const PIECES = [
  "The", "officials", "said", "U.S.", "Mr.", "Lt.", "Gen.", "J.", "É.", "3.5", "1,000", "a.m.", ".", "!", "?", "…", "Niger’s",
  "Iraq 's", "O'Brien", "low-intensity", "al-Qa'ida", "’s", "'s", "“", "”", '"', "'", "(", ")", "]", "»", " ", "\u00a0", "\n",
  "\r\n", "\t", "\u0085", "\u2028", "\ufeff", "\u0001", "-", "‐", ",", "é", "ǅ", "😀", "\uD800", "Sun.", "Fig.", "Inc.",
];
const newsy = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((parts) => parts.join(""));
const anyText = fc.oneof(newsy, fc.string({ maxLength: 200, unit: "binary" }), fc.string({ maxLength: 200 }));
const preset = fc.constantFrom<TokenPreset>("quotes", "names");

const texts = (tokens: readonly Token[]): string[] => tokens.map((t) => t.text);

/** A range `[from, to)` inside `text` from two arbitrary numbers. */
const rangeIn = (text: string, a: number, b: number): [number, number] => {
  const from = Math.min(a, b) % (text.length + 1);
  return [from, Math.max(from, Math.max(a, b) % (text.length + 1))];
};

describe("tokenize: properties", () => {
  it("slices back to each token's text, in order, without overlap, inside the range", () => {
    fc.assert(
      fc.property(anyText, preset, fc.nat(), fc.nat(), (text, p, a, b) => {
        const [from, to] = rangeIn(text, a, b);
        const tokens = tokenize(text, from, to, { preset: p });
        let prev = from;
        for (const t of tokens) {
          expect(text.slice(t.start, t.end)).toBe(t.text);
          expect(t.lower).toBe(t.text.toLowerCase());
          expect(t.start).toBeGreaterThanOrEqual(prev);
          expect(t.end).toBeGreaterThan(t.start);
          expect(t.end).toBeLessThanOrEqual(to);
          prev = t.end;
        }
      }),
      { numRuns: 1500 },
    );
  });

  it("holds no separator inside a token and drops nothing else", () => {
    fc.assert(
      fc.property(anyText, preset, (text, p) => {
        const tokens = tokenize(text, 0, text.length, { preset: p });
        const covered = new Uint8Array(text.length);
        for (const t of tokens) {
          for (let k = t.start; k < t.end; k++) {
            covered[k] = 1;
            // NEL is a token of its own for "names" (the tagger's data), a separator for "quotes".
            if (!(p === "names" && text.charCodeAt(k) === 0x85)) expect(isSeparatorCode(text.charCodeAt(k))).toBe(false);
          }
        }
        for (let k = 0; k < text.length; k++) {
          const c = text.charCodeAt(k);
          if (!covered[k]) expect(isSeparatorCode(c) && !(p === "names" && c === 0x85)).toBe(true);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it("marks a token as a word exactly when it starts with a word character", () => {
    fc.assert(
      fc.property(anyText, preset, (text, p) => {
        for (const t of tokenize(text, 0, text.length, { preset: p })) expect(t.word).toBe(isWordCode(t.text.charCodeAt(0)));
      }),
    );
  });

  it("finds a token by offset with tokenAt", () => {
    fc.assert(
      fc.property(newsy, fc.nat(), (text, n) => {
        const tokens = tokenize(text);
        const offset = n % (text.length + 1);
        const i = tokenAt(tokens, offset);
        if (i < tokens.length) expect(tokens[i]!.start).toBeGreaterThanOrEqual(offset);
        if (i > 0) expect(tokens[i - 1]!.start).toBeLessThan(offset);
      }),
    );
  });
});

describe("scanTokens and the shared token texts", () => {
  it("reports exactly the tokens tokenize makes (offsets, word flag, text, lower-cased text)", () => {
    fc.assert(
      fc.property(anyText, preset, fc.nat(), fc.nat(), (text, p, a, b) => {
        const [from, to] = rangeIn(text, a, b);
        const scanned: Token[] = [];
        scanTokens(text, from, to, { preset: p }, (start, end, word, t, lower) => scanned.push({ start, end, text: t, lower, word, cap: tokenize(t, 0, t.length, { preset: p })[0]?.cap ?? false }));
        expect(scanned.map(({ start, end, text: t, lower, word }) => [start, end, t, lower, word])).toEqual(
          tokenize(text, from, to, { preset: p }).map(({ start, end, text: t, lower, word }) => [start, end, t, lower, word]),
        );
      }),
      { numRuns: 800 },
    );
  });

  it("gives each token its own text when many different words share the bounded cache", () => {
    // 60,000 different short words overflow the cache (16,384 slots) many times over; every slot is reused.
    const words = Array.from({ length: 60_000 }, (_, i) => `w${i.toString(36)}`);
    const text = words.join(" ");
    expect(texts(tokenize(text))).toEqual(words);
    const upper = words.map((w) => w.toUpperCase()).join(" ");
    expect(tokenize(upper).map((t) => t.lower)).toEqual(words);
    expect(texts(tokenize(text, 0, text.length, { preset: "names" }))).toEqual(words);
  });

  it("isCapitalised: the first code unit changes when lower-cased (any string, lone surrogates included)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 4, unit: "binary" }), fc.string({ maxLength: 4, unit: "grapheme" }), fc.string({ maxLength: 4 })), (s) => {
        const c = s.charAt(0);
        expect(isCapitalised(s)).toBe(c !== "" && c !== c.toLowerCase());
      }),
      { numRuns: 3000 },
    );
    for (let code = 0; code < 0x10000; code += 7) {
      const c = String.fromCharCode(code);
      expect(isCapitalised(c)).toBe(c !== c.toLowerCase());
    }
  });
});

describe("tokenize: presets", () => {
  it("keeps a possessive inside the word for quotes, splits it for names (also a detached one)", () => {
    expect(texts(tokenize("Niger’s junta and Iraq 's army"))).toEqual(["Niger’s", "junta", "and", "Iraq", "'", "s", "army"]);
    expect(texts(tokenize("Niger’s junta and Iraq 's army", 0, undefined, { preset: "names" }))).toEqual([
      "Niger", "’s", "junta", "and", "Iraq", "'s", "army",
    ]);
    expect(texts(tokenize("O'Brien's", 0, undefined, { preset: "names" }))).toEqual(["O'Brien", "'s"]);
    expect(texts(tokenize("Niger’s", 0, undefined, { splitPossessive: true }))).toEqual(["Niger", "’s"]);
  });

  it("keeps words whole across inner hyphens, periods and digit commas", () => {
    expect(texts(tokenize("a low-intensity, U.S.-led 1,000.5 km drive, 3,a"))).toEqual([
      "a", "low-intensity", ",", "U.S.", "-", "led", "1,000.5", "km", "drive", ",", "3", ",", "a",
    ]);
  });

  it("keeps the trailing period on listed abbreviations, dotted words and initials", () => {
    expect(texts(tokenize("Lt. Gen. J. Smith of the U.S. left."))).toEqual(["Lt.", "Gen.", "J.", "Smith", "of", "the", "U.S.", "left", "."]);
    // Upper-case initials of any script for quotes, A–Z only for names.
    expect(texts(tokenize("É. Macron"))).toEqual(["É.", "Macron"]);
    expect(texts(tokenize("É. Macron", 0, undefined, { preset: "names" }))).toEqual(["É", ".", "Macron"]);
    // The lists differ by preset, as the packages were built: "Sun." (a weekday) only for names.
    expect(texts(tokenize("the Sun."))).toEqual(["the", "Sun", "."]);
    expect(texts(tokenize("the Sun.", 0, undefined, { preset: "names" }))).toEqual(["the", "Sun."]);
    expect(texts(tokenize("see Fig.", 0, undefined, { abbreviations: new Set() }))).toEqual(["see", "Fig", "."]);
  });

  it("separates tokens at white space and control characters; NEL is a token for names", () => {
    expect(texts(tokenize("a\ufeffb\u2028c\u0001d\u0085e"))).toEqual(["a", "b", "c", "d", "e"]);
    expect(texts(tokenize("a\u0085e", 0, undefined, { preset: "names" }))).toEqual(["a", "\u0085", "e"]);
  });

  it("keeps a surrogate pair as one token and never splits an astral character", () => {
    expect(texts(tokenize("hi 😀!"))).toEqual(["hi", "😀", "!"]);
  });
});

describe("abbreviations: one table", () => {
  it("derives the sentence splitter's lists (unchanged) from the table", () => {
    expect(TITLE_ABBREVIATIONS.slice(0, 6)).toEqual(["mr", "mrs", "ms", "messrs", "mme", "dr"]);
    expect(TITLE_ABBREVIATIONS).toHaveLength(52);
    expect(NUMBER_ABBREVIATIONS).toHaveLength(22);
    expect(AMBIGUOUS_ABBREVIATIONS).toHaveLength(60);
    const forms = ABBREVIATIONS.map((a) => a.form);
    expect(new Set(forms).size).toBe(forms.length);
    for (const a of ABBREVIATIONS) expect(a.form).toBe(a.form.toLowerCase());
  });

  it("derives the tokenizers' trailing-period lists from the table", () => {
    const quotes = tokenAbbreviations("quotes");
    const names = tokenAbbreviations("names");
    expect(quotes.has("lt") && names.has("lt")).toBe(true);
    expect(quotes.has("messrs") && !names.has("messrs")).toBe(true);
    expect(!quotes.has("sun") && names.has("sun")).toBe(true);
    // Real words the splitter lists as state abbreviations never keep a period on a token.
    for (const w of ["ill", "miss", "mass", "wash"]) expect(quotes.has(w) || names.has(w)).toBe(false);
    expect(quotes.size).toBe(58);
    expect(names.size).toBe(75);
  });

  it("has the common openers inside the full opener list", () => {
    for (const w of COMMON_SENTENCE_STARTERS) expect(SENTENCE_STARTERS).toContain(w);
  });
});

describe("groupSentences", () => {
  const groups = (text: string, options = {}): string[] => {
    const tokens = tokenize(text);
    return groupSentences(tokens, options).map(([a, b]) => text.slice(tokens[a]!.start, tokens[b - 1]!.end));
  };

  it("ends sentences at terminal punctuation plus closers before a capital, a digit or an opener", () => {
    expect(groups("He left. “We will return,” he said. 2024 was hard. (Later) it rained.")).toEqual([
      "He left.", "“We will return,” he said.", "2024 was hard.", "(Later) it rained.",
    ]);
    expect(groups("He said “yes.” Then he left.")).toEqual(["He said “yes.”", "Then he left."]);
    // Straight quotes cannot tell opening from closing: after terminal punctuation one is read as closing.
    expect(groups('He left. "We will return."')).toEqual(['He left. "', 'We will return."']);
    expect(groups("He left. and then")).toEqual(["He left. and then"]);
  });

  it("ends a sentence on a dotted abbreviation only before a common opener", () => {
    expect(groups("He flew to the U.S. The talks ended.")).toEqual(["He flew to the U.S.", "The talks ended."]);
    expect(groups("He flew to the U.S. Embassy.")).toEqual(["He flew to the U.S. Embassy."]);
    expect(groups("He flew to the U.S. The talks ended.", { abbreviationEnders: new Set() })).toEqual([
      "He flew to the U.S. The talks ended.",
    ]);
  });

  it("reproduces the tagger's grouping with options: one closer, a quote opens, line breaks, a length cap", () => {
    const options = { closers: new Set(["”", '"', "’"]), maxClosers: 1, closerMayOpen: true };
    expect(groups("He left. “We will return.” Then he said “yes.”", options)).toEqual([
      "He left.", "“We will return.”", "Then he said “yes.”",
    ]);
    // A straight quote after terminal punctuation opens the next sentence here.
    expect(groups('He left. "We will return."', options)).toEqual(["He left.", '"We will return.', '"']);
    const text = "Headline here\nBody text";
    expect(groups(text, { text })).toEqual(["Headline here", "Body text"]);
    expect(groups("a b c d e", { maxTokens: 2 })).toEqual(["a b", "c d", "e"]);
  });

  it("covers every token once, in order", () => {
    fc.assert(
      fc.property(newsy, fc.boolean(), fc.integer({ min: 1, max: 10 }), (text, lines, max) => {
        const tokens = tokenize(text);
        const out = groupSentences(tokens, { maxTokens: max, ...(lines ? { text } : {}) });
        let next = 0;
        for (const [a, b] of out) {
          expect(a).toBe(next);
          expect(b).toBeGreaterThan(a);
          expect(b - a).toBeLessThanOrEqual(max);
          next = b;
        }
        expect(next).toBe(tokens.length);
      }),
    );
  });
});

describe("keptSpans", () => {
  it("removes excluded ranges, by paragraph or over the whole text", () => {
    const document = { text: "aaaa bbbb\n\ncccc", paragraphs: [{ start: 0, end: 9 }, { start: 11, end: 15 }], excluded: [{ start: 2, end: 6 }] };
    expect(keptSpans(document)).toEqual([{ start: 0, end: 2 }, { start: 6, end: 9 }, { start: 11, end: 15 }]);
    expect(keptSpans(document, { within: "text" })).toEqual([{ start: 0, end: 2 }, { start: 6, end: 15 }]);
    expect(keptSpans({ text: "abc", paragraphs: [], excluded: [] })).toEqual([{ start: 0, end: 3 }]);
  });

  it("never overlaps an excluded range and stays inside paragraphs of a parsed document", () => {
    fc.assert(
      fc.property(newsy, (text) => {
        const document = parseDocument(`Sign up for our newsletter\n\n${text}\n\nBy Jane Doe`, { id: "x" });
        for (const s of keptSpans(document)) {
          for (const r of document.excluded) expect(s.end <= r.start || s.start >= r.end).toBe(true);
          expect(document.paragraphs.some((p) => p.start <= s.start && s.end <= p.end)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("isCapitalised", () => {
  it("reads the first character", () => {
    expect(["Niamey", "Élysée", "ǅemal", "iPhone", "1st", ""].map(isCapitalised)).toEqual([true, true, true, false, false, false]);
  });
});

describe("ownString", () => {
  it("gives back an equal string for any text, including lone surrogates", () => {
    fc.assert(fc.property(fc.string({ maxLength: 200, unit: "binary" }), (s) => ownString(s) === s));
  });
});
