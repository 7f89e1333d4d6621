import { ACRONYM_LINES } from "./acronyms-data.js";

let expansions: Map<string, string[]> | undefined;

/**
 * Curated acronym → expansions (from `acronyms-data.ts`), keyed by the acronym in upper case
 * without dots ("UN" for "U.N."). The first expansion is the canonical one.
 *
 * @returns The map, built on first use.
 */
export function getAcronymExpansions(): Map<string, string[]> {
  if (expansions) return expansions;
  expansions = new Map();
  for (const line of ACRONYM_LINES.split("\n")) {
    const colon = line.indexOf(":");
    if (colon < 0) continue;
    expansions.set(line.slice(0, colon).trim(), line.slice(colon + 1).split("|").map((s) => s.trim()).filter(Boolean));
  }
  return expansions;
}

const MINOR = new Set(["of", "and", "the", "for", "in", "on", "de", "des", "du", "la", "le", "&", "to", "at"]);

/**
 * The acronym a multi-word name would have: the initials of its capitalised words, minor words
 * skipped ("International Boxing Federation" → "IBF", "Department of Homeland Security" → "DHS").
 *
 * @param name - A name of two or more words.
 * @returns The upper-case acronym, or "" when the name has fewer than two initials.
 */
export function acronymOf(name: string): string {
  let out = "";
  for (const word of name.split(/[\s-]+/)) {
    if (!word || MINOR.has(word.toLowerCase())) continue;
    const first = word[0]!;
    if (first.toUpperCase() === first && first.toLowerCase() !== first) out += first;
    else if (/\p{L}/u.test(first)) return "";
  }
  return out.length >= 2 ? out : "";
}

/**
 * Whether a surface form is written as an acronym: 2–6 capitals, dotted or not ("UN", "U.N.", "NATO"),
 * or the same letters with only the first capitalised ("Nato") when the capitals form is known.
 *
 * @param text - Surface form.
 * @returns The acronym in capitals without dots, or null.
 */
export function asAcronym(text: string): string | null {
  if (text.length > 16 || text.includes(" ")) return null;
  const t = text.replace(/\./g, "");
  if (/^\p{Lu}[\p{Lu}\d&]{1,7}$/u.test(t)) return t.replace(/&/g, "");
  if (/^\p{Lu}\p{Ll}{2,5}$/u.test(t) && getAcronymExpansions().has(t.toUpperCase())) return t.toUpperCase();
  return null;
}
