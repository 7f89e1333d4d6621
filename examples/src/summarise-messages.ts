import type { Message } from "@newsparse/corpus-loader";

/** Diagnostics of one rule and severity, counted. */
export interface MessageSummary {
  /** Rule id (`unterminated-quote`, …). */
  ruleId: string;
  /** Severity shared by the counted messages. */
  severity: string;
  /** How many messages. */
  count: number;
  /** How many distinct documents they name (0 when none names one). */
  docs: number;
  /** The first message's reason, as an example. */
  example: string;
}

const SEVERITY_RANK: Record<string, number> = { fatal: 0, error: 1, warning: 2, info: 3 };

/**
 * Group diagnostics by rule and severity with counts, most severe first, then
 * most frequent, then by rule id.
 *
 * @param messages - Diagnostics of an analysis.
 * @returns One summary per rule and severity.
 */
export function summariseMessages(messages: readonly Message[]): MessageSummary[] {
  const groups = new Map<string, MessageSummary & { docIds: Set<string> }>();
  for (const m of messages) {
    const key = `${m.severity}\u0000${m.ruleId}`;
    let group = groups.get(key);
    if (!group) {
      group = { ruleId: m.ruleId, severity: m.severity, count: 0, docs: 0, example: m.reason, docIds: new Set() };
      groups.set(key, group);
    }
    group.count++;
    if (m.docId) group.docIds.add(m.docId);
  }
  return [...groups.values()]
    .map(({ docIds, ...g }) => ({ ...g, docs: docIds.size }))
    .sort((a, b) => (SEVERITY_RANK[a.severity] ?? 9) - (SEVERITY_RANK[b.severity] ?? 9) || b.count - a.count || a.ruleId.localeCompare(b.ruleId));
}
