import type { Parser, PipelineConfiguration, PipelineContext, Refiner } from "@newsparse/corpus-loader";
import type { TimexType } from "../schema.js";
import type { CalendarDay } from "../dates/calendar.js";
import type { ClauseTense } from "./tense.js";

/** A temporal expression proposed by a parser, before refinement. */
export interface TimexCandidate {
  /** Start offset (UTF-16, inclusive). */
  start: number;
  /** End offset (UTF-16, exclusive). */
  end: number;
  /** TIMEX3 type. */
  type: TimexType;
  /** TIMEX3 value. */
  value: string;
  /** TIMEX3 mod. */
  mod?: string | undefined;
  /** Name of the parser or refiner that produced it. */
  rule: string;
  /** Tie-break when two candidates cover the same span: higher wins. */
  priority?: number | undefined;
  /**
   * The text the parser read at `[start, end)`, optional. When a parser
   * gives it, the run checks that the span slices back to it, so a parser
   * that miscounts its offsets is caught (`invalid-span` message) instead of
   * tagging the wrong characters. A refiner that moves a span must update it
   * or delete it. The timex's own `text` is always sliced from its final
   * offsets.
   */
  text?: string | undefined;
}

/**
 * What the temporal parsers and refiners see: the shared
 * {@link PipelineContext} (`docId`, `text`, `messages`) plus the reference
 * day and the tense of a clause.
 */
export interface TaggerContext extends PipelineContext {
  /** Reference (document creation) day, or `null` when unknown: relative values then stay underspecified (`XXXX`). */
  readonly reference: CalendarDay | null;
  /** Tense of the clause around a span (news default: past). */
  tenseAt(start: number, end: number): ClauseTense;
}

/**
 * The parsers and refiners of a `TemporalTagger`: corpus-loader's
 * {@link PipelineConfiguration} over {@link TaggerContext} and
 * {@link TimexCandidate}.
 */
export type TemporalTaggerConfiguration = PipelineConfiguration<TaggerContext, TimexCandidate>;

/**
 * A temporal parser: proposes candidates over the whole text (must run in linear time).
 *
 * @deprecated Use `Parser<TaggerContext, TimexCandidate>` from `@newsparse/corpus-loader`; this alias goes in the next minor release.
 */
export type TemporalParser = Parser<TaggerContext, TimexCandidate>;

/**
 * A temporal refiner: filters, merges or rewrites candidates.
 *
 * @deprecated Use `Refiner<TaggerContext, TimexCandidate>` from `@newsparse/corpus-loader`; this alias goes in the next minor release.
 */
export type TemporalRefiner = Refiner<TaggerContext, TimexCandidate>;
