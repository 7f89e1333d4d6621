import { createMessage, type Document, type Message } from "@newsparse/corpus-loader";
import type { EventMention, TimelineDateConflict, TimelineEntry } from "../schema.js";
import type { EventTable } from "./event-table.js";
import { compatible } from "../dates/timex-interval.js";
import { type EventCluster, clusterDate, clusterSentenceKeys } from "./event-cluster.js";
import { memoBy } from "./memo-by.js";
import { entryTitle } from "./entry-title.js";
import { jaccard } from "./jaccard.js";
import { MAX_CLUSTERS_PER_CLASS } from "./cluster-events.js";

const SOURCE = "@newsparse/timeline";
/** Least word overlap of two sentences that tell one event. */
const DISAGREEMENT_SIMILARITY = 0.35;
/** Granularities a date conflict is judged at: two outlets naming different days for one event. */
const DAY_LEVEL = new Set(["day", "part-of-day", "time"]);
/** Farthest apart (days) two dates of one event may be for a conflict; farther is another occurrence. */
const CONFLICT_MAX_DAYS = 31;

/** Two clusters that tell one event at incompatible dates, with one sentence of each. */
export interface DisagreementPair {
  a: EventCluster;
  b: EventCluster;
  evidence: [EventMention, EventMention];
}

/** What {@link findDateDisagreements} found. */
export interface DateDisagreements {
  /** The pairs, in the order found. */
  pairs: DisagreementPair[];
  /** Per cluster, the dates other sources give. */
  alternatives: Map<EventCluster, Set<string>>;
}

/**
 * Phase 4 of `buildTimeline`: clusters of the same class (any lexicon class
 * their sentences name: "said" as a trigger hides "ended the accord") whose
 * sentences are alike but whose dates are incompatible and close. Each pair
 * is also reported as a `date-disagreement` message.
 *
 * @param table - The run's event mentions (with their sentences' words).
 * @param clusters - The clusters.
 * @param messages - Where the messages go.
 * @returns The pairs and the alternative dates per cluster.
 */
export function findDateDisagreements(table: EventTable, clusters: readonly EventCluster[], messages: Message[]): DateDisagreements {
  const alternatives = new Map<EventCluster, Set<string>>();
  const pairs: DisagreementPair[] = [];
  const wordsOf = memoBy((k: number): Set<number> => new Set(table.wordCodes(k)));
  // per cluster, built once (clusters do not change here): its sentences and its participants, so a
  // pair costs the same however large the clusters grow
  const sentences = memoBy((c: EventCluster) => clusterSentenceKeys(table, c));
  const participants = memoBy((c: EventCluster) => new Set(c.mentions.flatMap((k) => table.participantCodes(k))));
  const shareAny = <T>(a: ReadonlySet<T>, b: ReadonlySet<T>) => {
    const [small, large] = a.size <= b.size ? [a, b] : [b, a];
    for (const x of small) if (large.has(x)) return true;
    return false;
  };
  const disagreement = (a: EventCluster, b: EventCluster): [EventMention, EventMention] | null => {
    if (shareAny(sentences(a), sentences(b))) return null;
    for (const ma of a.mentions.slice(0, 20)) {
      const da = table.date(ma);
      if (!DAY_LEVEL.has(da.granularity)) continue;
      for (const mb of b.mentions.slice(0, 20)) {
        const db = table.date(mb);
        if (table.docCode(mb) === table.docCode(ma) || !DAY_LEVEL.has(db.granularity) || compatible(da, db)) continue;
        // "Thursday" and "Thursday night" are one day
        if (da.start.slice(0, 10) === db.start.slice(0, 10)) continue;
        const gap = Math.abs(Date.parse(da.start.slice(0, 10)) - Date.parse(db.start.slice(0, 10))) / 86_400_000;
        if (gap > CONFLICT_MAX_DAYS) continue;
        if (jaccard(wordsOf(ma), wordsOf(mb)) >= DISAGREEMENT_SIMILARITY) return [table.mention(ma), table.mention(mb)];
      }
    }
    return null;
  };
  const flag = (a: EventCluster, b: EventCluster, evidence: [EventMention, EventMention]) => {
    pairs.push({ a, b, evidence });
    for (const [x, y] of [[a, b], [b, a]] as const) {
      const set = alternatives.get(x) ?? new Set<string>();
      set.add(clusterDate(y).value);
      alternatives.set(x, set);
    }
    messages.push(
      createMessage(`Sources disagree on when "${a.cls === "statement" ? b.cls : a.cls}" happened: ${clusterDate(a).value} vs ${clusterDate(b).value}.`, {
        ruleId: "date-disagreement",
        severity: "info",
        source: SOURCE,
        docId: evidence[1].docId,
        start: evidence[1].timex.start,
        end: evidence[1].timex.end,
      }),
    );
  };
  // buckets by every lexicon class the sentences name, at most MAX_CLUSTERS_PER_CLASS per bucket
  const topicBuckets = new Map<string, EventCluster[]>();
  for (const c of clusters) {
    const topics = new Set(c.mentions.flatMap((k) => [table.triggerClass(k), ...table.classes(k)]).filter((x) => !x.startsWith("other:") && x !== "statement"));
    for (const t of topics) {
      const list = topicBuckets.get(t) ?? [];
      if (list.length < MAX_CLUSTERS_PER_CLASS) list.push(c);
      topicBuckets.set(t, list);
    }
  }
  const flagged = new Set<string>();
  const clusterIndex = new Map(clusters.map((c, i) => [c, i]));
  for (const group of topicBuckets.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i] as EventCluster;
        const b = group[j] as EventCluster;
        if (compatible(clusterDate(a), clusterDate(b))) continue;
        const pa = participants(a);
        const pb = participants(b);
        if (pa.size > 0 && pb.size > 0 && !shareAny(pa, pb)) continue;
        // two sentences of different documents, alike (a class such as "talks" recurs), each dating
        // the event to a day, the days incompatible but close (far apart is another occurrence), and
        // neither sentence on the other side (one sentence with two dates tells two moments)
        const evidence = disagreement(a, b);
        if (!evidence) continue;
        const key = `${clusterIndex.get(a)}:${clusterIndex.get(b)}`;
        if (flagged.has(key)) continue;
        flagged.add(key);
        flag(a, b, evidence);
      }
    }
  }
  return { pairs, alternatives };
}

/**
 * Phase 6 of `buildTimeline`: the disagreements as {@link TimelineDateConflict}s between entries.
 *
 * @param pairs - The pairs of {@link findDateDisagreements}.
 * @param entryOf - The entry of each cluster.
 * @param docById - The documents by id.
 * @returns One conflict per pair, ids `d1`, `d2`, ….
 */
export function toDateConflicts(
  pairs: readonly DisagreementPair[],
  entryOf: ReadonlyMap<EventCluster, TimelineEntry>,
  docById: ReadonlyMap<string, Document>,
): TimelineDateConflict[] {
  return pairs.map(({ a, b, evidence: pair }, i) => {
    const ea = entryOf.get(a) as TimelineEntry;
    const eb = entryOf.get(b) as TimelineEntry;
    const evidence = pair.map((m) => ({ docId: m.docId, start: m.timex.start, end: m.timex.end, text: m.timex.text, value: m.date.value }));
    const doc = docById.get(pair[0].docId);
    return {
      id: `d${i + 1}`,
      kind: "date",
      about: `Sources disagree on when this happened (${doc ? entryTitle(doc, pair[0]) : pair[0].trigger.text}): ${pair[0].date.value} ("${evidence[0]?.text}", ${pair[0].docId}) vs ${pair[1].date.value} ("${evidence[1]?.text}", ${pair[1].docId}).`,
      entryIds: [ea.id, eb.id],
      dates: [pair[0].date.value, pair[1].date.value],
      evidence,
    };
  });
}
