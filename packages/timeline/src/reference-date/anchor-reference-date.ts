import { excludedIndexOf, type Document } from "@newsparse/corpus-loader";
import type { TimelineDate, Timex } from "../schema.js";
import { type CalendarDay, daysInMonth, formatDay, fromDayNumber, isoWeekday, toCalendarDay, toDayNumber } from "../dates/calendar.js";
import { contentWords, extractEventMentions } from "../events/extract-events.js";
import { DEFAULT_EVENT_LEXICON, eventClassOf, type EventLexicon, WEAK_CLASSES } from "../events/event-lexicon.js";
import type { InferredReferenceDate } from "./infer-reference-date.js";
import { type ClauseTense, clauseTense } from "../tagging/tense.js";
import type { TemporalTagger } from "../tagging/temporal-tagger.js";
import { timeWords, genericWords } from "../lexicon/anchors.js";
import { WEEKDAYS } from "../parsers/rule-kit.js";
import { partOfDayWords } from "../lexicon/calendar-words.js";
import { wordAlternation } from "@newsparse/corpus-loader";

/** Kind of relative expression that can pin a publication date once its event is dated elsewhere. */
export type ReferenceCueKind = "weekday" | "last-week" | "this-week" | "last-month" | "coming-days";

/**
 * A relative temporal expression of an undated document ("Wednesday",
 * "last week", "last month", "in the coming days") with the sentence around
 * it: once the same event is dated in another document, the cue constrains
 * the publication date.
 */
export interface ReferenceCue {
  /** What the expression says relative to the publication date. */
  kind: ReferenceCueKind;
  /** ISO weekday (Monday = 1 … Sunday = 7) of a `weekday` cue, else null. */
  weekday: number | null;
  /** Tense of the clause (past reporting, or a future plan). */
  tense: ClauseTense;
  /** The temporal expression (tagged without a reference date). */
  timex: Timex;
  /** Sentence start (UTF-16 offset). */
  start: number;
  /** Sentence end (UTF-16 offset, exclusive). */
  end: number;
  /** Content words of the sentence, lower case, without time words. */
  words: string[];
  /** Event-lexicon classes present in the sentence. */
  classes: string[];
  /** Class of the event word nearest to the expression (the event it dates), or null. */
  trigger: string | null;
}

/** An event with a calendar date in a document whose reference date is known (or strongly inferred). */
export interface AnchorEvent {
  /** Document that dates the event. */
  docId: string;
  /** The event's date interval. */
  date: TimelineDate;
  /** The dating expression as written. */
  timexText: string;
  /** True when the source reports the event as still ahead (a plan can slip). */
  planned: boolean;
  /** Content words of the sentence, lower case, without time words. */
  words: ReadonlySet<string>;
  /** Event-lexicon classes present in the sentence. */
  classes: string[];
  /** Class of the event word the date anchors (see {@link extractEventMentions}). */
  trigger: string;
  /** A short excerpt of the sentence, for evidence strings. */
  excerpt: string;
}

/** Anchor events with a word index, see {@link createAnchorIndex}. */
export interface AnchorIndex {
  /** The anchor events, in insertion order. */
  readonly events: readonly AnchorEvent[];
  /** Content word → positions in `events` of the events whose sentence has it. */
  readonly postings: ReadonlyMap<string, readonly number[]>;
}

/** Options of {@link referenceCues} and {@link collectAnchorEvents}. */
export interface AnchorOptions {
  /** Event trigger lexicon (word → class); defaults to {@link DEFAULT_EVENT_LEXICON}. */
  lexicon?: EventLexicon | undefined;
}

// weekday names, then the rest of the list
const TIME_WORDS = new Set([...Object.keys(WEEKDAYS), ...timeWords]);
/** Classes too generic to tie two sentences to one event. */
const GENERIC = new Set(genericWords);
/** Anchor events an index keeps. */
const MAX_ANCHORS = 50_000;
/** Anchor events listed per word (the first ones). */
const MAX_POSTINGS = 200;
/** Anchor events a cue is compared with (drawn from its rarest words first). */
const MAX_CANDIDATES = 300;
const MAX_MATCHES_PER_DOC = 60;
const MAX_CUES = 200;
/** Days a planned event reported as past may have slipped. */
const PLAN_SLIP = 14;
/** Candidate days examined on either side of the base estimate. */
const SEARCH_DAYS = 120;

function sentenceAround(doc: Document, start: number, end: number): { start: number; end: number } {
  // binary search over sentences (in text order, as corpus-loader produces them)
  const sentences = doc.sentences;
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const s = sentences[mid] as { start: number; end: number };
    if (s.end <= start) low = mid + 1;
    else if (s.start > start) high = mid - 1;
    else {
      if (s.end >= end) return { start: s.start, end: s.end };
      break;
    }
  }
  const text = doc.text;
  const lineStart = start === 0 ? 0 : text.lastIndexOf("\n", start - 1) + 1;
  const nl = text.indexOf("\n", end);
  return { start: lineStart, end: nl < 0 ? text.length : nl };
}

/** Content word without a possessive ("niger’s" → "niger"). */
function normalise(w: string): string {
  return w.endsWith("’s") || w.endsWith("'s") ? w.slice(0, -2) : w;
}

function sentenceWords(text: string, start: number, end: number, lexicon: EventLexicon): { words: string[]; classes: string[] } {
  const words = [...new Set(contentWords(text, start, end).map(normalise).filter((w) => !TIME_WORDS.has(w)))];
  const classes = new Set<string>();
  for (const w of contentWords(text, start, end)) {
    const cls = eventClassOf(lexicon, w);
    if (cls) classes.add(cls);
  }
  return { words, classes: [...classes].sort() };
}

const TRIGGER_WINDOW = 200;

/**
 * Class of the lexicon word nearest to a timex within its sentence (weak
 * classes count four words farther, words after the timex half a word
 * farther, reporting verbs not at all), close to the trigger choice of
 * {@link extractEventMentions}.
 */
function nearestClass(text: string, sentence: { start: number; end: number }, t: Timex, lexicon: EventLexicon): string | null {
  const from = Math.max(sentence.start, t.start - TRIGGER_WINDOW);
  const to = Math.min(sentence.end, t.end + TRIGGER_WINDOW);
  const before: string[] = [];
  const after: string[] = [];
  const re = /[A-Za-z][A-Za-z’'-]*/g; // unbounded: the checker proves this linear (a bounded {0,40} it could only fuzz)
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    if (m.index >= t.start && m.index < t.end) continue;
    (m.index < t.start ? before : after).push(m[0].toLowerCase());
  }
  let best: string | null = null;
  let bestScore = Infinity;
  const consider = (w: string, distance: number) => {
    const cls = eventClassOf(lexicon, w);
    if (!cls || GENERIC.has(cls)) return;
    const score = distance + (WEAK_CLASSES.has(cls) ? 4 : 0);
    if (score < bestScore) {
      bestScore = score;
      best = cls;
    }
  };
  before.forEach((w, i) => consider(w, before.length - i));
  after.forEach((w, i) => consider(w, i + 1.5));
  return best;
}

/** A timex that is only a weekday, with "on" and a part of the day allowed ("on Tuesday morning"). */
const WEEKDAY_CUE = new RegExp(String.raw`^(?:on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: ${wordAlternation(partOfDayWords, { order: "given" })})?$`);

function cueKind(t: Timex): { kind: ReferenceCueKind; weekday: number | null } | null {
  if (t.type !== "DATE" && t.type !== "TIME") return null;
  const text = t.text.toLowerCase().replace(/\s+/g, " ").trim();
  const wm = WEEKDAY_CUE.exec(text);
  if (wm) return { kind: "weekday", weekday: WEEKDAYS[wm[1] ?? ""] ?? null };
  if (/^(?:the )?(?:last|past) week$/.test(text)) return { kind: "last-week", weekday: null };
  if (text === "this week") return { kind: "this-week", weekday: null };
  if (/^(?:the )?(?:last|past) month$/.test(text)) return { kind: "last-month", weekday: null };
  if (/^(?:the )?(?:coming|next few|next several) days$/.test(text)) return { kind: "coming-days", weekday: null };
  return null;
}

/**
 * The relative expressions of a document that another document can date:
 * bare weekdays ("Wednesday", "Sunday afternoon"), "last week", "this week",
 * "last month" and "the coming days", each with its sentence's content words
 * and event classes.
 *
 * @param doc - The document.
 * @param timexes - Its timexes tagged without a reference date.
 * @param options - Lexicon.
 * @returns The cues in text order.
 */
export function referenceCues(doc: Document, timexes: readonly Timex[], options: AnchorOptions = {}): ReferenceCue[] {
  const lexicon = options.lexicon ?? DEFAULT_EVENT_LEXICON;
  const out: ReferenceCue[] = [];
  const excluded = excludedIndexOf(doc);
  for (const t of timexes) {
    if (out.length >= MAX_CUES) break;
    if (excluded.overlaps(t.start, t.end)) continue;
    const k = cueKind(t);
    if (!k) continue;
    const s = sentenceAround(doc, t.start, t.end);
    const { words, classes } = sentenceWords(doc.text, s.start, s.end, lexicon);
    const trigger = nearestClass(doc.text, s, t, lexicon);
    out.push({ ...k, tense: clauseTense(doc.text, t.start, t.end) ?? "past", timex: t, start: s.start, end: s.end, words, classes, trigger });
  }
  return out;
}

function isAbsolute(t: Timex): boolean {
  return /^(?:\d{4}|XXXX-\d{2})/.test(t.value) || t.rule === "week-of";
}

function excerpt(text: string, start: number, end: number): string {
  const s = text.slice(start, end).replace(/\s+/g, " ").trim();
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}

/**
 * Events dated in a document whose reference date is known: every sentence
 * with a DATE/TIME timex of day, week or month granularity. With
 * `absoluteOnly` (for documents whose own date was inferred), only dates the
 * text states outright ("April 25", "the week of April 29", "in March") are
 * kept, never ones resolved from the inferred date ("Wednesday").
 *
 * @param doc - The document.
 * @param referenceDate - Its reference day.
 * @param tagger - The tagger.
 * @param options - Lexicon; `absoluteOnly` as above; `requireYear` (with `absoluteOnly`) keeps only dates
 *   that state their year ("April 25" is placed in a year by the inferred date, which may be far off);
 *   `untagged`, the text's timexes tagged without a reference date if already at hand.
 *   `tagged`, the text's timexes tagged with `referenceDate` if already at hand.
 * @returns The anchor events.
 */
export function collectAnchorEvents(
  doc: Document,
  referenceDate: CalendarDay,
  tagger: TemporalTagger,
  options: AnchorOptions & { absoluteOnly?: boolean; requireYear?: boolean; untagged?: readonly Timex[]; tagged?: readonly Timex[] } = {},
): AnchorEvent[] {
  const lexicon = options.lexicon ?? DEFAULT_EVENT_LEXICON;
  const ref = formatDay(referenceDate);
  const tagged = options.tagged ?? tagger.tag(doc.text, { referenceDate: ref });
  let absoluteStarts: Set<number> | null = null;
  if (options.absoluteOnly) {
    const keep = options.requireYear ? (t: Timex) => /^\d{4}/.test(t.value) : isAbsolute;
    absoluteStarts = new Set((options.untagged ?? tagger.tag(doc.text, { referenceDate: null })).filter(keep).map((t) => t.start));
  }
  const excluded = excludedIndexOf(doc);
  const kept = tagged.filter((t) => !excluded.overlaps(t.start, t.end) && (!absoluteStarts || absoluteStarts.has(t.start)));
  const out: AnchorEvent[] = [];
  const seen = new Set<string>();
  for (const m of extractEventMentions(doc, kept, { lexicon, referenceDate: ref })) {
    if (!["day", "part-of-day", "time", "week", "month"].includes(m.date.granularity)) continue;
    if (m.trigger.class.startsWith("other:") || GENERIC.has(m.trigger.class)) continue;
    const key = `${m.start}:${m.date.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const { words, classes } = sentenceWords(doc.text, m.start, m.end, lexicon);
    out.push({
      docId: doc.id,
      date: m.date,
      timexText: m.timex.text,
      planned: m.modality === "planned" || m.tense === "future",
      words: new Set(words),
      classes,
      trigger: m.trigger.class,
      excerpt: excerpt(doc.text, m.start, m.end),
    });
  }
  return out;
}

/**
 * Index anchor events by their content words, so that a cue is compared
 * only with events sharing a word with it (each word lists its first 200
 * events; a cue meets at most 300, drawn from its rarest words first):
 * matching stays linear in corpus size.
 *
 * @param events - Anchor events of dated documents.
 * @returns The index (at most 50,000 events, first come first kept).
 */
export function createAnchorIndex(events: readonly AnchorEvent[]): AnchorIndex {
  const kept = events.slice(0, MAX_ANCHORS);
  const postings = new Map<string, number[]>();
  kept.forEach((e, i) => {
    for (const w of e.words) {
      let list = postings.get(w);
      if (!list) postings.set(w, (list = []));
      if (list.length < MAX_POSTINGS) list.push(i);
    }
  });
  return { events: kept, postings };
}

/**
 * Whether a cue's sentence and an anchor's sentence describe the same event:
 * each one's dated event word is of a class present in the other sentence,
 * and they share content words (at least 3 and a tenth of the union, or 8).
 */
function sameEvent(cue: ReferenceCue, anchor: AnchorEvent, shared: number): boolean {
  if (!cue.trigger || !anchor.classes.includes(cue.trigger) || !cue.classes.includes(anchor.trigger)) return false;
  const union = cue.words.length + anchor.words.size - shared;
  return shared >= 8 || (shared >= 3 && shared / union >= 0.1);
}

/**
 * The constraints on a document's publication day from its cues matched
 * against an anchor index (at most 60, distinct intervals).
 *
 * @internal
 */
export function matchAnchors(doc: Document, cues: readonly ReferenceCue[], index: AnchorIndex): AnchorConstraint[] {
  const constraints: AnchorConstraint[] = [];
  const seen = new Set<string>();
  const seenCues = new Set<string>();
  for (const cue of cues) {
    if (!cue.trigger || constraints.length >= MAX_MATCHES_PER_DOC) continue;
    const cueKey = `${cue.kind}|${cue.weekday}|${cue.tense}|${cue.trigger}|${cue.words.join(" ")}`;
    if (seenCues.has(cueKey)) continue;
    seenCues.add(cueKey);
    // candidates from the rarest words first, a bounded number; then exact shared counts
    const words = cue.words.filter((w) => index.postings.has(w));
    words.sort((a, b) => (index.postings.get(a)?.length ?? 0) - (index.postings.get(b)?.length ?? 0) || (a < b ? -1 : a > b ? 1 : 0));
    const candidates = new Set<number>();
    for (const w of words) {
      for (const i of index.postings.get(w) ?? []) {
        if (candidates.size >= MAX_CANDIDATES) break;
        candidates.add(i);
      }
    }
    for (const i of [...candidates].sort((a, b) => a - b)) {
      if (constraints.length >= MAX_MATCHES_PER_DOC) break;
      const anchor = index.events[i] as AnchorEvent;
      if (anchor.docId === doc.id) continue;
      let shared = 0;
      for (const w of cue.words) if (anchor.words.has(w)) shared++;
      if (shared < 3 || !sameEvent(cue, anchor, shared)) continue;
      const c = constraintFor(cue, anchor);
      if (!c) continue;
      const key = `${c.lo}:${c.hi}`;
      if (seen.has(key)) continue;
      seen.add(key);
      constraints.push(c);
    }
  }
  return constraints;
}

/** A day interval the publication day should fall in, with its evidence string. @internal */
export interface AnchorConstraint {
  /** First allowed day (day number). */
  lo: number;
  /** Last allowed day (day number). */
  hi: number;
  /** Evidence string. */
  label: string;
}

function mondayOf(n: number): number {
  return n - (isoWeekday(fromDayNumber(n)) - 1);
}

function sundayOf(n: number): number {
  return n - (isoWeekday(fromDayNumber(n)) % 7);
}

function constraintFor(cue: ReferenceCue, anchor: AnchorEvent): AnchorConstraint | null {
  const start = toCalendarDay(anchor.date.start.slice(0, 10));
  if (!start) return null;
  const e = toDayNumber(start);
  const g = anchor.date.granularity;
  const dayLike = g === "day" || g === "part-of-day" || g === "time";
  const past = cue.tense !== "future";
  const who = `${anchor.excerpt}, per ${anchor.docId}`;
  switch (cue.kind) {
    case "weekday": {
      if (cue.weekday === null) return null;
      let day: number;
      if (dayLike) {
        if (isoWeekday(start) !== cue.weekday) return null;
        day = e;
      } else if (g === "week") day = e + cue.weekday - 1;
      else return null;
      const when = formatDay(fromDayNumber(day));
      const label =
        past && anchor.planned
          ? `"${cue.timex.text}" on or after ${when}, as planned or slipped ("${anchor.timexText}": ${who})`
          : `"${cue.timex.text}" = ${when} ("${anchor.timexText}": ${who})`;
      // a plan reported as done may have slipped: the weekday can fall up to two weeks later
      if (past) return { lo: day, hi: day + 6 + (anchor.planned ? PLAN_SLIP : 0), label };
      return { lo: day - 6, hi: day, label };
    }
    case "last-week":
    case "this-week": {
      if (!dayLike && g !== "week") return null;
      const shift = cue.kind === "last-week" ? 7 : 0;
      const lo = Math.min(mondayOf(e), sundayOf(e)) + shift;
      const hi = Math.max(mondayOf(e), sundayOf(e)) + shift + 6;
      return { lo, hi: hi + (anchor.planned && past ? PLAN_SLIP : 0), label: `"${cue.timex.text}" covers ${anchor.date.value} ("${anchor.timexText}": ${who})` };
    }
    case "last-month": {
      if (!dayLike && g !== "month") return null;
      const y = start.month === 12 ? start.year + 1 : start.year;
      const m = start.month === 12 ? 1 : start.month + 1;
      const lo = toDayNumber({ year: y, month: m, day: 1 });
      return { lo, hi: lo + daysInMonth(y, m) - 1, label: `"${cue.timex.text}" = ${anchor.date.value.slice(0, 7)} ("${anchor.timexText}": ${who})` };
    }
    case "coming-days": {
      if (!dayLike && g !== "week") return null;
      return { lo: e - 14, hi: e - 1, label: `"${cue.timex.text}" lead up to ${anchor.date.value} ("${anchor.timexText}": ${who})` };
    }
  }
}

/**
 * Penalty for a publication `gap` days after a bare past-tense weekday (news
 * convention). Shaped on the tuning part of the TimeML news corpora (TimeBank
 * + even-index AQUAINT, 222 bare weekdays): published the same day 42%, one
 * day later 17%, two 9%, three 16%, four 5%, five or six 2%, later 5%, before 5%.
 */
const WEEKDAY_GAP = [0, 0.15, 0.25, 0.25, 0.45, 0.75, 0.75];
const CONSTRAINT_WEIGHT = 2;
const BOUND_WEIGHT = 10;
const TOLERANCE = 0.25;

/** Options of {@link anchorReferenceDate}. */
export interface AnchorReferenceOptions {
  /** Apply the news convention that a bare past-tense weekday falls within days before publication (default true). */
  weekdayConvention?: boolean;
}

/**
 * Refine an inferred reference date with cross-document anchors: each cue of
 * the document that describes the same event as a dated anchor (same event
 * class, shared content words) constrains the publication day ("talks began
 * Wednesday" + the talks dated May 15 elsewhere → published May 15–21;
 * "last month" + the agreement ended in March → published in April; "in the
 * coming days" + the meeting on April 25 → published in the two weeks
 * before). Every day within 120 of the base estimate is scored against these
 * constraints, the text's own bounds, a weak pull to the base estimate and
 * the news convention for bare past weekdays; the best day wins and the
 * uncertainty covers every near-best day and every violated constraint. A
 * planned event reported as done may have slipped by up to two weeks.
 *
 * @param doc - The document (for its id).
 * @param base - The single-document inference ({@link inferReferenceDate}), with bounds.
 * @param cues - {@link referenceCues} of the document.
 * @param index - {@link createAnchorIndex} over the other documents' events.
 * @param options - Whether to apply the weekday convention.
 * @returns The refined inference (`base` unchanged when nothing applies).
 */
export function anchorReferenceDate(
  doc: Document,
  base: InferredReferenceDate,
  cues: readonly ReferenceCue[],
  index: AnchorIndex,
  options: AnchorReferenceOptions = {},
): InferredReferenceDate {
  return scoreReferenceDate(base, cues, matchAnchors(doc, cues, index), options);
}

/**
 * Pick the publication day from a base inference, anchor constraints and
 * the weekday convention (see {@link anchorReferenceDate}).
 *
 * @internal
 */
export function scoreReferenceDate(
  base: InferredReferenceDate,
  cues: readonly ReferenceCue[],
  constraints: readonly AnchorConstraint[],
  options: AnchorReferenceOptions = {},
): InferredReferenceDate {
  const lastWeekSentences = new Set(cues.filter((c) => c.kind === "last-week").map((c) => c.start));
  const weekdayCues =
    options.weekdayConvention === false
      ? []
      : cues.filter((c) => c.kind === "weekday" && c.tense !== "future" && c.weekday !== null && !lastWeekSentences.has(c.start));
  const weekdays = [...new Set(weekdayCues.map((c) => c.weekday as number))];
  if (constraints.length === 0 && weekdays.length === 0) return base;

  const baseDay = toCalendarDay(base.reference.value);
  const lower = toCalendarDay(base.lower ?? null);
  const upper = toCalendarDay(base.upper ?? null);
  const lo = lower ? toDayNumber(lower) : null;
  const up = upper ? toDayNumber(upper) : null;
  let center: number;
  if (baseDay) center = toDayNumber(baseDay);
  else if (constraints[0]) center = constraints[0].lo;
  else return base;
  const spread = Math.max(1, base.reference.value ? base.reference.uncertaintyDays : 60);

  const outside = (d: number, a: number, b: number) => (d < a ? a - d : d > b ? d - b : 0);
  const weekdayPenalty = (d: number): number => {
    if (weekdays.length === 0) return 0;
    const wd = isoWeekday(fromDayNumber(d));
    let best = Infinity;
    for (const w of weekdays) {
      const gap = (wd - w + 7) % 7;
      best = Math.min(best, WEEKDAY_GAP[gap] ?? 1);
    }
    return best;
  };
  const score = (d: number): number => {
    let s = (0.5 * Math.abs(d - center)) / spread + weekdayPenalty(d);
    const b = outside(d, lo ?? -Infinity, up ?? Infinity);
    if (b > 0) s += BOUND_WEIGHT + 0.1 * b;
    for (const c of constraints) {
      const o = outside(d, c.lo, c.hi);
      if (o > 0) s += CONSTRAINT_WEIGHT + 0.05 * o;
    }
    return s;
  };
  const scores: { d: number; s: number }[] = [];
  for (let d = center - SEARCH_DAYS; d <= center + SEARCH_DAYS; d++) scores.push({ d, s: score(d) });
  let best = scores[0] as { d: number; s: number };
  for (const x of scores) {
    if (x.s < best.s - 1e-9 || (Math.abs(x.s - best.s) <= 1e-9 && Math.abs(x.d - center) < Math.abs(best.d - center))) best = x;
  }
  let width = 1;
  for (const x of scores) if (x.s <= best.s + TOLERANCE) width = Math.max(width, Math.abs(x.d - best.d));
  const satisfied = constraints.filter((c) => outside(best.d, c.lo, c.hi) === 0);
  for (const c of constraints) width = Math.max(width, outside(best.d, c.lo, c.hi));
  // without a satisfied anchor the weekday convention only picks a day near the base estimate:
  // it cannot make that estimate more certain
  // the interval also reaches back to the estimate the anchoring moved away from: either may be the right one
  const uncertainty = Math.max(satisfied.length > 0 ? width : Math.max(width, spread), Math.abs(best.d - center));
  const day = fromDayNumber(best.d);
  const evidence = [...base.reference.evidence];
  for (const c of satisfied) evidence.push(c.label);
  for (const c of constraints) if (!satisfied.includes(c)) evidence.push(`not met: ${c.label}`);
  if (weekdays.length > 0 && weekdayPenalty(best.d) <= WEEKDAY_GAP[2]!) {
    const names = [...new Set(weekdayCues.map((c) => `"${c.timex.text}"`))].slice(0, 3).join(", ");
    evidence.push(`${names} reported as past: published within days after (news convention)`);
  }
  return {
    reference: { ...base.reference, value: formatDay(day), uncertaintyDays: uncertainty, evidence },
    strong: base.strong || satisfied.length > 0,
    lower: base.lower ?? null,
    upper: base.upper ?? null,
    earliest: base.earliest ?? null,
    basis: satisfied.length > 0 ? "bounded" : (base.basis ?? "bounded"),
  };
}
