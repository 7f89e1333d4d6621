import type { Timex, TimexType } from "../schema.js";
import { type CalendarDay, toCalendarDay } from "../dates/calendar.js";
import { type ClauseTense, clauseTense } from "./tense.js";

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
}

/** What parsers and refiners see. */
export interface TaggerContext {
  /** The text being tagged. */
  readonly text: string;
  /** Reference (document creation) day, or `null` when unknown: relative values then stay underspecified (`XXXX`). */
  readonly reference: CalendarDay | null;
  /** Tense of the clause around a span (news default: past). */
  tenseAt(start: number, end: number): ClauseTense;
}

/** A parser proposes candidates over the whole text. Must run in linear time. */
export interface TemporalParser {
  /** Name recorded in each Timex's `rule`. */
  name: string;
  /** Propose candidates. */
  parse(context: TaggerContext): TimexCandidate[];
}

/** A refiner filters, merges or rewrites candidates. */
export interface TemporalRefiner {
  /** Name. */
  name: string;
  /** Refine the candidate list. */
  refine(context: TaggerContext, candidates: TimexCandidate[]): TimexCandidate[];
}

/** Configuration of a {@link TemporalTagger}, chrono style. */
export interface TemporalTaggerConfiguration {
  /** Parsers, run in order; all candidates are pooled. */
  parsers: TemporalParser[];
  /** Refiners, run in order on the pooled candidates. */
  refiners: TemporalRefiner[];
}

/** Options of a tagging call. */
export interface TagOptions {
  /**
   * Date the text was written (document creation time). Relative expressions
   * resolve against it. `null` keeps them underspecified (`XXXX-07`): the
   * tagger never falls back to today's date.
   */
  referenceDate: Date | string | null;
}

/** A configured tagger. */
export interface TemporalTagger {
  /** The configuration (mutable: push your own parsers and refiners). */
  readonly parsers: TemporalParser[];
  /** Refiners, run in order. */
  readonly refiners: TemporalRefiner[];
  /** Tag a text. */
  tag(text: string, options: TagOptions): Timex[];
  /** A copy with its own parser and refiner arrays. */
  clone(): TemporalTagger;
}

/**
 * Create a temporal tagger from parsers and refiners.
 *
 * @param configuration - Parsers and refiners.
 * @returns The tagger.
 * @example
 * ```ts
 * const tagger = createTemporalTagger(createNewsConfiguration());
 * tagger.parsers.push(myParser);
 * tagger.tag("last July", { referenceDate: "2024-04-19" });
 * ```
 */
export function createTemporalTagger(configuration: TemporalTaggerConfiguration): TemporalTagger {
  const parsers = [...configuration.parsers];
  const refiners = [...configuration.refiners];
  return {
    parsers,
    refiners,
    tag(text: string, options: TagOptions): Timex[] {
      if (typeof text !== "string" || text.length === 0) return [];
      const reference = toCalendarDay(options?.referenceDate ?? null);
      const context: TaggerContext = {
        text,
        reference,
        tenseAt: (start, end) => clauseTense(text, start, end) ?? "past",
      };
      let candidates: TimexCandidate[] = [];
      for (const parser of parsers) {
        for (const c of parser.parse(context)) candidates.push(c);
      }
      for (const refiner of refiners) candidates = refiner.refine(context, candidates);
      const out: Timex[] = [];
      for (const c of candidates) {
        if (c.start < 0 || c.end > text.length || c.end <= c.start) continue;
        const timex: Timex = { start: c.start, end: c.end, text: text.slice(c.start, c.end), type: c.type, value: c.value, rule: c.rule };
        if (c.mod) timex.mod = c.mod;
        out.push(timex);
      }
      out.sort((a, b) => a.start - b.start || b.end - a.end);
      return out;
    },
    clone() {
      return createTemporalTagger({ parsers: [...parsers], refiners: [...refiners] });
    },
  };
}
