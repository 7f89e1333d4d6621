import type { Mention } from "../schema.js";
import type { ExtractionContext } from "../pipeline/types.js";
import { NAME_CONNECTORS } from "../lexicon/function-words.js";
import { mentionWith } from "../pipeline/mention-shape.js";

/** Words that join parts of a title or name ("Secretary of State", "Sheikh bin Zayed"). */
export const CONNECTORS = new Set(NAME_CONNECTORS);

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

/** Whether a string starts with a capital (corpus-loader's text layer). */
export { isCapitalised } from "@newsparse/corpus-loader";

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
  return mentionWith(m, { start, end, text: context.text.slice(start, end), source });
}

/**
 * Add found names to a document's mentions: each replaces the mentions inside it, unless a
 * mention crosses its edges (then the found name is dropped); a mention with exactly its span
 * takes its type and source unless `keep(existing, found)` says to leave it as it is.
 *
 * @param mentions - Current mentions, sorted by start.
 * @param found - Found names, sorted by start, not overlapping each other.
 * @param keep - Whether an existing mention with the same span stays unchanged.
 * @returns The merged mentions, sorted by start.
 */
export function replaceInside(mentions: Mention[], found: readonly Mention[], keep: (existing: Mention, found: Mention) => boolean): Mention[] {
  if (!found.length) return mentions;
  const drop = new Uint8Array(mentions.length);
  const add: Mention[] = [];
  let k = 0;
  for (const f of found) {
    while (k < mentions.length && mentions[k]!.end <= f.start && mentions[k]!.start < f.start) k++;
    let crosses = false;
    const inside: number[] = [];
    for (let j = k; j < mentions.length && mentions[j]!.start < f.end; j++) {
      const m = mentions[j]!;
      if (m.end <= f.start) continue;
      if (m.start < f.start || m.end > f.end) crosses = true;
      else inside.push(j);
    }
    if (crosses) continue;
    const only = inside.length === 1 ? mentions[inside[0]!]! : null;
    const same = only && only.start === f.start && only.end === f.end ? only : null;
    if (same && keep(same, f)) continue;
    for (const j of inside) drop[j] = 1;
    add.push(same ? mentionWith(same, { type: f.type, source: f.source }) : f);
  }
  const out: Mention[] = [];
  mentions.forEach((m, j) => {
    if (!drop[j]) out.push(m);
  });
  for (const item of add) out.push(item);
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
