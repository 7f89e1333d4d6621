/**
 * A cheap, linear tense estimate around a position: the nearest tense marker
 * inside the same sentence decides. News convention: without markers,
 * reports are in the past.
 */
import { futureWords, modalFutureWords, prospectiveToWords, pastWords, reportingWords, determinersWords, degreeWords, scheduledWords, passiveAuxWords, presentWords, notPastEdWords, titlesWords, certainPastWords, subjectsWords, pastAuxWords, midAdverbsWords } from "../lexicon/tense.js";

/** Tense of the clause around a temporal expression. */
export type ClauseTense = "past" | "present" | "future";

const FUTURE = new Set(futureWords);
/**
 * Modals that look ahead ("can win in November", "must support her in November", "should beat her at the polls in
 * November", "might lead to gains in November"): future evidence only before the expression, since a modal after it
 * usually opens a reported clause ("told the paper on Tuesday that the government must …").
 */
const MODAL_FUTURE = new Set(modalFutureWords);
/** "likely to", "poised to": prospective only before "to" ("1,000 likely voters" is not). */
const PROSPECTIVE_TO = new Set(prospectiveToWords);
const PAST = new Set(pastWords);
const REPORTING = new Set(reportingWords);
/** Determiners before an -ed form that make it an adjective, not a past verb ("the proposed merger"). */
// not "those"/"these"/"some": "those arrested Friday" is a reduced relative clause, a past event
const DETERMINERS = new Set(determinersWords);
/** Degree words between a determiner and an -ed adjective ("a still unspecified date", "a closely watched vote"). */
const DEGREE = new Set(degreeWords);

/** Whether an -ed word is an adjective after a determiner, possibly with a degree word between. */
function adjectivalEd(before: string, beforeBefore: string): boolean {
  if (DETERMINERS.has(before)) return true;
  return (DEGREE.has(before) || (before.length > 4 && before.endsWith("ly"))) && DETERMINERS.has(beforeBefore);
}
/** Schedule words that, after "had been", place the scheduled day before the report. */
const SCHEDULED = new Set(scheduledWords);
const PASSIVE_AUX = new Set(passiveAuxWords);
const PRESENT = new Set(presentWords);
const NOT_PAST_ED = new Set(notPastEdWords);

const MAX_WINDOW = 240;
/** How near (characters) a "had" must be to the expression to put an "until" clause in the past perfect. */
const PLUPERFECT_REACH = 40;

/** Titles and date abbreviations, whose period never ends a sentence ("Mr. Smith", "Sept. 15"). */
const TITLES = new Set(titlesWords);
/**
 * Whether the character at `i` ends a sentence. A period ends one unless it
 * closes a title or date abbreviation ("Mr.", "Sept."), is followed by a
 * lower-case word, a digit or a comma ("U.S. officials", "Acme Corp. said"),
 * or closes a middle initial ("Daniel P. Davison"). Before a capitalised word
 * an acronym or "Corp." still ends the sentence ("… in the U.S. Elian's …").
 */
function isBoundaryAt(text: string, i: number): boolean {
  const ch = text[i] ?? "";
  if (ch === "!" || ch === "?" || ch === "\n" || ch === ";") return true;
  if (ch !== ".") return false;
  let k = i + 1;
  while (k < text.length && k < i + 4 && (text[k] === " " || text[k] === "\t")) k++;
  const next = text.charCodeAt(k);
  if ((next >= 97 && next <= 122) || (next >= 48 && next <= 57) || next === 44) return false;
  // inside an acronym ("U.S.", "p.m."): a letter right after the period
  if (k === i + 1 && next >= 65 && next <= 90) return false;
  let w = i;
  while (w > 0 && w > i - 6) {
    const c = text.charCodeAt(w - 1);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) w--;
    else break;
  }
  const word = text.slice(w, i);
  if (word.length === 0 || i - w >= 6) return true;
  if (TITLES.has(word.toLowerCase())) return false;
  // "10 p.m. Friday", "5 p.m. EST": a clock time before a day name or time zone
  if (/^[ap]\.m$/.test(text.slice(Math.max(0, i - 3), i)) && /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|EST|EDT|CST|CDT|PST|PDT|GMT)/.test(text.slice(k, k + 3))) return false;
  // a middle initial between two names ("Daniel P. Davison"), not the last letter of an acronym ("the U.S. Elian's …")
  return !(word.length === 1 && /[A-Z]/.test(word) && /[a-z] $/.test(text.slice(Math.max(0, w - 2), w)) && /^[A-Z][a-z]/.test(text.slice(k, k + 2)));
}

/**
 * Tense markers (with positions) of the sentence around `start..end`.
 *
 * @param text - Text.
 * @param start - Start of the expression.
 * @param end - End of the expression.
 * @returns The tense of the nearest marker, or `null` without markers.
 */
export function clauseTense(text: string, start: number, end: number): ClauseTense | null {
  return clauseTenseReading(text, start, end).tense;
}

/** A tense reading with the word that decided it (see {@link clauseTenseReading}). */
export interface ClauseTenseReading {
  /** The tense of the nearest marker, or `null` without markers. */
  tense: ClauseTense | null;
  /** The deciding marker, lower-cased (`null` without markers or when only a reporting verb decided). */
  marker: string | null;
  /**
   * The word right before the marker, as written; "" without a marker, and lower-cased when it opens
   * the sentence (its capital then says nothing of a name).
   */
  markerBefore: string;
}

/**
 * Past markers that fix the past reading: past adverbs and finite past forms
 * that are never participles ("began", "was"). Regular "-ed" forms and
 * forms shared with the participle ("killed", "made", "held") may head a
 * reduced relative or passive ("elephants killed between January 2016 and
 * December 2018"), whose time is not placed before the report.
 */
const CERTAIN_PAST = new Set(certainPastWords);

/** Words after which a past form is a finite verb, not a participle: subject pronouns and relatives ("the bomb that killed …"). */
const SUBJECTS = new Set(subjectsWords);
/** Auxiliaries that make the form after them a past passive or a perfect ("was elected in January 2009", "has served since 2010"). */
const PAST_AUX = new Set(pastAuxWords);
/** Adverbs that sit between a subject and its finite verb ("Abedin also sent …"). */
const MID_ADVERBS = new Set(midAdverbsWords);

/**
 * Whether a tense reading places the expression in the past for certain: a
 * past adverb ("ago", "last", "earlier") or a finite past form that is never a
 * participle decided it, or another past form ("testified", "made") right
 * after a subject pronoun, a relative, a capitalised name ("Comey
 * testified"), a past or perfect auxiliary ("was elected", "has served") or an
 * adverb between subject and verb ("also sent"). A past found by default (no marker), by a reporting verb
 * (which dates the report, not the event) or by a past form after a common
 * noun (perhaps a participle: "elephants killed between January 2016 and
 * December 2018", "the money raised by 2020") is only likely.
 *
 * @param reading - The reading from {@link clauseTenseReading}.
 * @returns True when the past reading is certain.
 */
export function isCertainPast(reading: ClauseTenseReading): boolean {
  if (reading.tense !== "past" || reading.marker === null) return false;
  if (CERTAIN_PAST.has(reading.marker)) return true;
  const before = reading.markerBefore;
  const b = before.toLowerCase();
  return SUBJECTS.has(b) || PAST_AUX.has(b) || MID_ADVERBS.has(b) || /^[A-Z]/.test(before);
}

/** The sentence around `[start, end)`, at most {@link MAX_WINDOW} characters either side. */
function clauseBounds(text: string, start: number, end: number): [number, number] {
  let from = start;
  const minFrom = Math.max(0, start - MAX_WINDOW);
  while (from > minFrom && !isBoundaryAt(text, from - 1)) from--;
  let to = end;
  const maxTo = Math.min(text.length, end + MAX_WINDOW);
  while (to < maxTo && !isBoundaryAt(text, to)) to++;
  return [from, to];
}

/**
 * The tense a word gives its clause as a marker, or `null` when it is no
 * marker here (reporting verbs are weighed apart).
 *
 * @param text - Text.
 * @param word - The word, lower-cased.
 * @param j - End of the word in `text`.
 * @param start - Start of the expression.
 * @param before - The word before, lower-cased.
 * @param beforeBefore - The word before that, lower-cased.
 * @returns The tense, or `null`.
 */
function markerTense(text: string, word: string, j: number, start: number, before: string, beforeBefore: string): ClauseTense | null {
  // "plan"/"plans" schedule only as a verb before "to" ("plans to meet"), not as a noun ("announced the plan Aug. 21")
  if ((word === "plan" || word === "plans") && !/^\s{1,3}to\b/i.test(text.slice(j, j + 6))) return null;
  // "had been due to expire Friday", "had been scheduled for Monday": a prospective seen from an earlier past, so the day is past
  if (before === "been" && (beforeBefore === "had" || beforeBefore === "hadn't" || beforeBefore === "hadn’t") && SCHEDULED.has(word)) return "past";
  if (FUTURE.has(word) || word.endsWith("'ll") || word.endsWith("’ll")) return "future";
  if (MODAL_FUTURE.has(word)) return j <= start ? "future" : null;
  if (PROSPECTIVE_TO.has(word)) return j <= start && /^\s{1,3}to\b/i.test(text.slice(j, j + 6)) ? "future" : null;
  // "set" is a schedule only as "set to"/"set for" ("the record high set on Aug. 6" is past)
  if (word === "set") return /^\s{1,3}(?:to|for)\b/i.test(text.slice(j, j + 8)) ? "future" : null;
  // "is to resume", "are to meet": arranged future
  if (word === "to" && (before === "is" || before === "are")) return "future";
  // "were planning to", "was expected to", "was due to": the auxiliary carries a prospective verb, not a past event
  if ((word === "was" || word === "were") && /^\s{1,3}(?:planning|going|expected|scheduled|due|set|supposed|about)\b/i.test(text.slice(j, j + 14))) return null;
  if (PAST.has(word) && !(PASSIVE_AUX.has(before) && word !== "was" && word !== "were")) return "past";
  if (PRESENT.has(word)) return "present";
  // an -ed word after a determiner is an adjective ("the proposed deal", "a closely watched vote"); after "that" it stays a verb ("the bomb that killed …")
  if (word.length > 4 && word.endsWith("ed") && !NOT_PAST_ED.has(word) && !PASSIVE_AUX.has(before) && !adjectivalEd(before, beforeBefore)) return "past";
  return null;
}

/**
 * Like {@link clauseTense}, with the marker that decided the tense.
 *
 * @param text - Text.
 * @param start - Start of the expression.
 * @param end - End of the expression.
 * @returns The tense and its deciding marker.
 */
export function clauseTenseReading(text: string, start: number, end: number): ClauseTenseReading {
  const [from, to] = clauseBounds(text, start, end);
  let best: ClauseTense | null = null;
  let bestMarker: string | null = null;
  let bestBefore = "";
  let prevRaw = "";
  let words = 0;
  let bestDistance = Infinity;
  let reporting = false;
  let prevWord = "";
  let prevPrevWord = "";
  let pluperfect = false;
  let untilWeighted = Infinity;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    const isWord = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 0x2019;
    if (!isWord) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < to) {
      const d = text.charCodeAt(j);
      if ((d >= 97 && d <= 122) || (d >= 65 && d <= 90) || d === 39 || d === 0x2019) j++;
      else break;
    }
    if (i >= start && j <= end) {
      i = j;
      continue;
    }
    const raw = text.slice(i, j);
    const word = raw.toLowerCase();
    // the sentence's first word is capitalised anyway: lower-cased, so it never passes for a name
    const rawBefore = prevRaw === "" ? "" : words === 1 ? prevRaw.toLowerCase() : prevRaw;
    prevRaw = raw;
    words++;
    const beforeBefore = prevPrevWord;
    const before = prevWord;
    prevPrevWord = prevWord;
    prevWord = word;
    let tense: ClauseTense | null = null;
    if (REPORTING.has(word)) {
      // reporting verbs date the report, not the reported event: weaker evidence
      reporting = true;
      const distance = j <= start ? start - j : i - end;
      const weighted = distance * 2 + 1;
      if (weighted < bestDistance) {
        bestDistance = weighted;
        best = "past";
        bestMarker = null;
        bestBefore = "";
      }
      i = j;
      continue;
    }
    tense = markerTense(text, word, j, start, before, beforeBefore);
    // a past perfect close to the expression ("Until Thursday, they had not …"), not one in another clause
    if ((word === "had" || word === "hadn't" || word === "hadn’t") && (j <= start ? start - j : i - end) <= PLUPERFECT_REACH) pluperfect = true;
    if (word === "until" && tense === "future") {
      // "until Thursday, they had not …": decided after the sentence is read
      const distance = j <= start ? start - j : i - end;
      untilWeighted = Math.min(untilWeighted, j <= start ? distance : distance * 1.5);
      tense = null;
    }
    if (tense) {
      const distance = j <= start ? start - j : i - end;
      // markers before the expression weigh a little more than those after
      const weighted = j <= start ? distance : distance * 1.5;
      if (weighted < bestDistance) {
        bestDistance = weighted;
        best = tense;
        bestMarker = word;
        bestBefore = rawBefore;
      }
    }
    i = j;
  }
  // "until" looks ahead ("talks continue until Friday") unless the clause is in the past perfect
  // ("Until Thursday, they had not called him a suspect"); it then yields to nearer markers as before
  if (!pluperfect && untilWeighted < bestDistance) return { tense: "future", marker: "until", markerBefore: "" };
  if (best === null && reporting) return { tense: "past", marker: null, markerBefore: "" };
  return { tense: best, marker: bestMarker, markerBefore: bestBefore };
}
