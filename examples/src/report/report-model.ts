/**
 * The data an HTML report carries: a compact, render-ready view of a
 * `CorpusAnalysis`, built on the server by `buildReportModel` and read in the
 * browser by the report's script. Every span is `[docIndex, start, end]`
 * in UTF-16 code units of `docs[docIndex].text`.
 *
 * Plain interfaces (no zod schema), so no validation code is shipped into the
 * page; the two mark-packing functions are shared by both sides.
 */

/** A span in a document of the report: `[docIndex, start, end]`. */
export type ReportSpan = [doc: number, start: number, end: number];

/**
 * What a highlighted range of a document's text is, in one letter (the page
 * carries one mark per mention, so they are kept short): `e` entity, `q`
 * quote or reported speech, `s` speaker, `n` quantity (number), `d` date,
 * `b` boilerplate, `a` anchor (a sentence something points at; not drawn).
 */
export type MarkKind = "e" | "q" | "s" | "n" | "d" | "b" | "a";

/**
 * One highlighted range in a document's text: `[start, end, kind, ref, note?]`.
 * `ref` indexes `entities` (e) or `quotes` (q, s), else -1; `note`, when
 * present, is shown on hover (boilerplate reason, normalised date or quantity).
 */
export type ReportMark = [start: number, end: number, kind: MarkKind, ref: number, note?: string];

/** A document: metadata, text and its marks. */
export interface ReportDoc {
  /** Document id. */
  id: string;
  /** Headline, or null. */
  title: string | null;
  /** Outlet, else source file, else id. */
  outlet: string;
  /** Publication date as given or inferred, or null. */
  date: string | null;
  /** True when the date was inferred rather than given in metadata. */
  dateInferred: boolean;
  /** Why or how the date was inferred, when known. */
  dateNote: string | null;
  /** The article URL when it is http(s); anything else is dropped. */
  url: string | null;
  /** Duplicate flag, as a sentence, or null. */
  duplicateOf: string | null;
  /**
   * The original text, unchanged. In the page each text travels in its own
   * JSON block and is parsed the first time it is read.
   */
  text: string;
  /** Rough number of display lines (for placeholder heights before the text is read). */
  lines: number;
  /**
   * Marks sorted by start, then longer first, packed four numbers each:
   * start (as the difference from the previous mark's start), length,
   * kind (index into {@link MARK_KINDS}) and ref. Read with {@link decodeMarks}.
   */
  marks: number[];
  /** Hover notes of marks, by mark index. */
  notes: Record<number, string>;
  /** Counts shown in the corpus table. */
  counts: { paragraphs: number; sentences: number; mentions: number; quotes: number; quantities: number; dates: number; excluded: number };
}

/** A surface form of an entity. */
export interface ReportAlias {
  /** The form as written. */
  text: string;
  /** True when the form is a spelling variant of the name. */
  variant: boolean;
  /** How many documents use it. */
  docs: number;
}

/** A person, organisation or other named entity. */
export interface ReportEntity {
  /** Entity id. */
  id: string;
  /** Canonical name. */
  name: string;
  /** OntoNotes type. */
  type: string;
  /** Other forms (the canonical name left out). */
  aliases: ReportAlias[];
  /** Distinct roles and titles (courtesy titles left out). */
  roles: string[];
  /** How many mentions (their places are the document marks of kind `e` with this entity's index). */
  count: number;
  /** Documents it appears in, with mention counts: `[docIndex, count]`. */
  docs: [doc: number, count: number][];
}

/** A direct quote or reported speech. */
export interface ReportQuote {
  /** Claim id. */
  id: string;
  /** `quote` or `reported`. */
  kind: string;
  /** Where the quote is. */
  span: ReportSpan;
  /** The speaker as written or resolved, or null when unattributed. */
  speaker: string | null;
  /** True for an anonymous source. */
  anonymous: boolean;
  /** Where the speaker is written, when known. */
  speakerSpan: ReportSpan | null;
}

/** One entry of the merged timeline. */
export interface ReportTimelineEntry {
  /** Entry id. */
  id: string;
  /** The TIMEX3 value. */
  value: string;
  /** Readable date, when the analysis gives one, else the value. */
  label: string;
  /** Start of the date's interval (ISO, inclusive). */
  start: string;
  /** End of the date's interval (ISO, exclusive). */
  end: string;
  /** Granularity of the date (`day`, `month`, `year`, …). */
  granularity: string;
  /** True when the date was inferred (from an inferred reference date or a guess). */
  inferred: boolean;
  /** What happened. */
  title: string;
  /** Sentences that report it. */
  sources: ReportSpan[];
  /** Flags (`date-disagreement`, …) and other dates given for it. */
  flags: string[];
  /** Other dates sources give for the same event. */
  alternativeDates: string[];
}

/** One side of a disagreement: a source's sentence with the differing part. */
export interface ReportEvidence {
  /** The differing figure or title. */
  span: ReportSpan;
  /** The sentence around it (`[start, end]` in the same document). */
  sentence: [start: number, end: number];
}

/** A disagreement between sources. */
export interface ReportConflict {
  /** Conflict id. */
  id: string;
  /** Kind (`value`, `revision`, `title`, `date`, `quantity`, `attribute`, …) or null. */
  kind: string | null;
  /** A readable sentence saying what disagrees. */
  about: string;
  /** Each source's evidence. */
  evidence: ReportEvidence[];
}

/** Diagnostics summarised by rule. */
export interface ReportMessageGroup {
  /** Rule id. */
  ruleId: string;
  /** Severity. */
  severity: string;
  /** How many messages. */
  count: number;
  /** How many documents they concern. */
  docs: number;
  /** One example reason. */
  example: string;
}

/** Everything the report page shows. */
export interface ReportModel {
  /** Generator name and version. */
  generator: string;
  /** Documents, in corpus order. */
  docs: ReportDoc[];
  /** Entities, most mentioned first. */
  entities: ReportEntity[];
  /** Quotes and reported speech. */
  quotes: ReportQuote[];
  /** The merged timeline, by date. */
  timeline: ReportTimelineEntry[];
  /** Disagreements between sources. */
  conflicts: ReportConflict[];
  /** Diagnostics by rule, most frequent first. */
  messages: ReportMessageGroup[];
  /** Totals. */
  counts: { quantities: number; messages: number };
}

/** Mark kinds in the order of their packed codes. */
export const MARK_KINDS: readonly MarkKind[] = ["e", "q", "s", "n", "d", "b", "a"];

/**
 * Pack sorted marks for a {@link ReportDoc} (about half the size of tuples in JSON).
 *
 * @param marks - Marks sorted by start.
 * @returns The packed numbers and the notes by mark index.
 */
export function encodeMarks(marks: readonly ReportMark[]): { marks: number[]; notes: Record<number, string> } {
  const out: number[] = [];
  const notes: Record<number, string> = {};
  let previous = 0;
  marks.forEach((m, i) => {
    out.push(m[0] - previous, m[1] - m[0], MARK_KINDS.indexOf(m[2]), m[3]);
    previous = m[0];
    if (m[4]) notes[i] = m[4];
  });
  return { marks: out, notes };
}

/**
 * Unpack a document's marks.
 *
 * @param doc - A report document.
 * @returns Its marks as tuples, sorted by start.
 */
export function decodeMarks(doc: Pick<ReportDoc, "marks" | "notes">): ReportMark[] {
  const out: ReportMark[] = [];
  let start = 0;
  for (let i = 0, k = 0; i + 3 < doc.marks.length; i += 4, k++) {
    start += doc.marks[i]!;
    const note = doc.notes[k];
    const mark: ReportMark = [start, start + doc.marks[i + 1]!, MARK_KINDS[doc.marks[i + 2]!] ?? "a", doc.marks[i + 3]!];
    if (note) mark.push(note);
    out.push(mark);
  }
  return out;
}
