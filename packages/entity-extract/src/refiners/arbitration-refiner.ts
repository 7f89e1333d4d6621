import { tokenAt } from "@newsparse/corpus-loader";
import type { Mention } from "../schema.js";
import type { ExtractionContext, Refiner } from "../pipeline/types.js";
import { TAGGER_TYPES } from "../tagger/labels.js";
import { tokenRange } from "./util.js";

/**
 * Per rule (the `source` a mention carries), the tagger margin from which the tagger's decision
 * stands against that rule's; a rule not listed is never overruled. Empty by default: on the tuning
 * data (`scripts/rule-errors.ts`, MODEL.md) the rules the tagger would overrule with a gain either
 * follow OntoNotes where the tuning corpora's annotation differs (GMB's unmarked party adjectives, its
 * "U.S." typed ORG), or, for acronym expansions and one-sense-per-document repetitions, cost
 * named-mention recall on the ECB+ train topics. Pass thresholds to follow a corpus's conventions.
 */
export const DEFAULT_ARBITRATION_MARGINS: Readonly<Record<string, number>> = {};

/** Options of {@link createArbitrationRefiner}. */
export interface ArbitrationOptions {
  /** Margins by rule name (mention `source`); replaces {@link DEFAULT_ARBITRATION_MARGINS}. */
  margins?: Readonly<Record<string, number>>;
}

/**
 * How firmly the tagger contradicts a mention a rule made: the largest emission margin among the
 * mention's tokens where the tagger decided something else (O, or another of its types; for a type
 * the tagger does not predict, such as FAC or LAW, O contradicts, and another type only where the tagger
 * found a mention with exactly the same bounds). `-Infinity` when the tagger
 * agrees everywhere, did not tag the text, or the mention is the tagger's own.
 *
 * @param context - The prepared document, after the tagger parser ran.
 * @param m - A mention.
 * @returns The contradiction margin.
 */
export function taggerContradiction(context: ExtractionContext, m: Mention): number {
  const decisions = context.tagger;
  if (!decisions || m.source === "tagger") return -Infinity;
  const r = tokenRange(m, context);
  if (!r) return -Infinity;
  const own = TAGGER_TYPES.indexOf(m.type);
  // A type the tagger cannot predict (FAC, LAW) is contradicted by O, and by another type only where the tagger
  // found exactly this name ("Keesler Air Base" ORG made FAC by a head word): it saw the whole name and typed it.
  const sameSpan = own < 0 && taggerHasSpan(decisions.mentions, m.start, m.end);
  let worst = -Infinity;
  for (let k = r[0]; k < r[1]; k++) {
    const t = decisions.types[k]!;
    if (t === -2 || t === own || (own < 0 && t >= 0 && !sameSpan)) continue;
    const margin = decisions.marginAt(k);
    if (margin > worst) worst = margin;
  }
  return worst;
}

/** Whether the tagger's mentions (in text order) include one with exactly these bounds (corpus-loader's binary search). */
function taggerHasSpan(own: readonly Mention[], start: number, end: number): boolean {
  for (let j = tokenAt(own, start); j < own.length && own[j]!.start === start; j++) if (own[j]!.end === end) return true;
  return false;
}

/**
 * How firmly the tagger backs a mention it made itself: the smallest emission margin over the
 * mention's tokens, when the tagger gave every one of them the mention's type; `-Infinity` otherwise.
 *
 * @param context - The prepared document, after the tagger parser ran.
 * @param m - A mention.
 * @returns The support margin.
 */
export function taggerSupport(context: ExtractionContext, m: Mention): number {
  const decisions = context.tagger;
  if (!decisions) return -Infinity;
  const r = tokenRange(m, context);
  if (!r) return -Infinity;
  const own = TAGGER_TYPES.indexOf(m.type);
  if (own < 0) return -Infinity;
  let least = Infinity;
  for (let k = r[0]; k < r[1]; k++) {
    if (decisions.types[k] !== own) return -Infinity;
    least = Math.min(least, decisions.margins[k]!);
  }
  return least === Infinity ? -Infinity : least;
}

/**
 * Arbitration between the rules and the tagger: a mention a rule made or changed is undone where the
 * tagger contradicts it with a margin at least that rule's threshold (it was confident, and on the
 * tuning split the rule was less precise than the tagger there). Undoing removes the rule's mention
 * and puts back the tagger's own mentions inside its span that no other mention overlaps. Rules
 * without a threshold are never overruled.
 *
 * @param options - Thresholds by rule name.
 * @returns A refiner named `arbitration`.
 * @example
 * ```ts
 * import { createArbitrationRefiner, createDefaultConfiguration, createEntityExtractor } from "@newsparse/entity-extract";
 *
 * const configuration = createDefaultConfiguration();
 * // Let the tagger overrule the gazetteer whenever its emission scores disagree at all.
 * configuration.refiners = configuration.refiners.map((r) => (r.name === "arbitration" ? createArbitrationRefiner({ margins: { gazetteer: 0 } }) : r));
 * createEntityExtractor(configuration);
 * ```
 */
export function createArbitrationRefiner(options: ArbitrationOptions = {}): Refiner {
  const margins = options.margins ?? DEFAULT_ARBITRATION_MARGINS;
  return {
    name: "arbitration",
    refine(context: ExtractionContext, mentions: Mention[]): Mention[] {
      const decisions = context.tagger;
      if (!decisions) return mentions;
      const undone: Mention[] = [];
      const kept: Mention[] = [];
      for (const m of mentions) {
        const threshold = Object.hasOwn(margins, m.source) ? margins[m.source]! : Infinity;
        const contradiction = threshold === Infinity ? -Infinity : taggerContradiction(context, m);
        if (contradiction !== -Infinity && contradiction >= threshold) undone.push(m);
        else kept.push(m);
      }
      if (!undone.length) return mentions;
      // Covered code units of the kept mentions: a tagger mention comes back only where it is free.
      const taken = new Uint8Array(context.text.length + 1);
      for (const m of kept) taken.fill(1, m.start, m.end);
      const own = decisions.mentions; // in text order
      for (const u of undone) {
        // First tagger mention starting at or after u (binary search), then those inside u.
        let lo = 0;
        let hi = own.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (own[mid]!.start < u.start) lo = mid + 1;
          else hi = mid;
        }
        for (let j = lo; j < own.length && own[j]!.start < u.end; j++) {
          const t = own[j]!;
          if (t.end > u.end) continue;
          let free = true;
          for (let i = t.start; i < t.end && free; i++) if (taken[i]) free = false;
          if (!free) continue;
          kept.push(t);
          taken.fill(1, t.start, t.end);
        }
      }
      return kept.sort((a, b) => a.start - b.start || a.end - b.end);
    },
  };
}
