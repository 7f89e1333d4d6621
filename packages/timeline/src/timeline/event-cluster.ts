import type { EventMention, TimelineDate } from "../schema.js";

/** Mentions of one event while the timeline is built: they become one entry. */
export interface EventCluster {
  /** Trigger class shared by the primary mentions. */
  cls: string;
  /** Primary mentions (their trigger is of the class); the first one's date is the cluster's. */
  mentions: EventMention[];
  /** Secondary sources: the class occurs elsewhere in their sentence, at a compatible date. */
  secondary: EventMention[];
  /** Content words of the mentions' sentences. */
  words: Set<string>;
}

/**
 * The date of a cluster: its first primary mention's.
 *
 * @param cluster - A cluster (never empty).
 * @returns The date.
 */
export function clusterDate(cluster: EventCluster): TimelineDate {
  return (cluster.mentions[0] as EventMention).date;
}

/**
 * The sentences of a cluster's primary mentions, as keys of document and sentence start: two
 * clusters that share one tell it from the same sentence.
 *
 * @param cluster - A cluster.
 * @returns One key per sentence (see {@link sentenceKey}).
 */
export function clusterSentenceKeys(cluster: EventCluster): Set<string> {
  return new Set(cluster.mentions.map(sentenceKey));
}

/**
 * The key of an event mention's sentence: its document and start.
 *
 * @param mention - An event mention.
 * @returns The key.
 */
export function sentenceKey(mention: Pick<EventMention, "docId" | "start">): string {
  return `${mention.docId}\u0000${mention.start}`;
}
