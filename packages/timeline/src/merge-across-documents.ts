import type { TimelineDate } from "./schema.js";

/** One group of event mentions as the cross-document merge sees it. */
export interface MergeCandidate {
  /** The group's date (its first, finest mention's). */
  date: TimelineDate;
  /** Documents of its mentions. */
  docIds: ReadonlySet<string>;
  /** Content words of its sentences (lower case). */
  words: ReadonlySet<string>;
  /** Entity ids of its participants. */
  participants: ReadonlySet<string>;
}

/** Options of {@link mergeAcrossDocuments}. */
export interface MergeAcrossDocumentsOptions {
  /** Most groups compared with each other inside one date bucket (keeps the stage linear); default 64. */
  maxBucket?: number;
}

/** Least number of shared word stems for two groups from different outlets to be one event. */
const MIN_SHARED = 2;
/** Least overlap (shared stems / stems of the smaller group) at day or finer dates. */
const MIN_OVERLAP_FINE = 0.3;
/** Coarser dates (a month, a year) are shared by many events: more must agree. */
const MIN_OVERLAP_COARSE = 0.45;
const MIN_SHARED_COARSE = 3;
const FINE = new Set(["week", "day", "part-of-day", "time"]);

/** A crude stem, so "fought"/"fighting", "takeover"/"takeovers" meet ("announced" → "announc"). */
function stem(word: string): string {
  if (word.length <= 4) return word;
  return word.replace(/(?:ings?|ed|es|s|ly)$/, "");
}

/**
 * Which groups of event mentions from different documents tell the same
 * event: groups with the same date value ("2024-05-19", "2024-W19" — "last
 * week" in two outlets of one week) whose sentences share enough word stems
 * (and, when both name participants, share one). Groups are blocked by date
 * value, so the stage is linear in the number of groups (each bucket compares
 * at most `maxBucket` groups pairwise, a sliding window beyond that).
 *
 * @param groups - The groups, in a stable order.
 * @param options - Bucket size limit.
 * @returns For each group, the index of the group it merges into (itself when none).
 * @example
 * ```ts
 * const into = mergeAcrossDocuments(groups); // into[i] === i: stays alone
 * ```
 */
export function mergeAcrossDocuments(groups: readonly MergeCandidate[], options: MergeAcrossDocumentsOptions = {}): number[] {
  const maxBucket = options.maxBucket ?? 64;
  const parent = groups.map((_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] as number;
    while (parent[i] !== r) {
      const next = parent[i] as number;
      parent[i] = r;
      i = next;
    }
    return r;
  };
  const stems = groups.map((g) => new Set([...g.words].map(stem)));
  const docsOf = groups.map((g) => new Set(g.docIds));
  const buckets = new Map<string, number[]>();
  groups.forEach((g, i) => {
    const list = buckets.get(g.date.value) ?? [];
    list.push(i);
    buckets.set(g.date.value, list);
  });
  for (const list of buckets.values()) {
    if (list.length < 2) continue;
    const fine = FINE.has((groups[list[0] as number] as MergeCandidate).date.granularity);
    for (let a = 0; a < list.length; a++) {
      const i = list[a] as number;
      const until = Math.min(list.length, a + maxBucket);
      for (let b = a + 1; b < until; b++) {
        const j = list[b] as number;
        const ri = find(i);
        const rj = find(j);
        if (ri === rj) continue;
        // only across documents: within one article, two sentences on one date are often two events
        const di = docsOf[ri] as Set<string>;
        const dj = docsOf[rj] as Set<string>;
        if ([...dj].some((d) => di.has(d))) continue;
        const si = stems[i] as Set<string>;
        const sj = stems[j] as Set<string>;
        let shared = 0;
        for (const w of si) if (sj.has(w)) shared++;
        const overlap = shared / Math.max(1, Math.min(si.size, sj.size));
        if (shared < (fine ? MIN_SHARED : MIN_SHARED_COARSE) || overlap < (fine ? MIN_OVERLAP_FINE : MIN_OVERLAP_COARSE)) continue;
        const pi = (groups[i] as MergeCandidate).participants;
        const pj = (groups[j] as MergeCandidate).participants;
        if (pi.size > 0 && pj.size > 0 && ![...pi].some((p) => pj.has(p))) continue;
        parent[rj] = ri;
        for (const d of dj) di.add(d);
      }
    }
  }
  return groups.map((_, i) => find(i));
}
