import type { Mention } from "../schema.js";
import type { ExtractionContext } from "../pipeline/types.js";

/** Words that join parts of a title or name ("Secretary of State", "Sheikh bin Zayed"). */
export const CONNECTORS = new Set(["of", "for", "to", "and", "the", "&", "on", "de", "du", "la", "des", "del", "al", "bin", "von", "van"]);

/**
 * First and end token indices of a mention, or null when its edges are not token edges.
 *
 * @param m - A mention.
 * @param context - The prepared document.
 * @returns `[first, end)` token range or null.
 */
export function tokenRange(m: Mention, context: ExtractionContext): [number, number] | null {
  const a = context.tokenAtStart.get(m.start);
  const b = context.tokenAtEnd.get(m.end);
  return a === undefined || b === undefined || b < a ? null : [a, b + 1];
}

/**
 * Whether the first character of a string is an upper-case letter.
 *
 * @param s - A string.
 * @returns True when capitalised.
 */
export function isCapitalised(s: string): boolean {
  const code = s.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const c = s.charAt(0);
  return c !== c.toLowerCase();
}

/**
 * A copy of the mention with new bounds, text re-sliced from the document.
 *
 * @param m - A mention.
 * @param start - New start offset.
 * @param end - New end offset.
 * @param context - The prepared document.
 * @param source - Refiner name to record.
 * @returns The re-bounded mention.
 */
export function rebound(m: Mention, start: number, end: number, context: ExtractionContext, source: string): Mention {
  return { ...m, start, end, text: context.document.text.slice(start, end), source };
}
