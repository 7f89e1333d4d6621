import type { Mention } from "@newsparse/entity-extract";
import type { DocumentResult } from "./document-stage.js";

/** A string pool: one copy of each repeated short string (ids, types, rule names) for a whole run. */
export type StringPool = Map<string, string>;

/**
 * The pool's copy of a string, adding it when it is new.
 *
 * @param pool - The run's pool.
 * @param s - A string.
 * @returns The one shared copy equal to `s`.
 */
export const intern = (pool: StringPool, s: string): string => {
  const seen = pool.get(s);
  if (seen !== undefined) return seen;
  pool.set(s, s);
  return s;
};

/**
 * Make a per-document result cheaper to keep until the cross-document stages:
 * the strings every record repeats (document id, entity type, parser and rule
 * names, flags, claim kinds, timex types and values) become one shared copy per
 * run. A result that crossed a thread or process boundary (structured clone,
 * JSON) has its own copy of each; about a fifth of its heap. The values are
 * unchanged (same JSON), only shared.
 *
 * @param result - A per-document result (changed in place).
 * @param pool - The run's string pool.
 * @returns The same result.
 */
export function compactResult(result: DocumentResult, pool: StringPool): DocumentResult {
  const docId = intern(pool, result.docId);
  result.docId = docId;
  for (const m of result.mentions) {
    if (m.docId === docId) m.docId = docId;
    m.type = intern(pool, m.type) as typeof m.type;
    m.source = intern(pool, m.source);
    for (let i = 0; i < m.flags.length; i++) m.flags[i] = intern(pool, m.flags[i]!);
    for (const r of m.roles ?? []) if (r.docId === docId) r.docId = docId;
  }
  for (const c of result.claims) {
    if (c.docId === docId) c.docId = docId;
    if (c.source !== undefined) c.source = intern(pool, c.source);
    if (c.flags) for (let i = 0; i < c.flags.length; i++) c.flags[i] = intern(pool, c.flags[i]!);
    if (c.quantity?.unit !== undefined) c.quantity.unit = intern(pool, c.quantity.unit);
  }
  if (result.timexes) {
    for (const t of result.timexes.timexes) {
      t.type = intern(pool, t.type) as typeof t.type;
      t.rule = intern(pool, t.rule);
      t.value = intern(pool, t.value);
    }
  }
  return result;
}

/**
 * Share the repeated strings of diagnostics kept until the end of a run (severity, rule id, source,
 * document id, file): one copy per run instead of one per message that crossed a thread boundary.
 * The values are unchanged (same JSON).
 *
 * @param messages - Messages (changed in place).
 * @param pool - The run's string pool.
 * @returns The same messages.
 */
export function compactMessages<M extends { severity: string; ruleId: string; source?: string; docId?: string; file?: string }>(messages: M[], pool: StringPool): M[] {
  for (const m of messages) {
    m.severity = intern(pool, m.severity);
    m.ruleId = intern(pool, m.ruleId);
    if (m.source !== undefined) m.source = intern(pool, m.source);
    if (m.docId !== undefined) m.docId = intern(pool, m.docId);
    if (m.file !== undefined) m.file = intern(pool, m.file);
  }
  return messages;
}

const NO_FLAGS: string[] = Object.freeze([]) as unknown as string[];

/**
 * A mention as resolution will hold it: one object literal with the pipeline's keys in the
 * pipeline's order and an `entityId` slot already at the end (undefined, so its JSON is unchanged
 * until resolution sets it; resolution appends `entityId` last, so the JSON after is unchanged too).
 * A mention unpacked from V8's serialisation format has four properties inside the object and the
 * rest in a separate array, which grows again when resolution adds `entityId`; a literal keeps all of
 * them inside (about 60 bytes less per mention, and a streaming run unpacks every mention of the
 * corpus at once). Its text is shared through `pool`, and an empty flag list is one shared frozen
 * array. A mention with other keys or another order is returned as it is.
 *
 * @param m - A mention (its strings already interned by {@link compactResult}).
 * @param pool - The run's string pool.
 * @returns The same mention, or an equal one with the same JSON.
 */
export function mentionLiteral(m: Mention, pool: StringPool): Mention {
  const refersTo = m.refersTo !== undefined;
  const roles = m.roles !== undefined;
  if (m.entityId !== undefined || !hasKeys(m, refersTo, roles)) return m;
  const { docId, start, end, type, confidence, source } = m;
  const text = intern(pool, m.text);
  const flags = m.flags.length === 0 ? NO_FLAGS : m.flags;
  if (refersTo && roles) return { docId, start, end, text, type, confidence, source, flags, refersTo: m.refersTo, roles: m.roles, entityId: undefined };
  if (refersTo) return { docId, start, end, text, type, confidence, source, flags, refersTo: m.refersTo, entityId: undefined };
  if (roles) return { docId, start, end, text, type, confidence, source, flags, roles: m.roles, entityId: undefined };
  return { docId, start, end, text, type, confidence, source, flags, entityId: undefined };
}

const KEYS = ["docId", "start", "end", "text", "type", "confidence", "source", "flags", "refersTo", "roles"] as const;

/** Whether a mention's own keys are the pipeline's, in its order (`refersTo` and `roles` when present). */
function hasKeys(m: Mention, refersTo: boolean, roles: boolean): boolean {
  let k = 0;
  for (const key in m) {
    while ((KEYS[k] === "refersTo" && !refersTo) || (KEYS[k] === "roles" && !roles)) k++;
    if (KEYS[k] !== key) return false;
    k++;
  }
  while ((KEYS[k] === "refersTo" && !refersTo) || (KEYS[k] === "roles" && !roles)) k++;
  return k === KEYS.length;
}
