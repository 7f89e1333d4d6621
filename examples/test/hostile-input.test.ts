/**
 * Hostile input: every public text function, and the cross-document grouping
 * of claims, must do linear work on input built to hit quadratic paths (many
 * excluded ranges, no spaces, long runs of one character, many quotes, dates or
 * numbers, one sentence of thousands of digit groups), and documents with
 * 150,000 items must come back whole.
 *
 * Growth is a ratio between two sizes measured in the same run (re-measured,
 * best of two runs each, when over the bound), never an absolute time: linear work gives about 2 for twice the
 * input, quadratic about 4; the bound is 3. Sizes start at 100,000 characters:
 * the quadratic paths of issue 18 cost little below that (an article with
 * 1,000 "Advertisement" lines took 0.8 s in claims, with 2,000 6.3 s).
 */
import { type Document, createExcludedIndex, decodeBytes, parseDocument, splitConcatenated, splitFrontMatter, splitParagraphs, splitSentences } from "@newsparse/corpus-loader";
import { type Claim, defaultLexicon, extractClaims, findNumbers, findTitles, groupClaims, scanQuotes } from "@newsparse/claims";
import { extractEntities, tokenize } from "@newsparse/entity-extract";
import { buildTimeline, extractEventMentions, inferReferenceDate, tagTemporalExpressions } from "@newsparse/timeline";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";

/**
 * A full garbage collection before a careful timed run, so that garbage left by earlier runs (or
 * other tests in this worker) is not billed to it. `--expose-gc` set at run time reaches a new
 * context only; when the flag cannot be set this is a no-op.
 */
const collectGarbage: () => void = (() => {
  try {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as unknown;
    if (typeof gc === "function") return gc as () => void;
  } catch {
    // no gc: careful runs still take the best of two
  }
  return () => {};
})();

/** Hostile texts of about `n` characters. */
const FAMILIES: Record<string, (n: number) => string> = {
  "many excluded ranges": (n) => numbered(n, (i) => `The minister said on Tuesday that ${i} soldiers would leave Niamey, according to Reuters.\n\nAdvertisement\n\n`),
  "no spaces": (n) => "a".repeat(n),
  "a long run of one character": (n) => `Start. ${".".repeat(n)} End.`,
  "many quotes": (n) => fill(n, '"We will leave," he said. “Yes" ‘no’ "unclosed '),
  "many dates": (n) => fill(n, "On 5 August 2024, on Monday, July 26, 2024 and last week, "),
  "many numbers": (n) => fill(n, "300 soldiers, 4.5 million dollars, 12% of 1,200 people, "),
  "a long run of digit groups": (n) => fill(n, "1 22 333 4 55 6 7 88 9 "),
};

/** Different paragraphs (a repeated one is itself excluded as boilerplate), to about n characters. */
function numbered(n: number, unit: (i: number) => string): string {
  const parts: string[] = [];
  for (let i = 1, length = 0; length < n; i++) {
    parts.push(unit(i));
    length += parts[parts.length - 1]!.length;
  }
  return parts.join("").slice(0, n);
}

function fill(n: number, unit: string): string {
  return unit.repeat(Math.max(1, Math.ceil(n / unit.length))).slice(0, n);
}

const doc = (text: string): Document => parseDocument(text, { id: "hostile" });
const REFERENCE = { referenceDate: "2024-07-26" };

/** name → [work on a prepared input, prepare the input from text (not timed)]. */
type Subject = [(input: never) => unknown, (text: string) => unknown];
const SUBJECTS: Record<string, Subject> = {
  parseDocument: [(t: string) => parseDocument(t), (t) => t],
  splitSentences: [(t: string) => splitSentences(t), (t) => t],
  splitParagraphs: [(t: string) => splitParagraphs(t), (t) => t],
  splitConcatenated: [(t: string) => splitConcatenated(t), (t) => t],
  splitFrontMatter: [(t: string) => splitFrontMatter(`---\ntitle: x\n---\n${t}`), (t) => t],
  decodeBytes: [(b: Uint8Array) => decodeBytes(b), (t) => new TextEncoder().encode(t)],
  "entity-extract tokenize": [(t: string) => tokenize(t), (t) => t],
  extractEntities: [(d: Document) => extractEntities([d]), doc],
  scanQuotes: [(t: string) => scanQuotes(t, 0, t.length), (t) => t],
  findNumbers: [(t: string) => findNumbers(t), (t) => t],
  findTitles: [(d: Document) => findTitles(d, defaultLexicon), doc],
  extractClaims: [(d: Document) => extractClaims([d]), doc],
  groupClaims: [({ claims, d }: { claims: Claim[]; d: Document }) => groupClaims(claims, { documents: [d] }), (t) => {
    const d = doc(t);
    return { claims: extractClaims([d]).claims, d };
  }],
  tagTemporalExpressions: [(t: string) => tagTemporalExpressions(t, REFERENCE), (t) => t],
  inferReferenceDate: [(d: Document) => inferReferenceDate(d), doc],
  extractEventMentions: [(d: Document) => extractEventMentions(d, tagTemporalExpressions(d.text, REFERENCE)), doc],
  buildTimeline: [(d: Document) => buildTimeline([d]), doc],
};

/** Smallest input, largest input, and the shortest run worth timing (shorter runs are mostly noise). */
const FIRST_SIZE = 100_000;
const LAST_SIZE = 1_600_000;
const MIN_MS = 30;

/**
 * Time for 2n over time for n. n doubles from FIRST_SIZE until one run at n takes MIN_MS (a
 * function still faster at LAST_SIZE is compared with MIN_MS). With `careful`, runs at n, 2n, 2n
 * follow, each after a full garbage collection, and the best of each size counts (two runs of n,
 * three of 2n), so a pause elsewhere or the garbage of an earlier run hits both sizes.
 */
function growth(subject: Subject, family: (n: number) => string, careful: boolean): { ratio: number; n: number; small: number; large: number } {
  const [work, prepare] = subject;
  const run = work as (input: unknown) => unknown;
  const time = (input: unknown, clean = false) => {
    if (clean) collectGarbage();
    const t = performance.now();
    run(input);
    return performance.now() - t;
  };
  for (let n = FIRST_SIZE; ; n *= 2) {
    const a = prepare(family(n));
    let small = time(a);
    if (small < MIN_MS && n < LAST_SIZE) continue;
    const b = prepare(family(2 * n));
    let large = time(b);
    if (careful) {
      small = Math.min(small, time(a, true));
      large = Math.min(large, time(b, true), time(b, true));
    }
    return { ratio: large / Math.max(small, MIN_MS), n, small, large };
  }
}

describe("linear growth on hostile input", () => {
  for (const [name, subject] of Object.entries(SUBJECTS)) {
    it(`${name}: twice the input costs less than 3x the time, for every hostile family`, () => {
      const slow: string[] = [];
      // warm-up, so that compiling the function does not count in the first measure
      (subject[0] as (input: unknown) => unknown)(subject[1]('"We leave on Monday, July 26, 2024," the minister said of 300 troops.\n\nAdvertisement\n\n'.repeat(100)));
      for (const [familyName, family] of Object.entries(FAMILIES)) {
        // One quick measure; when it is over the bound, up to two careful ones (on a shared machine one
        // run can catch a long pause elsewhere; quadratic work fails them all).
        let g = growth(subject, family, false);
        for (let attempt = 1; attempt < 3 && g.ratio >= 3; attempt++) g = growth(subject, family, true);
        if (g.ratio >= 3) slow.push(`${familyName}: ${g.n} -> ${2 * g.n} chars took ${g.small.toFixed(1)} -> ${g.large.toFixed(1)} ms (x${g.ratio.toFixed(2)})`);
      }
      expect(slow, `super-linear growth of ${name}:\n${slow.join("\n")}`).toEqual([]);
    }, 600_000);
  }
});

describe("documents with 150,000 items", () => {
  const spanOk = (d: Document, x: { start: number; end: number; text?: string }) => x.start >= 0 && x.end <= d.text.length && x.start <= x.end && (x.text === undefined || d.text.slice(x.start, x.end) === x.text);

  it("buildTimeline keeps 150,000 timexes of one document (no stack overflow)", () => {
    const d = doc("Monday ".repeat(150_000));
    const result = buildTimeline([d]);
    expect(result.timexes.length).toBe(150_000);
    expect(result.messages.filter((m) => m.severity === "error")).toEqual([]);
    expect(result.timexes.every((t) => spanOk(d, t))).toBe(true);
  }, 300_000);

  it("extractClaims keeps 150,000 quotes of one document (no parser dropped)", () => {
    const d = doc('"We will leave," the minister said. '.repeat(150_000));
    const result = extractClaims([d]);
    expect(result.messages.filter((m) => m.severity === "error")).toEqual([]);
    expect(result.claims.filter((c) => c.kind === "quote").length).toBe(150_000);
    expect(result.claims.every((c) => spanOk(d, c))).toBe(true);
  }, 300_000);

  it("extractEntities keeps 150,000 mentions of one document (no parser dropped)", () => {
    const d = doc("Tinubu met Tiani. ".repeat(75_000));
    const result = extractEntities([d]);
    expect(result.messages.filter((m) => m.severity === "error")).toEqual([]);
    const mentions = result.entities.flatMap((e) => e.mentions);
    expect(mentions.length).toBe(150_000);
    expect(mentions.every((m) => spanOk(d, m))).toBe(true);
  }, 300_000);

  it("the excluded index answers 150,000 ranges", () => {
    const ranges = Array.from({ length: 150_000 }, (_, i) => ({ start: 10 * i, end: 10 * i + 5 }));
    const index = createExcludedIndex(ranges);
    expect(index.kept(0, 1_500_000).length).toBe(150_000);
    expect(index.overlaps(1_499_994, 1_499_996)).toBe(true);
    expect(index.overlaps(1_499_995, 1_500_000)).toBe(false);
  });
});
