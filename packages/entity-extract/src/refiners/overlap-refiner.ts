import type { Mention } from "../schema.js";
import type { ExtractionContext, Refiner } from "../pipeline/types.js";
import { mentionWith } from "../pipeline/mention-shape.js";

const PRIORITY_OF: Record<string, number> = { acronym: 3, pattern: 3, tagger: 2, gazetteer: 1 };
/** Priority of a mention source (0 for user parsers; own keys only, never Object.prototype members). */
const priority = (source: string): number => (Object.hasOwn(PRIORITY_OF, source) ? PRIORITY_OF[source]! : 0);

/**
 * Resolve overlapping candidates: identical spans merge (the tagger's type,
 * the gazetteer's `refersTo`, the highest confidence); otherwise the
 * higher-priority parser wins (acronym > tagger > gazetteer), then the longer span.
 *
 * @returns A refiner named `overlap`.
 * @example
 * ```ts
 * import { createEntityExtractor, createGazetteerParser, createOverlapRefiner, createTaggerParser } from "@newsparse/entity-extract";
 *
 * createEntityExtractor({ parsers: [createTaggerParser(), createGazetteerParser()], refiners: [createOverlapRefiner()] });
 * ```
 */
export function createOverlapRefiner(): Refiner {
  return {
    name: "overlap",
    refine(context: ExtractionContext, mentions: Mention[]): Mention[] {
      const bySpan = new Map<string, Mention>();
      for (const m of mentions) {
        const key = `${m.start}:${m.end}`;
        const prev = bySpan.get(key);
        if (!prev) {
          bySpan.set(key, m);
          continue;
        }
        const [hi, lo] = priority(m.source) > priority(prev.source) ? [m, prev] : [prev, m];
        const merged: Mention = mentionWith(hi, { confidence: Math.max(hi.confidence, lo.confidence), flags: [...new Set([...hi.flags, ...lo.flags])] });
        // The gazetteer's type is more reliable for seats of government; its refersTo always helps.
        if (lo.source === "gazetteer" && lo.flags.includes("metonymy")) merged.type = lo.type;
        // A demonym is a nationality whatever the context; a country name is never a person.
        if (lo.source === "gazetteer" && lo.type === "NORP") merged.type = "NORP";
        if (lo.source === "gazetteer" && lo.type === "GPE" && merged.type === "PERSON") merged.type = "GPE";
        if (merged.refersTo === undefined && lo.refersTo !== undefined && (merged.type === lo.type || lo.flags.includes("metonymy"))) merged.refersTo = lo.refersTo;
        bySpan.set(key, merged);
      }
      // Higher-priority parsers first, then longer spans.
      const sorted = [...bySpan.values()].sort(
        (a, b) => priority(b.source) - priority(a.source) || b.end - b.start - (a.end - a.start) || a.start - b.start,
      );
      const kept: Mention[] = [];
      // Covered code units, so the overlap test stays linear in the mention lengths.
      const taken = new Uint8Array(context.text.length + 1);
      for (const m of sorted) {
        let free = true;
        for (let i = m.start; i < m.end && free; i++) if (taken[i]) free = false;
        if (!free) continue;
        kept.push(m);
        taken.fill(1, m.start, m.end);
      }
      return kept.sort((a, b) => a.start - b.start);
    },
  };
}
