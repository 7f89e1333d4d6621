import type { DocumentResult } from "./document-stage.js";

/** A string pool: one copy of each repeated short string (ids, types, rule names) for a whole run. */
export type StringPool = Map<string, string>;

const intern = (pool: StringPool, s: string): string => {
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
