import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CorpusAnalysis } from "../src/index.js";

const root = resolve(import.meta.dirname, "../..");
const tsx = join(root, "node_modules/.bin/tsx");
const cli = join(root, "examples/src/cli/analyze.ts");
const work = mkdtempSync(join(tmpdir(), "newsparse-analyze-"));
const run = promisify(execFile);

function analyze(args: string[]) {
  return run(tsx, ["--conditions=@newsparse/source", cli, ...args], { cwd: root, encoding: "utf8" }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

let raw: unknown;
let analysis: CorpusAnalysis;

beforeAll(async () => {
  const out = join(work, "analysis.json");
  const result = await analyze(["--format", "json", "--out", out]);
  expect(result.code).toBe(0);
  raw = JSON.parse(readFileSync(out, "utf8"));
  analysis = CorpusAnalysis.parse(raw);
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every object with numeric `start`/`end`, with the document it points into. */
function* located(value: unknown, docId: string | undefined, path: string): Generator<{ item: Record<string, unknown>; docId: string | undefined; path: string }> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* located(value[i], docId, `${path}[${i}]`);
    return;
  }
  if (typeof value !== "object" || value === null) return;
  const item = value as Record<string, unknown>;
  const here = typeof item.docId === "string" ? item.docId : docId;
  if (typeof item.start === "number" && typeof item.end === "number") yield { item, docId: here, path };
  for (const [key, child] of Object.entries(item)) {
    if (key === "text") continue;
    yield* located(child, here, `${path}.${key}`);
  }
}

describe("pnpm analyze --format json on the bundled corpus", () => {
  it("validates against CorpusAnalysis with the contract's required fields", () => {
    expect(CorpusAnalysis.safeParse(raw).success).toBe(true);
    const first = analysis.documents[0]!;
    expect(first.id).toBe("fbe54c2202b345c3");
    expect(first.seq).toBe(0);
    expect(first.source).toBe("000_fbe54c2202b345c3.txt");
    expect(first.publishedAt).toBe("2024-05-15");
  });

  it("keeps every document text byte-for-byte", () => {
    expect(analysis.documents).toHaveLength(5);
    for (const d of analysis.documents) {
      const file = readFileSync(join(root, "examples/corpus/niger-2024", d.source!), "utf8").replace(/^\uFEFF/, "");
      expect(d.text).toBe(file);
    }
  });

  it("every item with offsets lies inside its document and slices back to its text", () => {
    const texts = new Map(analysis.documents.map((d) => [d.id, d.text]));
    let checked = 0;
    let withText = 0;
    for (const d of analysis.documents) {
      for (const { item, path } of located({ excluded: d.excluded, paragraphs: d.paragraphs, sentences: d.sentences, titleSpan: d.titleSpan }, d.id, `documents.${d.id}`)) {
        expect(item.start as number, path).toBeLessThanOrEqual(item.end as number);
        expect(item.end as number, path).toBeLessThanOrEqual(d.text.length);
        checked++;
      }
    }
    const rest = { entities: analysis.entities, claims: analysis.claims, conflicts: analysis.conflicts, timexes: analysis.timexes, timeline: analysis.timeline, messages: analysis.messages };
    for (const { item, docId, path } of located(rest, undefined, "")) {
      expect(docId, `${path} has no docId`).toBeDefined();
      const text = texts.get(docId!);
      expect(text, `${path}: unknown document ${docId}`).toBeDefined();
      const start = item.start as number;
      const end = item.end as number;
      expect(start, path).toBeGreaterThanOrEqual(0);
      expect(start, path).toBeLessThanOrEqual(end);
      expect(end, path).toBeLessThanOrEqual(text!.length);
      if (typeof item.text === "string") {
        expect(text!.slice(start, end), path).toBe(item.text);
        withText++;
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
    expect(withText).toBeGreaterThan(0);
  });

  it("prints a Markdown summary by default", async () => {
    const result = await analyze([]);
    expect(result.code).toBe(0);
    for (const heading of ["# newsparse analysis", "## Documents", "## People", "## Top entities", "## Quotes", "## Disagreements between sources", "## Timeline"]) {
      expect(result.stdout).toContain(heading);
    }
    expect(result.stdout).toContain("`fbe54c2202b345c3`");
    // each timeline row shows the expression that dates it, so two entries from one sentence
    // ("Last week, Russia provided … RTN said Thursday.") are told apart
    expect(result.stdout).toMatch(/^\| Mohamed Bassum \| PERSON \| .*\| President \|$/m); // "Mr." is not listed as a role
    expect(result.stdout).toContain("| date | as written | what happened | sources |");
    expect(result.stdout).toMatch(/^\| week of 29 April 2024 \| the week of April 29 \| /m);
    expect(result.stdout).toMatch(/^\| week of 15 April 2024 \| Last week \| Last week, Russia provided/m);
    expect(result.stdout).toMatch(/^\| 18 April 2024 \| Thursday \| Last week, Russia provided/m);
  }, 120_000);

  it("fails on a bad PATH with a one-line error and a non-zero exit", async () => {
    const result = await analyze([join(work, "does-not-exist")]);
    expect(result.code).not.toBe(0);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/^analyze: .*does-not-exist/);
    expect(result.stdout).toBe("");
  }, 60_000);

  it("rejects an unknown format without a stack trace", async () => {
    const result = await analyze(["--format", "xml"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('analyze: --format must be md, json, html, not "xml"\n');
  }, 60_000);
});
