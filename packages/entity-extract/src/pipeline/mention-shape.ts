import type { Mention } from "../schema.js";
import { cloneWith } from "./clone-with.js";

/**
 * Mentions built with one hidden class. Every mention the parsers and refiners make starts as the same eight-key
 * object literal (`docId, start, end, text, type, confidence, source, flags`), so they share V8's hidden classes;
 * optional keys are added afterwards in the order a spread copy would give them. A spread copy
 * (`{ ...m, type, source }`) instead gets a hidden class of its own at each place it is written, and the refiners that
 * read mentions from several such places are deoptimised ("wrong map") and compiled again while the process warms up,
 * in every worker thread. The output is the same: same keys, same order, same values.
 */

/** The keys every mention starts with, in this order. */
const BASE_KEYS = ["docId", "start", "end", "text", "type", "confidence", "source", "flags"] as const;

/**
 * A new mention with the eight keys every mention has, in the pipeline's order.
 *
 * @param docId - Document id.
 * @param start - Start offset (UTF-16, inclusive).
 * @param end - End offset (exclusive).
 * @param text - `document.text.slice(start, end)`.
 * @param type - Entity type.
 * @param confidence - Confidence in [0, 1].
 * @param source - Parser or refiner name.
 * @param flags - Flags.
 * @returns The mention.
 */
export function newMention(docId: string, start: number, end: number, text: string, type: Mention["type"], confidence: number, source: string, flags: string[]): Mention {
  return { docId, start, end, text, type, confidence, source, flags };
}

/** Whether the mention's first own keys are {@link BASE_KEYS} in order (then {@link mentionWith} keeps its key order). */
function startsWithBaseKeys(m: Mention): boolean {
  let k = 0;
  for (const key in m) {
    if (k === BASE_KEYS.length) return true;
    if (BASE_KEYS[k] !== key) return false;
    k++;
  }
  return k === BASE_KEYS.length;
}

/**
 * `{ ...m, ...extra }`, with the same keys in the same order and the same values, built from the one mention
 * literal of {@link newMention} so that it shares its hidden classes. A mention whose keys do not start with the
 * pipeline's eight (one a user's refiner built) is copied key by key ({@link cloneWith}).
 *
 * @param m - The mention to copy.
 * @param extra - Keys to overwrite or append, in this order.
 * @param omit - An optional key of `m` to leave out (`const { refersTo, ...rest } = m; { ...rest, ...extra }`).
 * @returns A new mention.
 */
export function mentionWith(m: Mention, extra: Partial<Mention>, omit?: "refersTo" | "roles" | "entityId"): Mention {
  if (!startsWithBaseKeys(m)) {
    if (omit === undefined) return cloneWith(m, extra);
    const rest: Record<string, unknown> = {};
    for (const key in m) if (key !== omit && Object.prototype.hasOwnProperty.call(m, key)) rest[key] = (m as Record<string, unknown>)[key];
    return cloneWith(rest as Mention, extra);
  }
  const out = newMention(m.docId, m.start, m.end, m.text, m.type, m.confidence, m.source, m.flags);
  const o = out as Record<string, unknown>;
  const b = m as Record<string, unknown>;
  let k = 0;
  for (const key in b) {
    if (k++ < BASE_KEYS.length) continue;
    if (key !== omit && Object.prototype.hasOwnProperty.call(b, key)) o[key] = b[key];
  }
  const e = extra as Record<string, unknown>;
  for (const key in e) if (Object.prototype.hasOwnProperty.call(e, key)) o[key] = e[key];
  return out;
}
