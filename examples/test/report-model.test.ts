import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "@newsparse/corpus-loader/node";
import { analyzeCorpus, renderMarkdown, type CorpusAnalysis } from "../src/index.js";
import { buildReportModel } from "../src/report/build-report-model.js";
import { decodeMarks, encodeMarks } from "../src/report/report-model.js";
import { clientAssets } from "../src/report/bundle-client.js";
import { jsonForScript, renderHtml } from "../src/report/render-html.js";
import { summariseMessages } from "../src/summarise-messages.js";

const root = resolve(import.meta.dirname, "../..");
let analysis: CorpusAnalysis;

beforeAll(async () => {
  const corpus = await loadCorpus(join(root, "examples/corpus/niger-2024"));
  analysis = analyzeCorpus(corpus.documents);
}, 120_000);

describe("buildReportModel", () => {
  it("keeps every document, entity, quote, timeline entry and conflict, with marks inside their texts", () => {
    const model = buildReportModel(analysis);
    expect(model.docs.map((d) => d.text)).toEqual(analysis.documents.map((d) => d.text));
    expect(model.entities).toHaveLength(analysis.entities.length);
    expect(model.quotes).toHaveLength(analysis.claims.filter((c) => c.kind !== "quantity").length);
    expect(model.timeline.map((t) => t.id).sort()).toEqual(analysis.timeline.map((t) => t.id).sort());
    expect(model.conflicts.map((c) => c.id)).toEqual(analysis.conflicts.map((c) => c.id));
    expect(model.messages.find((m) => m.ruleId === "report-invalid-span")).toBeUndefined();
    for (const d of model.docs) {
      const marks = decodeMarks(d);
      expect(marks.length * 4).toBe(d.marks.length);
      for (const [start, end, kind] of marks) {
        expect(start).toBeLessThan(end);
        expect(end).toBeLessThanOrEqual(d.text.length);
        expect("eqsndba").toContain(kind);
      }
      for (let i = 1; i < marks.length; i++) expect(marks[i]![0]).toBeGreaterThanOrEqual(marks[i - 1]![0]);
      expect(encodeMarks(marks)).toEqual({ marks: d.marks, notes: d.notes });
    }
    // entity marks point back to their entity's mentions
    const mentions = model.entities.reduce((n, e) => n + e.count, 0);
    expect(mentions).toBe(analysis.entities.reduce((n, e) => n + e.mentions.length, 0));
    expect(model.docs.reduce((n, d) => n + d.counts.mentions, 0)).toBe(mentions);
    // a conflict's evidence sits inside the sentence shown beside it
    for (const c of model.conflicts) for (const e of c.evidence) expect(e.sentence[0] <= e.span[1] && e.span[2] <= e.sentence[1]).toBe(true);
  });

  it("reads fields other versions may add: conflict kind, inferred dates, readable date labels, uncertainty intervals", () => {
    const extended = structuredClone(analysis) as CorpusAnalysis & Record<string, unknown>;
    const doc = extended.documents[1]!;
    doc.publishedAt = null;
    extended.referenceDates = [{ docId: doc.id, value: "2024-05-18", inferred: true, uncertaintyDays: 2, evidence: ["dateline Sunday"] }];
    (extended.conflicts[0] as Record<string, unknown>).kind = "revision";
    const entry = extended.timeline[0]! as Record<string, unknown> & (typeof extended.timeline)[number];
    entry.inferred = true;
    (entry.date as Record<string, unknown>).label = "sometime in 2018";
    entry.interval = { earliest: "2017-06-01", latest: "2019-05-31" };
    const model = buildReportModel(extended);
    const d = model.docs[1]!;
    expect([d.date, d.dateInferred]).toEqual(["2024-05-18", true]);
    expect(d.dateNote).toContain("± 2 days");
    expect(model.docs[0]!.dateInferred).toBe(false);
    expect(model.conflicts[0]!.kind).toBe("revision");
    const t = model.timeline.find((x) => x.id === entry.id)!;
    expect([t.inferred, t.label, t.start, t.end]).toEqual([true, "sometime in 2018", "2017-06-01", "2019-06-01"]);
    // the timeline's own entry-level fields (issue 13): inclusive latest day
    const other = extended.timeline[1]! as Record<string, unknown> & (typeof extended.timeline)[number];
    Object.assign(other, { inferred: true, earliest: "2018-04-09", latest: "2018-04-13" });
    const u = buildReportModel(extended).timeline.find((x) => x.id === other.id)!;
    expect([u.inferred, u.start, u.end]).toEqual([true, "2018-04-09", "2018-04-14"]);
  });

  it("reports spans outside their document in a diagnostic instead of dropping them silently", () => {
    const broken = structuredClone(analysis);
    broken.entities[0]!.mentions[0]!.end = 10_000_000;
    broken.claims[0]!.docId = "no-such-document";
    const model = buildReportModel(broken);
    const group = model.messages.find((m) => m.ruleId === "report-invalid-span");
    expect(group?.count).toBe(2);
    expect(group?.severity).toBe("warning");
  });

  it("drops non-http(s) URLs", () => {
    const hostile = structuredClone(analysis);
    hostile.documents[0]!.url = "javascript:alert(1)";
    hostile.documents[1]!.url = "https://example.org/a?b=<c>";
    const model = buildReportModel(hostile);
    expect(model.docs[0]!.url).toBeNull();
    expect(model.docs[1]!.url).toBe("https://example.org/a?b=<c>");
  });
});

describe("renderHtml", () => {
  it("writes one self-contained page: inline script and style, hashes in the CSP, no external reference", () => {
    const html = renderHtml(analysis);
    const { script, style, libraries } = clientAssets();
    expect(html).toContain(`<script>${script}</script>`);
    expect(html).toContain(`<style>${style}</style>`);
    // nothing is loaded from elsewhere: no src/href attribute, no @import or url() in the style
    expect(html).not.toMatch(/<[a-z]+\s[^>]*\b(src|href)\s*=/i);
    expect(style).not.toMatch(/@import|url\(/i);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    expect(csp).toMatch(/^default-src 'none'; script-src 'sha256-[A-Za-z0-9+/=]+'; style-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(libraries.some((l) => l.startsWith("d3-scale@"))).toBe(true);
    // the bundled libraries' licence notices travel with the script
    expect(script).toMatch(/^\/\*! newsparse report\. Bundled libraries and their licences:/);
    expect(script).toContain("Mike Bostock");
  });

  it("the data block round-trips and no text in it can close the block or open markup (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ unit: "binary" }), fc.constantFrom("</script>", "<!--", "</SCRIPT ", "\u2028", "]]>", "<script>")), { maxLength: 12 }), (strings) => {
        const json = jsonForScript({ strings });
        const parsed = JSON.parse(json) as { strings: string[] };
        return !/[<>\u2028\u2029]/.test(json) && parsed.strings.length === strings.length && parsed.strings.every((x, i) => x === strings[i]);
      }),
      { numRuns: 100 },
    );
  });
});

describe("diagnostics summary", () => {
  it("groups messages by rule and severity with counts, most severe first", () => {
    const messages = [
      ...Array.from({ length: 40 }, (_, i) => ({ severity: "info" as const, ruleId: "spelling-variant", reason: `variant ${i}`, docId: `d${i % 3}` })),
      ...Array.from({ length: 3 }, () => ({ severity: "warning" as const, ruleId: "unterminated-quote", reason: "no closing mark" })),
      { severity: "error" as const, ruleId: "bad-date", reason: "2024-13-45", docId: "d1" },
    ];
    expect(summariseMessages(messages)).toEqual([
      { ruleId: "bad-date", severity: "error", count: 1, docs: 1, example: "2024-13-45" },
      { ruleId: "unterminated-quote", severity: "warning", count: 3, docs: 0, example: "no closing mark" },
      { ruleId: "spelling-variant", severity: "info", count: 40, docs: 3, example: "variant 0" },
    ]);
    const markdown = renderMarkdown({ ...analysis, messages });
    const section = markdown.slice(markdown.indexOf("## Diagnostics"));
    expect(section).toContain("| severity | rule | messages | documents | example |");
    expect(section).toMatch(/^\| info \| `spelling-variant` \| 40 \| 3 \| variant 0 \|$/m);
    expect(section.split("\n").filter((l) => l.startsWith("|"))).toHaveLength(2 + 3);
  });
});

it("the client script builds DOM through text nodes only (no innerHTML, outerHTML, insertAdjacentHTML, document.write, eval)", () => {
  const dir = join(root, "examples/src/report/client");
  for (const file of ["main.ts", "dom.ts", "document-pane.ts", "sections.ts", "timeline-chart.ts"]) {
    const source = readFileSync(join(dir, file), "utf8");
    expect(source, file).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function/);
  }
});
