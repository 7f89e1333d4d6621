import type { Document } from "@newsparse/corpus-loader";
import type { DocumentResult } from "../pipeline/document-stage.js";
import { textHash } from "../pipeline/text-hash.js";

/**
 * Synthetic copies of analysed documents for the stage bench: copy `v` of a
 * base document has its names and numbers rotated and its dates moved by
 * whole weeks, without running the per-document stages again. The rotation
 * keeps every length (a name becomes another name of the same length, a
 * number's last digit turns), so the base document's offsets (sentences,
 * paragraphs, mentions, claims, timexes) stay valid and
 * `text.slice(start, end)` still gives each record's text.
 */

/** Words never rotated: calendar words and sentence openers (so dates still read as dates). */
const KEEP = new Set(
  "January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday The A An In On At It He She They We I But And Mr Mrs Ms Dr".split(
    " ",
  ),
);
const CONSONANTS = "bdfghklmnprstvz";
const VOWELS = "aeiou";

function hash(word: string, variant: number): number {
  let h = 2166136261 ^ Math.imul(variant, 2654435761);
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** A pronounceable name of the same length as `word`, fixed by the word and the variant. */
function rotatedName(word: string, variant: number): string {
  let h = hash(word, variant);
  let out = "";
  for (let i = 0; i < word.length; i++) {
    const pool = i % 2 === 0 ? CONSONANTS : VOWELS;
    out += pool[h % pool.length];
    h = Math.imul(h ^ (h >>> 13), 1540483477) >>> 0;
  }
  return out[0]!.toUpperCase() + out.slice(1);
}

const TOKEN = /\b[A-Z][a-z]{2,}\b|\d(?:[\d,.]*\d)?/g;
const YEAR = /^(?:19|20)\d\d$/;

/**
 * Rotate the names and numbers of a string for copy `variant` (0 = unchanged): context-free and
 * length-preserving, so a slice of a text rotates to the slice of the rotated text.
 *
 * @param text - Any string.
 * @param variant - Copy number.
 * @returns The rotated string.
 */
export function rotateText(text: string, variant: number): string {
  if (variant === 0) return text;
  return text.replace(TOKEN, (w) => {
    const c = w.charCodeAt(0);
    if (c >= 65 && c <= 90) return KEEP.has(w) ? w : rotatedName(w, variant);
    if (YEAR.test(w)) return w;
    return w.slice(0, -1) + String((Number(w.at(-1)) + variant) % 10);
  });
}

/** The number a rotated integer becomes (its last digit turned, as {@link rotateText} does in the text); years and fractions stay. */
function rotateNumber(n: number, variant: number): number {
  if (!Number.isInteger(n) || n < 0 || YEAR.test(String(n))) return n;
  return n - (n % 10) + (((n % 10) + variant) % 10);
}

const DAY = 86_400_000;

function isoWeekOf(time: number): { year: number; week: number } {
  const d = new Date(time);
  const weekday = (d.getUTCDay() + 6) % 7;
  const thursday = time - weekday * DAY + 3 * DAY;
  const year = new Date(thursday).getUTCFullYear();
  return { year, week: 1 + Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * DAY)) };
}

/**
 * Move a TIMEX3 value by whole weeks: days (`2024-04-13`, `2024-04-13TNI`) and ISO weeks (`2024-W15`,
 * `2024-W15-WE`); coarser values (months, years, durations, references) stay.
 *
 * @param value - A TIMEX3 value.
 * @param weeks - Weeks to add.
 * @returns The moved value.
 */
export function shiftTimexValue(value: string, weeks: number): string {
  if (weeks === 0) return value;
  const day = /^(\d{4})-(\d{2})-(\d{2})(.*)$/.exec(value);
  if (day) {
    const t = Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]));
    if (Number.isNaN(t)) return value;
    return new Date(t + weeks * 7 * DAY).toISOString().slice(0, 10) + day[4];
  }
  const week = /^(\d{4})-W(\d{2})(.*)$/.exec(value);
  if (week) {
    const jan4 = Date.UTC(Number(week[1]), 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY + (Number(week[2]) - 1) * 7 * DAY;
    const w = isoWeekOf(monday + weeks * 7 * DAY);
    return `${w.year}-W${String(w.week).padStart(2, "0")}${week[3]}`;
  }
  return value;
}

/** Keys whose strings are identifiers or codes, never rotated. */
const FIXED = new Set(["docId", "id", "source", "rule", "kind", "type", "relation", "mod", "value", "textHash", "reference", "publishedAt", "seq", "url", "meta"]);

function rotateRecord(value: unknown, variant: number, from: string, to: string, key = ""): unknown {
  if (typeof value === "string") {
    if (key === "docId") return value === from ? to : value;
    if (key === "id" || key === "entityId") return value.startsWith(`${from}#`) ? to + value.slice(from.length) : value;
    return FIXED.has(key) ? value : rotateText(value, variant);
  }
  if (typeof value === "number") return key === "value" || key === "min" || key === "max" ? rotateNumber(value, variant) : value;
  if (Array.isArray(value)) return value.map((v) => rotateRecord(v, variant, from, to, key === "flags" ? "type" : ""));
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = rotateRecord(v, variant, from, to, k);
    return out;
  }
  return value;
}

/** An analysed document: the document and its per-document results. */
export interface AnalysedBase {
  document: Document;
  result: DocumentResult;
}

/**
 * Copy `index` of a corpus synthesised from `base`: base document `index mod B`, rotated as copy
 * `floor(index / B)` (names and numbers turned, publication date and day/week timexes moved by
 * `copy mod 52` weeks), with id `s<index>`. The sentence, paragraph and excluded arrays are shared
 * with the base document (the offsets do not change).
 *
 * @param base - Analysed base documents.
 * @param index - Copy index.
 * @returns The synthetic document and its per-document results.
 */
export function synthesise(base: readonly AnalysedBase[], index: number): AnalysedBase {
  const b = base[index % base.length]!;
  const variant = Math.floor(index / base.length);
  const weeks = variant % 52;
  const from = b.document.id;
  const to = `s${index}`;
  const text = rotateText(b.document.text, variant);
  const publishedAt = b.document.publishedAt ? shiftTimexValue(b.document.publishedAt.slice(0, 10), weeks) : b.document.publishedAt;
  const document: Document = {
    ...b.document,
    id: to,
    text,
    title: b.document.title === undefined || b.document.title === null ? b.document.title : rotateText(b.document.title, variant),
    publishedAt,
    messages: [],
  };
  const rotated = rotateRecord({ mentions: b.result.mentions, entityMessages: [], claims: b.result.claims, claimMessages: [] }, variant, from, to) as Omit<DocumentResult, "docId" | "timexes">;
  const result: DocumentResult = { docId: to, ...rotated };
  if (b.result.timexes) {
    result.timexes = {
      reference: b.result.timexes.reference === null ? null : shiftTimexValue(b.result.timexes.reference, weeks),
      textHash: textHash(text),
      timexes: b.result.timexes.timexes.map((t) => ({ ...t, text: rotateText(t.text, variant), value: shiftTimexValue(t.value, weeks) })),
    };
  }
  return { document, result };
}
