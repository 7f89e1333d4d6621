import type { TimelineDate } from "../schema.js";
import type { EventTable } from "./event-table.js";

/** Mentions of one event while the timeline is built: they become one entry. */
export interface EventCluster {
  /** Trigger class shared by the primary mentions. */
  cls: string;
  /** The cluster's date: its first primary mention's. */
  date: TimelineDate;
  /** Primary mentions (their trigger is of the class), as rows of the run's {@link EventTable}. */
  mentions: number[];
  /** Secondary sources (rows): the class occurs elsewhere in their sentence, at a compatible date. */
  secondary: number[];
}

/**
 * The date of a cluster: its first primary mention's.
 *
 * @param cluster - A cluster (never empty).
 * @returns The date.
 */
export function clusterDate(cluster: EventCluster): TimelineDate {
  return cluster.date;
}

/**
 * The sentences of a cluster's primary mentions, as keys of document and sentence start: two
 * clusters that share one tell it from the same sentence.
 *
 * @param table - The run's event mentions.
 * @param cluster - A cluster.
 * @returns One key per sentence (see {@link EventTable.sentenceKey}).
 */
export function clusterSentenceKeys(table: EventTable, cluster: EventCluster): Set<string> {
  return new Set(cluster.mentions.map((k) => table.sentenceKey(k)));
}
