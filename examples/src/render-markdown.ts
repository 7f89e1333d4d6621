import { formatTimelineDate, timexInterval } from "@newsparse/timeline";
import type { CorpusAnalysis } from "./corpus-analysis.js";
import { markdownCode, markdownText } from "./output/markdown-escape.js";
import { summariseMessages } from "./summarise-messages.js";

/** A fixed locale: the order of names must not change with the machine's locale (sv_SE sorts "Ö" after "Z"). */
const NAME_ORDER = new Intl.Collator("en");
const COURTESY_TITLES = new Set(["Mr.", "Mrs.", "Ms.", "Miss", "Mr", "Mrs", "Ms", "Mx.", "Mx"]);

/** Options of {@link renderMarkdown}. */
export interface RenderMarkdownOptions {
  /** How many non-person entities to list (default 15; every person is listed). */
  topEntities?: number;
  /** How many characters of a quote to show before eliding (default 220). */
  maxQuoteLength?: number;
}

/**
 * Render a {@link CorpusAnalysis} as a readable Markdown summary: documents,
 * top entities, quotes with speakers, disagreements, the dated timeline and
 * the diagnostics.
 *
 * @param analysis - The analysis to render.
 * @param options - Rendering limits.
 * @returns Markdown text.
 */
export function renderMarkdown(analysis: CorpusAnalysis, options: RenderMarkdownOptions = {}): string {
  return renderMarkdownLines(analysis, options).join("\n");
}

/**
 * The lines of {@link renderMarkdown}, for writing a summary too large for
 * one string (a huge corpus) line by line.
 *
 * @param analysis - The analysis to render.
 * @param options - Rendering limits.
 * @returns Markdown lines (without line ends).
 */
export function renderMarkdownLines(analysis: CorpusAnalysis, options: RenderMarkdownOptions = {}): string[] {
  const top = options.topEntities ?? 15;
  const maxQuote = options.maxQuoteLength ?? 220;
  const elide = (text: string) => (text.length > maxQuote ? `${text.slice(0, maxQuote)}…` : text);
  const docs = new Map(analysis.documents.map((d) => [d.id, d]));
  const label = (docId: string) => {
    const d = docs.get(docId);
    return cell(d ? `${d.outlet ?? d.source ?? d.id}${d.publishedAt ? `, ${d.publishedAt}` : ""}` : docId);
  };
  const out: string[] = [];
  out.push(`# newsparse analysis`, "");
  out.push(
    `${analysis.documents.length} documents · ${analysis.entities.length} entities · ` +
      `${analysis.claims.filter((c) => c.kind !== "quantity").length} quotes and reports · ` +
      `${analysis.claims.filter((c) => c.kind === "quantity").length} quantities · ` +
      `${analysis.conflicts.length} disagreements · ${analysis.timeline.length} timeline entries`,
    "",
  );

  out.push("## Documents", "", "| # | id | title | outlet | published | paragraphs | sentences | excluded |", "|---|---|---|---|---|---|---|---|");
  for (const d of analysis.documents) {
    out.push(
      `| ${d.seq ?? ""} | ${markdownCode(d.id)} | ${cell(d.title ?? "—")} | ${cell(d.outlet ?? "—")} | ${cell(d.publishedAt ?? "—")} | ${d.paragraphs.length} | ${d.sentences.length} | ${d.excluded.length} |`,
    );
  }
  out.push("");

  const byMentions = [...analysis.entities].sort((a, b) => b.mentions.length - a.mentions.length || NAME_ORDER.compare(a.name, b.name));
  const entityTable = (title: string, list: typeof byMentions, empty: string) => {
    out.push(`## ${title}`, "");
    if (list.length === 0) out.push(empty);
    else {
      out.push("| entity | type | mentions | documents | also written | roles |", "|---|---|---|---|---|---|");
      for (const e of list) {
        const docCount = new Set(e.mentions.map((m) => m.docId)).size;
        const aliases = e.aliases.filter((a) => a.text !== e.name).map((a) => (a.spellingVariant ? `${a.text} (variant)` : a.text));
        // courtesy titles ("Mr.", "Ms.") stay in the JSON but say nothing about a role
        const roles = [...new Set(e.roles.map((r) => r.text).filter((r) => !COURTESY_TITLES.has(r)))];
        out.push(`| ${cell(e.name)} | ${e.type} | ${e.mentions.length} | ${docCount} | ${cell(aliases.join(", ") || "—")} | ${cell(roles.join("; ") || "—")} |`);
      }
    }
    out.push("");
  };
  entityTable("People", byMentions.filter((e) => e.type === "PERSON"), "_No people found._");
  entityTable("Top entities", byMentions.filter((e) => e.type !== "PERSON").slice(0, top), "_No other entities found._");

  const quotes = analysis.claims.filter((c) => c.kind === "quote");
  out.push("## Quotes", "");
  if (quotes.length === 0) out.push("_No direct quotes found._");
  for (const q of quotes) {
    const text = elide(q.text);
    const who = q.speaker ? `${cell(q.speaker.text)}${q.speaker.anonymous ? " (anonymous)" : ""}` : "unattributed";
    out.push(`- ${cell(text)}  \n  — **${who}** · ${label(q.docId)}`);
  }
  out.push("");

  out.push("## Disagreements between sources", "");
  if (analysis.conflicts.length === 0) out.push("_No disagreements found._");
  for (const c of analysis.conflicts) {
    out.push(`- **${cell(c.about)}** _(kind: ${c.kind})_`);
    for (const e of c.evidence) {
      const d = docs.get(e.docId);
      const snippet = d ? d.text.slice(e.start, e.end).replace(/\s+/g, " ") : "";
      out.push(`  - ${label(e.docId)}: “${cell(elide(snippet))}”`);
    }
  }
  out.push("");

  const agreeing = (analysis.claimGroups ?? []).filter((g) => g.status === "agreeing" && g.docIds.length > 1);
  out.push("## Figures the sources agree on", "");
  if (agreeing.length === 0) out.push("_No figure is reported by more than one source._");
  for (const g of agreeing) {
    const where = g.evidence.map((e) => `“${cell(e.text)}” (${label(e.docId)})`);
    out.push(`- **${cell(g.topic)}**: ${where.join("; ")}`);
  }
  out.push("");

  out.push("## Timeline", "");
  if (analysis.timeline.length === 0) out.push("_No dated events found._");
  else {
    const timexesByDoc = new Map<string, CorpusAnalysis["timexes"]>();
    for (const x of analysis.timexes) {
      const list = timexesByDoc.get(x.docId);
      if (list) list.push(x);
      else timexesByDoc.set(x.docId, [x]);
    }
    out.push("| date | as written | what happened | sources |", "|---|---|---|---|");
    for (const t of analysis.timeline) {
      const sources = [...new Set(t.sources.map((s) => docs.get(s.docId)?.outlet ?? s.docId))];
      out.push(`| ${cell(formatTimelineDate(t.date, { inferred: t.inferred === true }))} | ${cell(writtenAs(t, timexesByDoc).join("; "))} | ${cell(t.title)} | ${cell(sources.join("; "))} |`);
    }
  }
  out.push("");

  out.push("## Diagnostics", "");
  if (analysis.messages.length === 0) out.push("_No messages._");
  else {
    const bySeverity = new Map<string, number>();
    for (const m of analysis.messages) bySeverity.set(m.severity, (bySeverity.get(m.severity) ?? 0) + 1);
    out.push([...bySeverity].map(([s, n]) => `${n} ${s}`).join(" · "), "");
    out.push("| severity | rule | messages | documents | example |", "|---|---|---:|---:|---|");
    for (const g of summariseMessages(analysis.messages)) {
      out.push(`| ${cell(g.severity)} | ${markdownCode(g.ruleId)} | ${g.count} | ${g.docs} | ${cell(g.example)} |`);
    }
  }
  out.push("");
  return out;
}

/** Every corpus-derived text goes through here: ids, file names, titles and article text may hold Markdown or HTML. */
const cell = markdownText;

/**
 * The temporal expressions, as written in an entry's source sentences, that
 * date it (up to three, distinct): those with exactly the entry's value, else
 * those whose interval overlaps the entry's date. "Last week" and "Thursday"
 * thus tell apart two entries drawn from one sentence.
 */
function writtenAs(entry: CorpusAnalysis["timeline"][number], timexesByDoc: Map<string, CorpusAnalysis["timexes"]>): string[] {
  const exact = new Set<string>();
  const overlapping = new Set<string>();
  for (const s of entry.sources) {
    for (const x of timexesByDoc.get(s.docId) ?? []) {
      if (x.start < s.start || x.end > s.end) continue;
      const text = x.text.replace(/\s+/g, " ");
      if (x.value === entry.date.value) exact.add(text);
      else {
        const iv = timexInterval(x.value);
        if (iv && iv.start < entry.date.end && entry.date.start < iv.end) overlapping.add(text);
      }
    }
  }
  return [...(exact.size > 0 ? exact : overlapping)].slice(0, 3);
}
