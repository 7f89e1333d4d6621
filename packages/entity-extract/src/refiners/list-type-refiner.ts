import type { EntityType, Mention } from "../schema.js";
import type { ExtractionContext, Refiner } from "../pipeline/types.js";
import { LIST_CONJUNCTIONS } from "../lexicon/function-words.js";
import { mentionWith } from "../pipeline/mention-shape.js";
import { taggerSupport } from "./arbitration-refiner.js";

const CONJUNCTIONS = new Set(LIST_CONJUNCTIONS);
/**
 * Types a list passes on by default: organisations and works, whose unknown names the tagger most often types as a
 * person or a place ("Megadeth", "Esquire", "Vanity Fair"). On the tuning split, lists of people and places passed on
 * their type wrongly more often than rightly (tweets' comma-separated words; "al-Jazeera" among countries).
 */
const LIST_TYPES: readonly EntityType[] = ["ORG", "WORK_OF_ART"];
/** Longest text between two items of a list (", and " is 6 code units). */
const MAX_GAP = 8;

/** Options of {@link createListTypeRefiner}. */
export interface ListTypeOptions {
  /** Fewest names in a list (default 3). */
  minItems?: number;
  /** A tagger name is retyped only when its tagger support margin is below this (default 10). */
  maxMargin?: number;
  /** Majority types a list passes on (default ORG and WORK_OF_ART). */
  types?: readonly EntityType[];
}

/**
 * Whether the text between two names separates items of one list: a comma or semicolon, a conjunction
 * (`and`, `or`, `&`), or a comma and a conjunction, with single spaces around.
 */
function isListGap(gap: string): boolean {
  if (gap.length === 0 || gap.length > MAX_GAP || gap.includes("\n")) return false;
  let s = gap.trim();
  const punctuated = s.startsWith(",") || s.startsWith(";");
  if (punctuated) s = s.slice(1).trim();
  return (punctuated && s === "") || CONJUNCTIONS.has(s);
}

/**
 * One type per list: in a run of at least three names separated by commas and a final conjunction
 * ("Metallica, Anthrax, Megadeth, and Slayer"; "Rolling Stone, Esquire, Vanity Fair and Time"), a name the
 * tagger typed otherwise than a strict majority of the list, with little support (margin below
 * `maxMargin`), takes the majority's type when that type is an organisation or a work (see `types`).
 * Names a rule made or changed keep theirs, and lists with no strict majority are left alone.
 *
 * @param options - List length and tagger margin.
 * @returns A refiner named `list-type`.
 * @example
 * ```ts
 * import { createDefaultConfiguration, createEntityExtractor, createListTypeRefiner } from "@newsparse/entity-extract";
 *
 * // In the default configuration already; here with longer lists only.
 * const configuration = createDefaultConfiguration();
 * configuration.refiners = configuration.refiners.map((r) => (r.name === "list-type" ? createListTypeRefiner({ minItems: 4 }) : r));
 * createEntityExtractor(configuration);
 * ```
 */
export function createListTypeRefiner(options: ListTypeOptions = {}): Refiner {
  const minItems = options.minItems ?? 3;
  const maxMargin = options.maxMargin ?? 10;
  const types = new Set<EntityType>(options.types ?? LIST_TYPES);
  return {
    name: "list-type",
    refine(context: ExtractionContext, mentions: Mention[]): Mention[] {
      if (mentions.length < minItems) return mentions;
      const text = context.text;
      let out: Mention[] | null = null;
      let first = 0;
      for (let i = 1; i <= mentions.length; i++) {
        const prev = mentions[i - 1]!;
        const cur = mentions[i];
        if (cur && cur.start >= prev.end && isListGap(text.slice(prev.end, cur.start))) continue;
        // mentions[first .. i) is one run.
        if (i - first >= minItems) out = retypeRun(context, mentions, first, i, maxMargin, types, out);
        first = i;
      }
      return out ?? mentions;
    },
  };
}

/** Retype the weakly typed tagger names of one run to its strict majority type; a copy of the list on first change. */
function retypeRun(context: ExtractionContext, mentions: Mention[], from: number, to: number, maxMargin: number, types: ReadonlySet<EntityType>, out: Mention[] | null): Mention[] | null {
  const counts = new Map<EntityType, number>();
  for (let k = from; k < to; k++) counts.set(mentions[k]!.type, (counts.get(mentions[k]!.type) ?? 0) + 1);
  let major: EntityType | undefined;
  for (const [t, c] of counts) if (c * 2 > to - from) major = t;
  if (major === undefined || !types.has(major)) return out;
  for (let k = from; k < to; k++) {
    const m = mentions[k]!;
    if (m.type === major || m.type === "NORP" || m.source !== "tagger") continue;
    if (taggerSupport(context, m) >= maxMargin) continue;
    out ??= mentions.slice();
    out[k] = mentionWith(m, { type: major, source: "list-type" });
  }
  return out;
}
