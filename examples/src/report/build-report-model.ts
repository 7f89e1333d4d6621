import type { CorpusAnalysis } from "../corpus-analysis.js";
import { summariseMessages } from "../summarise-messages.js";
import {
  encodeMarks,
  type MarkKind,
  type ReportConflict,
  type ReportDoc,
  type ReportEntity,
  type ReportMark,
  type ReportModel,
  type ReportQuote,
  type ReportSpan,
  type ReportTimelineEntry,
} from "./report-model.js";

const COURTESY_TITLES = new Set(["Mr.", "Mrs.", "Ms.", "Miss", "Mr", "Mrs", "Ms", "Mx.", "Mx"]);
const ENTITY_ORDER = ["PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"];

type Loose = Record<string, unknown>;
const loose = (value: unknown): Loose => (typeof value === "object" && value !== null ? (value as Loose) : {});
const str = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);
const num = (value: unknown): number | null => (typeof value === "number" && Number.isFinite(value) ? value : null);

/**
 * Build the data of an HTML report from an analysis. Reads fields that other
 * versions of the analysis may or may not carry (a conflict's `kind`, an
 * inferred date, `referenceDates`, a readable date label) defensively: each is
 * shown when present and never required.
 *
 * Spans that do not fit their document's text are left out of the marks and
 * counted in a `report-invalid-span` diagnostic group, never silently.
 *
 * @param analysis - A `CorpusAnalysis` (as produced by `analyzeCorpus` or read from JSON).
 * @returns The report model.
 */
export function buildReportModel(analysis: CorpusAnalysis): ReportModel {
  const docIndex = new Map<string, number>();
  analysis.documents.forEach((d, i) => docIndex.set(d.id, i));
  const marks: ReportMark[][] = analysis.documents.map(() => []);
  let invalid = 0;
  let invalidExample = "";
  /** A checked span, or null (counted) when it does not fit the document. */
  const span = (docId: unknown, start: unknown, end: unknown, what: string): ReportSpan | null => {
    const d = typeof docId === "string" ? docIndex.get(docId) : undefined;
    const s = num(start);
    const e = num(end);
    if (d === undefined || s === null || e === null || s < 0 || e < s || e > analysis.documents[d]!.text.length) {
      invalid++;
      invalidExample ||= `${what}: ${String(docId)} [${String(start)}, ${String(end)})`;
      return null;
    }
    return [d, s, e];
  };
  const mark = (where: ReportSpan | null, kind: MarkKind, ref: number, note = "") => {
    if (where && where[2] > where[1]) marks[where[0]]!.push(note ? [where[1], where[2], kind, ref, note] : [where[1], where[2], kind, ref]);
  };

  const dates = documentDates(analysis);
  for (const d of analysis.documents) {
    for (const x of d.excluded) mark(span(d.id, x.start, x.end, "excluded range"), "b", -1, `boilerplate: ${x.reason || x.ruleId}`);
  }

  const entities = entityList(analysis, span, mark);
  const quotes: ReportQuote[] = [];
  let quantities = 0;
  for (const c of analysis.claims) {
    const where = span(c.docId, c.start, c.end, `claim ${c.id}`);
    if (!where) continue;
    if (c.kind === "quantity") {
      quantities++;
      mark(where, "n", -1, quantityNote(c.quantity));
      continue;
    }
    const index = quotes.length;
    const speaker = c.speaker;
    const speakerSpan = speaker && speaker.start !== undefined ? span(c.docId, speaker.start, speaker.end, `speaker of ${c.id}`) : null;
    quotes.push({
      id: c.id,
      kind: c.kind,
      span: where,
      speaker: speaker?.text ?? null,
      anonymous: speaker?.anonymous ?? false,
      speakerSpan,
    });
    mark(where, "q", index);
    mark(speakerSpan, "s", index);
    if (speaker?.mention) mark(span(c.docId, speaker.mention.start, speaker.mention.end, `speaker mention of ${c.id}`), "s", index);
  }
  for (const x of analysis.timexes) mark(span(x.docId, x.start, x.end, `timex ${x.text}`), "d", -1, `date ${x.value}`);

  const timeline: ReportTimelineEntry[] = analysis.timeline.map((t) => {
    const raw = loose(t);
    const date = loose(t.date);
    const sources = t.sources.map((s) => span(s.docId, s.start, s.end, `timeline ${t.id} source`)).filter((s): s is ReportSpan => s !== null);
    for (const s of sources) mark(s, "a", -1);
    const flags = [...(t.flags ?? [])];
    const inferred = raw.inferred === true || date.inferred === true || flags.some((f) => f.includes("inferred"));
    // the entry's own earliest/latest (inferred dates) or any interval the analysis gives widen the drawn range
    const [start, end] = widest(t.date.start, t.date.end, raw, date, loose(raw.interval), loose(raw.uncertainty), loose(raw.range));
    return {
      id: t.id,
      value: t.date.value,
      label: str(date.label) ?? str(date.readable) ?? str(raw.dateLabel) ?? str(raw.readableDate) ?? t.date.value,
      start,
      end,
      granularity: t.date.granularity,
      inferred,
      title: t.title,
      sources,
      flags,
      alternativeDates: t.alternativeDates ?? [],
    };
  });

  const conflicts: ReportConflict[] = analysis.conflicts.map((c) => ({
    id: c.id,
    kind: str(loose(c).kind),
    about: c.about,
    evidence: c.evidence
      .map((e) => span(e.docId, e.start, e.end, `conflict ${c.id} evidence`))
      .filter((s): s is ReportSpan => s !== null)
      .map((s) => {
        mark(s, "a", -1);
        return { span: s, sentence: sentenceAround(analysis.documents[s[0]]!, s[1], s[2]) };
      }),
  }));

  const docs: ReportDoc[] = analysis.documents.map((d, i) => {
    const list = marks[i]!.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    const count = (kind: MarkKind) => list.reduce((n, m) => n + (m[2] === kind ? 1 : 0), 0);
    const packed = encodeMarks(list);
    const date = dates.get(d.id);
    const url = str(d.url);
    return {
      id: d.id,
      title: str(d.title),
      outlet: str(d.outlet) ?? str(d.source) ?? d.id,
      date: date?.value ?? null,
      dateInferred: date?.inferred ?? false,
      dateNote: date?.note ?? null,
      url: url && /^https?:\/\//i.test(url) ? url : null,
      duplicateOf: d.duplicateOf ? `${d.duplicateOf.kind} duplicate of ${d.duplicateOf.id} (similarity ${d.duplicateOf.similarity.toFixed(2)})` : null,
      text: d.text,
      lines: Math.max(3, Math.ceil(d.text.length / 90) + (d.text.match(/\n/g)?.length ?? 0) / 2),
      marks: packed.marks,
      notes: packed.notes,
      counts: {
        paragraphs: d.paragraphs.length,
        sentences: d.sentences.length,
        mentions: count("e"),
        quotes: count("q"),
        quantities: count("n"),
        dates: count("d"),
        excluded: d.excluded.length,
      },
    };
  });

  const messages = summariseMessages(analysis.messages);
  if (invalid > 0) messages.unshift({ ruleId: "report-invalid-span", severity: "warning", count: invalid, docs: 0, example: `span outside its document, not highlighted (first: ${invalidExample})` });
  return {
    generator: analysis.generator ? `${analysis.generator.name} ${analysis.generator.version}` : "newsparse",
    docs,
    entities,
    quotes,
    timeline: timeline.sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end)),
    conflicts,
    messages,
    counts: { quantities, messages: analysis.messages.length },
  };
}

function entityList(
  analysis: CorpusAnalysis,
  span: (docId: unknown, start: unknown, end: unknown, what: string) => ReportSpan | null,
  mark: (where: ReportSpan | null, kind: MarkKind, ref: number, note?: string) => void,
): ReportEntity[] {
  const rank = (type: string) => {
    const i = ENTITY_ORDER.indexOf(type);
    return i < 0 ? ENTITY_ORDER.length : i;
  };
  const sorted = [...analysis.entities].sort((a, b) => rank(a.type) - rank(b.type) || b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
  return sorted.map((e, index) => {
    let count = 0;
    const perDoc = new Map<number, number>();
    for (const m of e.mentions) {
      const where = span(m.docId, m.start, m.end, `mention of ${e.id}`);
      if (!where) continue;
      count++;
      perDoc.set(where[0], (perDoc.get(where[0]) ?? 0) + 1);
      mark(where, "e", index);
    }
    const variantForms = new Set(e.aliases.filter((a) => a.spellingVariant).map((a) => a.text));
    return {
      id: e.id,
      name: e.name,
      type: e.type,
      aliases: e.aliases.filter((a) => a.text !== e.name).map((a) => ({ text: a.text, variant: variantForms.has(a.text), docs: new Set(a.docIds).size })),
      roles: [...new Set(e.roles.map((r) => r.text).filter((r) => !COURTESY_TITLES.has(r)))],
      count,
      docs: [...perDoc].sort((a, b) => a[0] - b[0]),
    };
  });
}

interface DocDate {
  value: string | null;
  inferred: boolean;
  note: string | null;
}

/**
 * Each document's date: `publishedAt` as given, else an inferred reference
 * date when the analysis carries one (`referenceDates`, a document-level
 * `inferred` flag, or an `inferred-reference-date` message).
 */
function documentDates(analysis: CorpusAnalysis): Map<string, DocDate> {
  const out = new Map<string, DocDate>();
  const references = Array.isArray(loose(analysis).referenceDates) ? (loose(analysis).referenceDates as unknown[]) : [];
  const byDoc = new Map(references.map((r) => [str(loose(r).docId) ?? "", loose(r)]));
  const inferredMessages = new Map<string, string>();
  for (const m of analysis.messages) if (m.docId && /inferred/.test(m.ruleId)) inferredMessages.set(m.docId, m.reason);
  for (const d of analysis.documents) {
    const raw = loose(d);
    const reference = byDoc.get(d.id);
    const flagged = raw.publishedAtInferred === true || raw.dateInferred === true || loose(raw.meta).publishedAtInferred === true;
    if (d.publishedAt && !flagged && reference?.inferred !== true) {
      out.set(d.id, { value: d.publishedAt, inferred: false, note: null });
      continue;
    }
    const value = d.publishedAt ?? str(reference?.value) ?? null;
    const uncertainty = num(reference?.uncertaintyDays);
    const evidence = Array.isArray(reference?.evidence) ? (reference.evidence as unknown[]).filter((x): x is string => typeof x === "string") : [];
    const notes = [uncertainty ? `± ${uncertainty} days` : "", evidence.join("; "), inferredMessages.get(d.id) ?? ""].filter(Boolean);
    out.set(d.id, { value, inferred: value !== null && (flagged || reference?.inferred === true || inferredMessages.has(d.id)), note: notes.join(" · ") || null });
  }
  return out;
}

/**
 * The widest ISO interval among a date's own and any uncertainty interval the
 * analysis gives: `start`/`earliest`/`from` (inclusive), `end` (exclusive),
 * `latest`/`to` (inclusive days, so the day after is the exclusive end).
 */
function widest(start: string, end: string, ...candidates: Loose[]): [string, string] {
  let s = start;
  let e = end;
  for (const c of candidates) {
    for (const key of ["start", "earliest", "from"]) {
      const v = str(c[key]);
      if (v && v < s) s = v;
    }
    for (const key of ["end", "latest", "to"]) {
      let v = str(c[key]);
      if (v && key !== "end" && /^\d{4}-\d{2}-\d{2}$/.test(v)) v = new Date(Date.parse(`${v}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      if (v && v > e) e = v;
    }
  }
  return [s, e];
}

/** The sentence (else paragraph, else ±120 characters) around a span. */
function sentenceAround(doc: CorpusAnalysis["documents"][number], start: number, end: number): [number, number] {
  for (const list of [doc.sentences, doc.paragraphs]) {
    const hit = list.find((s) => s.start <= start && end <= s.end);
    if (hit) return [hit.start, hit.end];
  }
  return [Math.max(0, start - 120), Math.min(doc.text.length, end + 120)];
}

function quantityNote(q: CorpusAnalysis["claims"][number]["quantity"]): string {
  if (!q) return "quantity";
  const value = q.value !== undefined ? String(q.value) : `${q.min ?? "…"}–${q.max ?? "…"}`;
  return [`quantity ${q.relation} ${value}`, q.unit, q.subject ? `(${q.subject})` : ""].filter(Boolean).join(" ");
}
