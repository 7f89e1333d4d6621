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
