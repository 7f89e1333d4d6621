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

/**
 * A crude stem, so "fought"/"fighting", "takeover"/"takeovers" meet ("announced" → "announc").
 *
 * @param word - A lower-case word.
 * @returns Its stem.
 */
export function stem(word: string): string {
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
  const coded = new CodedGroups();
  const docs = new Map<string, number>();
  const participants = new Map<string, number>();
  for (const g of groups) coded.add(g.date, g.words, g.triggers ?? [], codesOf(g.docIds, docs), codesOf(g.participants, participants));
  return mergeCodedGroups(coded, options);
}

/** The codes of strings (new ones added to `codes`). */
export function codesOf(values: Iterable<string>, codes: Map<string, number>): number[] {
  const out: number[] = [];
  for (const v of values) {
    let code = codes.get(v);
    if (code === undefined) codes.set(v, (code = codes.size));
    out.push(code);
  }
  return out;
}

/**
 * Lists of integer codes, one per group, end to end in one array: group `g`'s are
 * `codes[from[g]]` to `codes[from[g + 1] − 1]`.
 */
export class CodeLists {
  /** The codes of every group, end to end. */
  readonly codes: number[] = [];
  /** Where each group's codes start (one more entry than groups: the last is the end). */
  readonly from: number[] = [0];

  /** Add the next group's list: `values` as they come (`order`), or ascending with each once (`set`). */
  add(values: Iterable<number>, kind: "order" | "set"): void {
    if (kind === "order") for (const v of values) this.codes.push(v);
    else {
      const sorted = Int32Array.from(values).sort();
      for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) this.codes.push(sorted[i]!);
    }
    this.from.push(this.codes.length);
  }
}

/**
 * Groups as {@link mergeCodedGroups} reads them: the date of each, and its word stems, trigger
 * stems, documents and participants as integer codes of the run, end to end in four arrays (a few
 * bytes a code, no set or array per group). Word and trigger stems ({@link stem}) share one code
 * space; each word's stem is worked out once.
 */
export class CodedGroups {
  /** Each group's date. */
  readonly dates: TimelineDate[] = [];
  /** Each group's distinct word stems, in the order its words first give them (the weights are summed in that order). */
  readonly stems = new CodeLists();
  /** Each group's trigger stems, ascending, each once. */
  readonly triggers = new CodeLists();
  /** Each group's documents, ascending, each once. */
  readonly docs = new CodeLists();
  /** Each group's participants, ascending, each once. */
  readonly participants = new CodeLists();
  readonly #codeOfWord = new Map<string, number>();
  readonly #codeOfStem = new Map<string, number>();

  /** Number of groups. */
  get length(): number {
    return this.dates.length;
  }

  /** Number of distinct stems (every stem code is below it). */
  get stemCodes(): number {
    return this.#codeOfStem.size;
  }

  /**
   * Add a group.
   *
   * @param date - Its date.
   * @param words - Its content words (lower case).
   * @param triggers - Its trigger words and classes.
   * @param docs - Codes of its documents.
   * @param participants - Codes of its participants.
   */
  add(date: TimelineDate, words: Iterable<string>, triggers: Iterable<string>, docs: Iterable<number>, participants: Iterable<number>): void {
    this.dates.push(date);
    const stems = new Set<number>();
    for (const w of words) stems.add(this.#stemCode(w));
    this.stems.add(stems, "order");
    const triggerStems: number[] = [];
    for (const t of triggers) triggerStems.push(this.#stemCode(t));
    this.triggers.add(triggerStems, "set");
    this.docs.add(docs, "set");
    this.participants.add(participants, "set");
  }

  #stemCode(word: string): number {
    let code = this.#codeOfWord.get(word);
    if (code === undefined) {
      const s = stem(word);
      code = this.#codeOfStem.get(s);
      if (code === undefined) {
        code = this.#codeOfStem.size;
        this.#codeOfStem.set(s, code);
      }
      this.#codeOfWord.set(word, code);
    }
    return code;
  }
}

/** Whether two ascending runs of `codes` share a code. */
function sharesCode(codes: readonly number[], a: number, aEnd: number, b: number, bEnd: number): boolean {
  while (a < aEnd && b < bEnd) {
    const x = codes[a]!;
    const y = codes[b]!;
    if (x === y) return true;
    if (x < y) a++;
    else b++;
  }
  return false;
}

/**
 * {@link mergeAcrossDocuments} over groups whose words, triggers, documents and participants are
 * integer codes: a few bytes a code instead of five sets of strings per group, for the
 * cross-document merge of a large run. Same result as {@link mergeAcrossDocuments} over the same
 * groups as strings.
 *
 * @param groups - The coded groups, in a stable order.
 * @param options - Bucket size limit.
 * @returns For each group, the index of the group it merges into (itself when none).
 */
export function mergeCodedGroups(groups: CodedGroups, options: MergeAcrossDocumentsOptions = {}): number[] {
  const maxBucket = options.maxBucket ?? 64;
  const n = groups.length;
  const parent = Array.from({ length: n }, (_, i) => i);
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
  const { dates, stems, triggers, docs, participants } = groups;
  // a root's documents once it has absorbed another group (before, its own list)
  const docsOf = new Map<number, Set<number>>();
  const sharesDoc = (ri: number, rj: number): boolean => {
    const si = docsOf.get(ri);
    const sj = docsOf.get(rj);
    if (!si && !sj) return sharesCode(docs.codes, docs.from[ri]!, docs.from[ri + 1]!, docs.from[rj]!, docs.from[rj + 1]!);
    if (si && sj) {
      const [small, large] = si.size <= sj.size ? [si, sj] : [sj, si];
      for (const d of small) if (large.has(d)) return true;
      return false;
    }
    const set = (si ?? sj)!;
    const r = si ? rj : ri;
    for (let k = docs.from[r]!; k < docs.from[r + 1]!; k++) if (set.has(docs.codes[k]!)) return true;
    return false;
  };
  const mergeDocs = (ri: number, rj: number): void => {
    const si = docsOf.get(ri);
    const sj = docsOf.get(rj);
    const sizeOf = (r: number, set: Set<number> | undefined) => set?.size ?? docs.from[r + 1]! - docs.from[r]!;
    // the larger set is kept and grown, not copied each time
    const [big, bigSet, small, smallSet] = sizeOf(ri, si) >= sizeOf(rj, sj) ? [ri, si, rj, sj] : [rj, sj, ri, si];
    const out = bigSet ?? new Set(docs.codes.slice(docs.from[big]!, docs.from[big + 1]!));
    if (smallSet) for (const d of smallSet) out.add(d);
    else for (let k = docs.from[small]!; k < docs.from[small + 1]!; k++) out.add(docs.codes[k]!);
    docsOf.delete(rj);
    docsOf.set(ri, out);
  };
  const stemCodes = groups.stemCodes;
  // idf of each stem over the groups of the run: a name every sentence repeats weighs little
  const df = new Int32Array(stemCodes);
  for (const w of stems.codes) df[w]!++;
  const weights = new Float64Array(stemCodes);
  for (let w = 0; w < stemCodes; w++) weights[w] = Math.log((n + 1) / (df[w] || 1));
  // summed in each group's own stem order (as over its set of stems), so the sums are the same to the last bit
  const total = new Float64Array(n);
  for (let g = 0; g < n; g++) {
    let sum = 0;
    for (let k = stems.from[g]!; k < stems.from[g + 1]!; k++) sum += weights[stems.codes[k]!]!;
    total[g] = sum;
  }
  const buckets = new Map<string, number[]>();
  for (let g = 0; g < n; g++) {
    const key = bucketOf(dates[g]!);
    const list = buckets.get(key);
    if (list) list.push(g);
    else buckets.set(key, [g]);
  }
  // the stems of the group compared with, marked with the comparison's number
  const mark = new Int32Array(stemCodes);
  let comparison = 0;
  for (const list of buckets.values()) {
    if (list.length < 2) continue;
    const fine = FINE.has(dates[list[0]!]!.granularity);
    for (let a = 0; a < list.length; a++) {
      const i = list[a]!;
      const until = Math.min(list.length, a + maxBucket);
      for (let b = a + 1; b < until; b++) {
        const j = list[b]!;
        const ri = find(i);
        const rj = find(j);
        if (ri === rj) continue;
        // one date must contain the other ("Saturday" within "the weekend"), as within one document
        if (!compatible(dates[i]!, dates[j]!)) continue;
        // only across documents: within one article, two sentences on one date are often two events
        if (sharesDoc(ri, rj)) continue;
        comparison++;
        for (let k = stems.from[j]!; k < stems.from[j + 1]!; k++) mark[stems.codes[k]!] = comparison;
        let shared = 0;
        let sharedWeight = 0;
        for (let k = stems.from[i]!; k < stems.from[i + 1]!; k++) {
          const w = stems.codes[k]!;
          if (mark[w] !== comparison) continue;
          shared++;
          sharedWeight += weights[w]!;
        }
        if (shared < MIN_SHARED) continue;
        const overlap = sharedWeight / Math.max(1e-9, Math.min(total[i]!, total[j]!));
        const sameTrigger = sharesCode(triggers.codes, triggers.from[i]!, triggers.from[i + 1]!, triggers.from[j]!, triggers.from[j + 1]!);
        const needed = (sameTrigger ? MIN_WEIGHTED_WITH_TRIGGER : MIN_WEIGHTED_WITHOUT_TRIGGER) + (fine ? 0 : COARSE_EXTRA);
        if (overlap < needed) continue;
        const pi = participants.from[i]!;
        const piEnd = participants.from[i + 1]!;
        const pj = participants.from[j]!;
        const pjEnd = participants.from[j + 1]!;
        if (piEnd > pi && pjEnd > pj && !sharesCode(participants.codes, pi, piEnd, pj, pjEnd)) continue;
        parent[rj] = ri;
        mergeDocs(ri, rj);
      }
    }
  }
  return parent.map((_, i) => find(i));
}

/**
 * The bucket of a date: a week or finer date goes to the bucket of its ISO week ("Saturday" meets
 * "over the weekend" and "last week"); coarser ones to the bucket of their value.
 */
function bucketOf(date: TimelineDate): string {
  if (!FINE.has(date.granularity)) return date.value;
  const day = toCalendarDay(date.start.slice(0, 10));
  if (!day) return date.value;
  const w = isoWeek(day);
  return `${w.year}-W${w.week}`;
}
