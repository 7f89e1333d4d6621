import { getDefaultTagger, type TemporalTagger } from "@newsparse/timeline";
import { dayKey } from "./day-key.js";
import type { TaggedText } from "./document-stage.js";
import { textHash } from "./text-hash.js";

/** A tagger that answers from timexes tagged earlier, counting hits and misses. */
export interface CachedTagger extends TemporalTagger {
  /** Calls answered from the cache, and calls that tagged again. */
  readonly stats: { hits: number; misses: number };
}

/**
 * Wrap the default temporal tagger so that a text already tagged against the
 * same reference day (by a per-document worker) is not tagged again. Texts are
 * matched by their SHA-1, so the cache holds no text.
 *
 * @param entries - Text hash → reference day (`YYYY-MM-DD` or `null`) and its timexes (a map, or anything with its `get`, e.g. one that unpacks them on demand).
 * @param base - The tagger to fall back to.
 * @returns The caching tagger.
 */
export function createCachedTagger(entries: Pick<ReadonlyMap<string, TaggedText>, "get">, base: TemporalTagger = getDefaultTagger()): CachedTagger {
  const stats = { hits: 0, misses: 0 };
  return {
    configuration: base.configuration,
    parsers: base.parsers,
    refiners: base.refiners,
    stats,
    tag(text, options) {
      const hit = entries.get(textHash(text));
      if (hit && hit.reference === dayKey(options?.referenceDate ?? null)) {
        stats.hits++;
        // callers may keep or copy the list; hand out a fresh array of fresh objects, as the tagger does
        return hit.timexes.map((t) => ({ ...t }));
      }
      stats.misses++;
      return base.tag(text, options);
    },
    extend(extra) {
      return base.extend(extra);
    },
    clone() {
      return base.extend();
    },
  };
}
