import { wordAlternation } from "../lexicon/word-pattern.js";
import { BYLINE_ORG_WORDS, NAME_PARTICLES, NON_NAME_START_WORDS, NOT_NAME_WORDS } from "./lexicon.js";

const ORG_WORDS = new RegExp(`\\b${wordAlternation(BYLINE_ORG_WORDS)}\\b`, "i");
const NON_NAME_START = new Set(NON_NAME_START_WORDS);
const PARTICLES = new Set(NAME_PARTICLES);

/** Remove trailing periods and white space (a loop, not a backtracking regex). */
function stripTrailingDots(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === "." || /\s/.test(text[end - 1]!))) end--;
  return text.slice(0, end);
}

/**
 * Split a byline fragment such as `Jane Doe, John Roe and Ann Poe | Reuters`
 * into person names, dropping outlet and role words.
 *
 * @param fragment - Text after `By`, or before `contributed to this report`.
 * @returns The names, in order.
 */
export function splitNames(fragment: string): string[] {
  const names: string[] = [];
  for (const raw of fragment.slice(0, 300).split(/,|;|\||\s{1,3}and\s{1,3}|\s{1,3}&\s{1,3}|\s{1,3}[-–—]\s{1,3}/)) {
    const name = stripTrailingDots(raw.trim().replace(/^(?:and|by)\s{1,3}/i, ""));
    if (name.length < 2 || name.length > 60) continue;
    if (ORG_WORDS.test(name) || /\d/.test(name)) continue;
    const words = name.split(/\s+/);
    if (words.length > 5) continue;
    if (NON_NAME_START.has(words[0]!.toLowerCase())) continue;
    if (!words.every((w) => /^[\p{Lu}][\p{L}'’.-]{0,30}$/u.test(w) || PARTICLES.has(w))) continue;
    names.push(name);
  }
  return names;
}

const NOT_NAMES = new RegExp(`^${wordAlternation(NOT_NAME_WORDS)}$`, "i");

/**
 * Read a byline (`By Jane Doe and John Roe, Reuters`, `BY JANE DOE | AP`):
 * every comma/and/pipe-separated piece must be a person name or an outlet
 * or role; otherwise it is ordinary text (`By Monday, the troops had left.`).
 *
 * @param rest - The text after `By`.
 * @returns The names, or null when this is not a byline.
 */
export function parseByline(rest: string): string[] | null {
  const t = rest.trim();
  if (t.length === 0 || t.length > 150 || /[.!?]$/.test(t) && !/\b[A-Z]\.$/.test(t)) return null;
  const names: string[] = [];
  for (const raw of t.split(/,|;|\||\s{1,3}and\s{1,3}|\s{1,3}&\s{1,3}|\s{1,3}[-–—]\s{1,3}/)) {
    const piece = raw.trim();
    if (!piece) continue;
    if (ORG_WORDS.test(piece) && piece.split(/\s+/).length <= 5) continue;
    const words = piece.split(/\s+/);
    if (words.length > 5 || NOT_NAMES.test(words[0]!)) return null;
    if (!words.every((w) => /^[\p{Lu}][\p{L}'’.-]{0,30}$/u.test(w) || PARTICLES.has(w))) return null;
    names.push(words.every((w) => w === w.toUpperCase()) ? words.map((w) => w.charAt(0) + w.slice(1).toLowerCase()).join(" ") : piece);
  }
  return names.length > 0 ? names : null;
}

/** Where an "in Place" phrase starts in a credit line; the place itself is read by {@link withoutPlaces}. */
const IN_PLACE = /\s{1,3}in\s{1,3}\p{Lu}/gu;
const PLACE_CHARACTER = /[\p{L} ]/uy;

/**
 * `names` without its "in Place" phrases ("Jane Doe in Paris, John Roe in Rome" → "Jane Doe, John Roe"): a place is one
 * to three white-space characters, `in`, one to three more, a capital and at most 40 more letters or spaces (code
 * points). Same result as `names.replace(/\s{1,3}in\s{1,3}[\p{Lu}][\p{L} ]{0,40}/gu, "")`, written as a scan because
 * the regex checker can decide that pattern only by fuzzing, and fuzzing on a loaded machine sometimes calls it
 * polynomial (it is not: every part is bounded).
 *
 * @param names - The names part of a credit line.
 * @returns `names` with every place phrase removed.
 * @example
 * ```ts
 * withoutPlaces("Jane Doe in Paris, John Roe in Rome"); // "Jane Doe, John Roe"
 * ```
 */
export function withoutPlaces(names: string): string {
  let out = "";
  let kept = 0;
  IN_PLACE.lastIndex = 0;
  for (let m = IN_PLACE.exec(names); m; m = IN_PLACE.exec(names)) {
    let end = m.index + m[0].length;
    for (let n = 0; n < 40 && end < names.length; n++) {
      PLACE_CHARACTER.lastIndex = end;
      if (!PLACE_CHARACTER.test(names)) break;
      end = PLACE_CHARACTER.lastIndex;
    }
    out += names.slice(kept, m.index);
    kept = end;
    IN_PLACE.lastIndex = end;
  }
  return kept === 0 ? names : out + names.slice(kept);
}
