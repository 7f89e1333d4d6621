import { mkdtemp, mkdir, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Document } from "../src/index.js";
import { CorpusLoaderError, InvalidInputError, PathNotFoundError, loadCorpus, matchGlob, streamCorpus } from "../src/node.js";

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "corpus-loader-test-"));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function folder(name: string, files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = join(root, name);
  await mkdir(dir, { recursive: true });
  for (const [file, content] of Object.entries(files)) {
    await mkdir(join(dir, file, ".."), { recursive: true });
    await writeFile(join(dir, file), content);
  }
  return dir;
}

const ARTICLE = "Headline about Niger\n\nThe first paragraph says something. It has two sentences.\n\nA second paragraph.";

describe("loadCorpus: the seed folder", () => {
  it("loads ids, seq order and manifest metadata", async () => {
    const { documents, messages } = await loadCorpus(join(__dirname, "../../../examples/corpus/niger-2024"));
    expect(documents.map((d) => d.id)).toEqual(["fbe54c2202b345c3", "3bc267ff6f097730", "bb232efc982809a8", "6f5a1b6df526dd8c", "a5055be445bd665f"]);
    expect(documents.map((d) => d.seq)).toEqual([0, 1, 2, 3, 4]);
    expect(documents[0]!.publishedAt).toBe("2024-05-15");
    expect(documents[1]!.outlet).toBe("CNN");
    expect(documents[0]!.encoding).toBe("utf-8");
    expect(messages).toEqual([]);
    for (const d of documents) expect(Document.safeParse(d).success).toBe(true);
  });
});

describe("failures become messages", () => {
  it("throws a typed error for a missing path", async () => {
    const error = await loadCorpus(join(root, "nope")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PathNotFoundError);
    expect(CorpusLoaderError.isInstance(error)).toBe(true);
    expect((error as PathNotFoundError).code).toBe("ENOENT");
    await expect(loadCorpus(42 as never)).rejects.toBeInstanceOf(InvalidInputError);
  });

  it("reports binary, empty, oversized, invalid UTF-8 and duplicate ids, and keeps loading", async () => {
    const dir = await folder("bad", {
      "000_aaa.txt": ARTICLE,
      "001_bin.txt": new Uint8Array([0x48, 0x00, 0x49, 0x00]),
      "002_empty.txt": "",
      "003_big.txt": "x".repeat(5000),
      "004_bad.txt": new Uint8Array([...new TextEncoder().encode("Caf"), 0xe9, ...new TextEncoder().encode(" au lait. Fin.")]),
      "005_aaa.txt": "Another text with the same id. It is different.",
      "notes.bin": "ignored",
    });
    const { documents, messages } = await loadCorpus(dir, { maxBytes: 1000 });
    const rules = messages.map((m) => m.ruleId).sort();
    expect(rules).toEqual(["binary-file", "duplicate-id", "empty-file", "file-too-large", "invalid-utf8", "unknown-format"]);
    expect(documents.map((d) => d.id)).toEqual(["aaa", "bad", "aaa~2"]);
    const bad = documents[1]!;
    expect(bad.text).toBe("Caf\uFFFD au lait. Fin.");
    const warning = messages.find((m) => m.ruleId === "invalid-utf8")!;
    expect(warning.byteOffset).toBe(3);
    expect(warning.file).toBe("004_bad.txt");
    expect(bad.messages!.some((m) => m.ruleId === "invalid-utf8")).toBe(true);
    expect(messages.find((m) => m.ruleId === "file-too-large")!.file).toBe("003_big.txt");
  });

  it("reports an unreadable file (a dangling symbolic link) and keeps the rest", async () => {
    const dir = await folder("dangling", { "a.txt": ARTICLE });
    await symlink(join(dir, "missing-target.txt"), join(dir, "b.txt"));
    const { documents, messages } = await loadCorpus(dir);
    expect(documents.map((d) => d.id)).toEqual(["a"]);
    expect(messages.map((m) => [m.ruleId, m.file])).toEqual([["unreadable-file", "b.txt"]]);
  });

  it("decodes BOMs: UTF-8 stripped, UTF-16 LE and BE", async () => {
    const le = new Uint8Array([0xff, 0xfe, ...[..."Hé."].flatMap((c) => [c.charCodeAt(0), 0])]);
    const be = new Uint8Array([0xfe, 0xff, ...[..."Hé."].flatMap((c) => [0, c.charCodeAt(0)])]);
    const dir = await folder("bom", { "a.txt": new Uint8Array([0xef, 0xbb, 0xbf, 0x48, 0x69, 0x2e]), "b.txt": le, "c.txt": be });
    const { documents } = await loadCorpus(dir);
    expect(documents.map((d) => [d.id, d.text, d.encoding])).toEqual([
      ["a", "Hi.", "utf-8"],
      ["b", "Hé.", "utf-16le"],
      ["c", "Hé.", "utf-16be"],
    ]);
  });

  it("reports a malformed JSON line with its line number and keeps the others", async () => {
    const dir = await folder("jsonl", {
      "feed.jsonl": '{"id":"a","text":"First text."}\n{"id":"b","text":\n\n{"id":"c","text":"Third.","date":"May 3, 2024"}\n{"id":"d"}\n',
    });
    const { documents, messages } = await loadCorpus(dir);
    expect(documents.map((d) => d.id)).toEqual(["a", "c"]);
    expect(documents[1]!.publishedAt).toBe("2024-05-03");
    const bad = messages.find((m) => m.ruleId === "malformed-json-line")!;
    expect(bad.line).toBe(2);
    expect(messages.some((m) => m.ruleId === "missing-text" && m.line === 5)).toBe(true);
  });

  it("reports a broken CSV row and keeps quoted fields with newlines", async () => {
    const dir = await folder("csv", {
      "a.csv": 'id,headline,body,date\nx1,"Title, one","Line one.\n\nLine ""two"".",2024-01-02\nx2,Bad row\nx3,T3,"Body three.",not a date\n',
    });
    const { documents, messages } = await loadCorpus(dir);
    expect(documents.map((d) => d.id)).toEqual(["x1", "x3"]);
    expect(documents[0]!.title).toBe("Title, one");
    expect(documents[0]!.text).toBe('Line one.\n\nLine "two".');
    expect(documents[0]!.paragraphs).toHaveLength(2);
    expect(messages.some((m) => m.ruleId === "malformed-csv-row")).toBe(true);
    const date = messages.find((m) => m.ruleId === "invalid-date")!;
    expect(date.docId).toBe("x3");
    expect(documents[1]!.publishedAt).toBeNull();
    expect(documents[1]!.meta!.publishedAtRaw).toBe("not a date");
  });
});

describe("formats", () => {
  it("reads TSV and JSON arrays with a custom field mapping", async () => {
    const dir = await folder("mapped", {
      "a.tsv": "key\tcontent\twhen\tpaper\nk1\tSome text here.\t2024-02-03\tThe Paper\n",
      "b.json": JSON.stringify({ articles: [{ key: "k2", content: "JSON text.", who: ["A B"], paper: "P" }, 5] }),
    });
    const { documents, messages } = await loadCorpus(dir, { fields: { id: "key", text: "content", date: "when", outlet: "paper", authors: "who" } });
    expect(documents.map((d) => [d.id, d.text, d.outlet, d.format])).toEqual([
      ["k1", "Some text here.", "The Paper", "tsv"],
      ["k2", "JSON text.", "P", "json"],
    ]);
    expect(documents[0]!.publishedAt).toBe("2024-02-03");
    expect(documents[1]!.authors).toEqual(["A B"]);
    expect(messages.map((m) => m.ruleId)).toEqual(["invalid-record"]);
  });

  it("reads Markdown front matter as metadata and the body as text", async () => {
    const md = "---\ntitle: Given title\ndate: 2024-04-19\nauthors:\n  - Jane Doe\noutlet: Wire\n---\n# Heading\n\nBody text. More.\n\n---\n\nAfter a rule.";
    const dir = await folder("md", { "story.md": md });
    const { documents } = await loadCorpus(dir);
    expect(documents).toHaveLength(1);
    const d = documents[0]!;
    expect(d.text).toBe("# Heading\n\nBody text. More.\n\n---\n\nAfter a rule.");
    expect(d.title).toBe("Given title");
    expect(d.publishedAt).toBe("2024-04-19");
    expect(d.authors).toEqual(["Jane Doe"]);
    expect(d.meta!.bodyOffset).toBe(md.indexOf("# Heading"));
    expect(d.format).toBe("markdown");
  });

  it("takes a Markdown heading as title when there is no front matter", async () => {
    const dir = await folder("md2", { "s.md": "# The real headline\n\nText. More text." });
    const d = (await loadCorpus(dir)).documents[0]!;
    expect(d.title).toBe("The real headline");
    expect(d.text.slice(d.titleSpan!.start, d.titleSpan!.end)).toBe("The real headline");
  });

  it("extracts the main text of HTML", async () => {
    const html = `<!doctype html><html><head><title>Page title</title>
      <meta property="article:published_time" content="2024-05-19T10:00:00Z"><meta name="author" content="Jane Doe"></head>
      <body><nav><a href="/">Home</a> <a href="/x">World</a></nav>
      <article><h1>US reaches agreement with Niger</h1>
      <p>The US has reached an agreement with Niger to withdraw its forces by September 15, officials said on Sunday in a statement.</p>
      <p>The newly agreed deadline gives the US four months to draw down fewer than 1,000 troops who remain in the country.</p>
      <p>“They want to maintain a relationship with us,” a senior defense official said, adding that talks would go on.</p></article>
      <footer>© 2024 Example. All rights reserved.</footer></body></html>`;
    const dir = await folder("html", { "p.html": html });
    const { documents } = await loadCorpus(dir);
    const d = documents[0]!;
    expect(d.format).toBe("html");
    expect(d.text).toContain("The US has reached an agreement with Niger");
    expect(d.text).toContain("\n\n");
    expect(d.text).not.toContain("All rights reserved");
    expect(d.text).not.toContain("Home");
    expect(d.publishedAt).toBe("2024-05-19");
    expect(d.authors).toEqual(["Jane Doe"]);
    expect(d.title).toBe("Page title");
    for (const s of d.sentences) expect(s.end).toBeLessThanOrEqual(d.text.length);
  });

  it("splits a concatenated corpus at delimiter lines, not at Markdown-style rules by default", async () => {
    const text = "First article. Its text.\n=====\nSecond article.\n\n---\n\nStill second.\f\nThird article.";
    const dir = await folder("concat", { "all.txt": text });
    const { documents } = await loadCorpus(dir);
    expect(documents.map((d) => d.id)).toEqual(["all-1", "all-2", "all-3"]);
    expect(documents[1]!.text.trim()).toBe("Second article.\n\n---\n\nStill second.");
    expect(documents[2]!.meta!.sourceOffset).toBe(text.indexOf("\f") + 1);
    const all = await loadCorpus(dir, { concatenated: true });
    expect(all.documents).toHaveLength(4);
    const none = await loadCorpus(dir, { concatenated: false });
    expect(none.documents).toHaveLength(1);
  });

  it("reads sidecars, recursion and include/exclude globs", async () => {
    const dir = await folder("tree", {
      "a.txt": ARTICLE,
      "a.txt.meta.json": JSON.stringify({ publishedAt: "2024-01-05", outlet: "Side", title: "Headline about Niger" }),
      "sub/b.txt": "Nested text. Yes.",
      "sub/deeper/c.md": "Deep text.",
      "sub/skip.txt": "Skipped text.",
    });
    const flat = await loadCorpus(dir);
    expect(flat.documents.map((d) => d.id)).toEqual(["a"]);
    expect(flat.documents[0]!.outlet).toBe("Side");
    expect(flat.documents[0]!.titleSpan).toEqual({ start: 0, end: 20 });
    const deep = await loadCorpus(dir, { recursive: true, exclude: ["skip.*"] });
    expect(deep.documents.map((d) => d.source).sort()).toEqual(["a.txt", "sub/b.txt", "sub/deeper/c.md"]);
    const only = await loadCorpus(dir, { recursive: true, include: ["sub/**/*.md"] });
    expect(only.documents.map((d) => d.id)).toEqual(["c"]);
    expect(matchGlob("**/*.txt", "x/y/z.txt")).toBe(true);
    expect(matchGlob("sub/*.txt", "sub/deeper/z.txt")).toBe(false);
    expect(matchGlob("*.txt", "deep/z.txt")).toBe(true);
  });

  it("loads a string and an async iterable of records", async () => {
    const one = await loadCorpus({ text: ARTICLE, name: "inline" });
    expect(one.documents[0]!.id).toBe("inline");
    expect(one.documents[0]!.title).toBe("Headline about Niger");
    async function* records() {
      yield { id: "r1", text: "Record one. Fine." };
      yield { id: "r2", body: "Record two." };
      yield "junk" as unknown as Record<string, unknown>;
    }
    const { documents, messages } = await loadCorpus({ records: records() });
    expect(documents.map((d) => d.id)).toEqual(["r1", "r2"]);
    expect(messages.map((m) => m.ruleId)).toEqual(["invalid-record"]);
  });
});

describe("streaming and duplicates", () => {
  it("streams with progress and flags exact and near duplicates, keeping them", async () => {
    const base = Array.from({ length: 60 }, (_, i) => `Sentence number ${i} talks about the withdrawal of troops from Niger.`).join(" ");
    const files: Record<string, string> = {};
    for (let i = 0; i < 30; i++) files[`${String(i).padStart(3, "0")}_d${i}.txt`] = `Unique article ${i}. ${"word".repeat(i + 1)} ${i * 7} and ${i * 13} about item ${i}.`;
    files["100_orig.txt"] = base;
    files["101_copy.txt"] = base;
    files["102_near.txt"] = base.replace("Sentence number 5 ", "Sentence numero 5 ");
    const dir = await folder("dups", files);
    const progress: number[] = [];
    const seen: string[] = [];
    for await (const doc of streamCorpus(dir, { concurrency: 3, onProgress: (done) => progress.push(done) })) seen.push(doc.id);
    expect(seen).toHaveLength(33);
    expect(progress.at(-1)).toBe(33);
    const { documents, messages } = await loadCorpus(dir);
    const byId = new Map(documents.map((d) => [d.id, d]));
    const dupes = documents.filter((d) => d.duplicateOf);
    expect(dupes).toHaveLength(2);
    const originals = new Set(dupes.map((d) => d.duplicateOf!.id));
    expect(originals.size).toBe(1);
    const kinds = dupes.map((d) => d.duplicateOf!.kind).sort();
    expect(kinds).toEqual(["exact", "near"]);
    expect([...originals][0]).toMatch(/^(orig|copy|near)$/);
    expect(byId.size).toBe(33);
    expect(messages.filter((m) => m.ruleId.endsWith("duplicate-document"))).toHaveLength(2);
  });
});
