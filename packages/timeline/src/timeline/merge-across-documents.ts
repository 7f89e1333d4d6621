import { irregularBaseOf } from "../events/event-lexicon.js";
import { isoWeek, toCalendarDay } from "../dates/calendar.js";
import type { TimelineDate } from "../schema.js";
import { compatible } from "../dates/timex-interval.js";

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
  /** Its trigger words and lexicon classes (`coup`, `other:…` excluded), lower case. */
  triggers?: ReadonlySet<string>;
}

/** Options of {@link mergeAcrossDocuments}. */
export interface MergeAcrossDocumentsOptions {
  /** Most groups compared with each other inside one date bucket (keeps the stage linear); default 64. */
  maxBucket?: number;
}

/** Least number of shared word stems for two groups from different outlets to be one event. */
const MIN_SHARED = 2;
/**
 * Least idf-weighted overlap (weight of the shared stems / weight of the smaller group's stems) when
 * the groups share a trigger ("acquire", a lexicon class) — and when they do not. Names every
 * sentence of one story repeats weigh little, so "Romney joined calls on Akin" and "Akin refused"
 * on one day stay apart.
 */
const MIN_WEIGHTED_WITH_TRIGGER = 0.3;
const MIN_WEIGHTED_WITHOUT_TRIGGER = 0.55;
/** Coarser dates (a month, a year) are shared by many events: more must agree. */
const COARSE_EXTRA = 0.1;
const FINE = new Set(["week", "day", "part-of-day", "time"]);

/** Whether two sets share an element (walks the smaller one; no copies: a merged group's document set grows with the corpus). */
function sharesAny(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) return true;
  return false;
}

/** A crude stem, so "fought"/"fighting", "takeover"/"takeovers" meet ("announced" → "announc"). */
function stem(word: string): string {
  const base = irregularBaseOf(word);
  if (base) return base;
  if (word.length <= 4) return word;
  return word.replace(/(?:ings?|ed|es|s|ly)$/, "");
}

/**
 * Which groups of event mentions from different documents tell the same
 * event: groups with compatible dates (one contains the other: "2024-05-19"
 * and "2024-W20-WE", "last week" in two outlets of one week) whose sentences
 * share enough word stems,
 * weighted by how rare each stem is among the groups (a name every sentence of
 * the story repeats weighs little), with a lower bar when they share a trigger
 * word or lexicon class (and, when both name participants, share one). Groups are blocked by ISO
 * week (finer dates) or value (coarser ones), so the stage is linear in the number of groups (each bucket compares
 * at most `maxBucket` groups pairwise, a sliding window beyond that).
 *
 * @param groups - The groups, in a stable order.
 * @param options - Bucket size limit.
 * @returns For each group, the index of the group it merges into (itself when none).
 * @example
 * ```ts
 * import { mergeAcrossDocuments, timexInterval } from "@newsparse/timeline";
 *
 * const date = timexInterval("2024-04-13")!;
 * const into = mergeAcrossDocuments([
 *   { date, docIds: new Set(["a"]), words: new Set(["protesters", "rallied", "niamey", "troops"]), participants: new Set(), triggers: new Set(["rallied"]) },
 *   { date, docIds: new Set(["b"]), words: new Set(["thousands", "rallied", "niamey", "troops", "leave"]), participants: new Set(), triggers: new Set(["rallied"]) },
 * ]);
 * console.log(into); // [0, 0]: the second group merges into the first
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
  const triggers = groups.map((g) => new Set([...(g.triggers ?? [])].map(stem)));
  const docsOf = groups.map((g) => new Set(g.docIds));
  // idf of each stem over the groups of the run: a name every sentence repeats weighs little
  const df = new Map<string, number>();
  for (const set of stems) for (const w of set) df.set(w, (df.get(w) ?? 0) + 1);
  const weight = (w: string) => Math.log((groups.length + 1) / (df.get(w) ?? 1));
  const total = stems.map((set) => [...set].reduce((a, w) => a + weight(w), 0));
  const buckets = new Map<string, number[]>();
  // a week or finer date goes to the bucket of its ISO week ("Saturday" meets "over the weekend" and
  // "last week"); coarser ones to the bucket of their value
  const bucketOf = (date: TimelineDate): string => {
    if (!FINE.has(date.granularity)) return date.value;
    const day = toCalendarDay(date.start.slice(0, 10));
    if (!day) return date.value;
    const w = isoWeek(day);
    return `${w.year}-W${w.week}`;
  };
  groups.forEach((g, i) => {
    const key = bucketOf(g.date);
    const list = buckets.get(key) ?? [];
    list.push(i);
    buckets.set(key, list);
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
        // one date must contain the other ("Saturday" within "the weekend"), as within one document
        if (!compatible((groups[i] as MergeCandidate).date, (groups[j] as MergeCandidate).date)) continue;
        // only across documents: within one article, two sentences on one date are often two events
        const di = docsOf[ri] as Set<string>;
        const dj = docsOf[rj] as Set<string>;
        if (sharesAny(di, dj)) continue;
        const si = stems[i] as Set<string>;
        const sj = stems[j] as Set<string>;
        let shared = 0;
        let sharedWeight = 0;
        for (const w of si) {
          if (!sj.has(w)) continue;
          shared++;
          sharedWeight += weight(w);
        }
        if (shared < MIN_SHARED) continue;
        const overlap = sharedWeight / Math.max(1e-9, Math.min(total[i] as number, total[j] as number));
        const sameTrigger = sharesAny(triggers[i] as Set<string>, triggers[j] as Set<string>);
        const needed = (sameTrigger ? MIN_WEIGHTED_WITH_TRIGGER : MIN_WEIGHTED_WITHOUT_TRIGGER) + (fine ? 0 : COARSE_EXTRA);
        if (overlap < needed) continue;
        const pi = (groups[i] as MergeCandidate).participants;
        const pj = (groups[j] as MergeCandidate).participants;
        if (pi.size > 0 && pj.size > 0 && !sharesAny(pi, pj)) continue;
        parent[rj] = ri;
        // the smaller set goes into the larger (a group that keeps absorbing others is not copied each time)
        if (dj.size > di.size) {
          for (const d of di) dj.add(d);
          docsOf[ri] = dj;
        } else for (const d of dj) di.add(d);
      }
    }
  }
  return groups.map((_, i) => find(i));
}
