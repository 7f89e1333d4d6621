import {
  type Message,
  type Parser,
  type Refiner,
  createMessage,
  extendConfiguration,
  runPipeline,
  spanProblem,
} from "@newsparse/corpus-loader";
import type { Timex } from "../schema.js";
import { toCalendarDay } from "../dates/calendar.js";
import { clauseTense } from "./tense.js";
import type { TaggerContext, TemporalTaggerConfiguration, TimexCandidate } from "./tagger-context.js";

const SOURCE = "@newsparse/timeline";

/** Options of a tagging call. */
export interface TagOptions {
  /**
   * Date the text was written (document creation time). Relative expressions
   * resolve against it. `null` keeps them underspecified (`XXXX-07`): the
   * tagger never falls back to today's date.
   */
  referenceDate: Date | string | null;
  /** Id of the document, recorded in the messages of the run. Default `"doc"`. */
  docId?: string | undefined;
  /**
   * A list the run's diagnostics are pushed onto: a parser or refiner that
   * failed (`parser-failed`, `refiner-failed`), a candidate with an invalid
   * span (`invalid-span`, the candidate is dropped), a chunk chrono-node
   * failed on (`chrono-failed`). Pass one to see them; `buildTimeline` does,
   * and reports them in its `messages`.
   */
  messages?: Message[] | undefined;
}

/** A configured temporal tagger. */
export interface TemporalTagger {
  /** The parsers and refiners it runs, in order (a read-only view; use {@link TemporalTagger.extend} to add stages). */
  readonly configuration: {
    readonly parsers: readonly Parser<TaggerContext, TimexCandidate>[];
    readonly refiners: readonly Refiner<TaggerContext, TimexCandidate>[];
  };
  /**
   * Tag a text.
   *
   * @param text - The text.
   * @param options - Reference date, and optionally the document id and a list for the run's messages.
   * @returns Timexes, in text order.
   */
  tag(text: string, options: TagOptions): Timex[];
  /**
   * A new tagger: this one's parsers and refiners with `extra`'s appended.
   *
   * @param extra - Parsers and refiners to append (none: a plain copy).
   * @returns The new tagger; this one is unchanged.
   */
  extend(extra?: Partial<TemporalTaggerConfiguration>): TemporalTagger;
  /**
   * The parsers, as a mutable array the tagger runs.
   *
   * @deprecated Use `configuration.parsers` to read and `extend({ parsers })` to add; goes in the next minor release.
   */
  readonly parsers: Parser<TaggerContext, TimexCandidate>[];
  /**
   * The refiners, as a mutable array the tagger runs.
   *
   * @deprecated Use `configuration.refiners` to read and `extend({ refiners })` to add; goes in the next minor release.
   */
  readonly refiners: Refiner<TaggerContext, TimexCandidate>[];
  /**
   * A copy with its own parser and refiner arrays.
   *
   * @deprecated Use `extend()` (with no argument for a plain copy); goes in the next minor release.
   */
  clone(): TemporalTagger;
}

/**
 * The candidates as timexes in text order. A refiner that moved a candidate
 * the run had already checked (refiners may change candidates in place) out
 * of the text is caught here: the candidate is dropped with an
 * `invalid-span` message, never silently.
 */
function toTimexes(context: TaggerContext, candidates: readonly TimexCandidate[]): Timex[] {
  const out: Timex[] = [];
  for (const c of candidates) {
    // offsets only: a refiner may have moved the span in place and left the parser's `text` behind
    const problem = spanProblem(context.text, { start: c.start, end: c.end });
    if (problem) {
      context.messages.push(
        createMessage(`Candidate of rule "${c.rule}" has an invalid span (${problem}); it was dropped.`, {
          ruleId: "invalid-span",
          severity: "error",
          source: SOURCE,
          docId: context.docId,
          start: c.start,
          end: c.end,
        }),
      );
      continue;
    }
    const timex: Timex = { start: c.start, end: c.end, text: context.text.slice(c.start, c.end), type: c.type, value: c.value, rule: c.rule };
    if (c.mod) timex.mod = c.mod;
    out.push(timex);
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out;
}

/**
 * Create a temporal tagger from parsers and refiners. Each `tag` call runs
 * them with corpus-loader's `runPipeline`: a stage that throws or returns a
 * candidate with an invalid span becomes a message, and the run goes on.
 *
 * @param configuration - Parsers and refiners (see `createDefaultConfiguration`); the arrays are copied.
 * @returns The tagger.
 * @example
 * ```ts
 * import { createDefaultConfiguration, createTemporalTagger, type TaggerContext, type TimexCandidate } from "@newsparse/timeline";
 * import type { Parser } from "@newsparse/corpus-loader";
 *
 * const ramadan: Parser<TaggerContext, TimexCandidate> = {
 *   name: "ramadan",
 *   parse: ({ text }) => [...text.matchAll(/\bRamadan\b/g)].map((m) => ({ start: m.index, end: m.index + 7, type: "DATE", value: "XXXX-XX-XX", rule: "ramadan" })),
 * };
 * const tagger = createTemporalTagger(createDefaultConfiguration()).extend({ parsers: [ramadan] });
 * console.log(tagger.tag("Fasting ends after Ramadan.", { referenceDate: "2024-04-01" }).map((t) => t.rule)); // ["ramadan"]
 * ```
 */
export function createTemporalTagger(configuration: TemporalTaggerConfiguration): TemporalTagger {
  const parsers = [...configuration.parsers];
  const refiners = [...configuration.refiners];
  const own: TemporalTaggerConfiguration = { ...configuration, parsers, refiners };
  const view = Object.freeze({
    get parsers(): readonly Parser<TaggerContext, TimexCandidate>[] {
      return parsers;
    },
    get refiners(): readonly Refiner<TaggerContext, TimexCandidate>[] {
      return refiners;
    },
  });
  return {
    configuration: view,
    parsers,
    refiners,
    tag(text: string, options: TagOptions): Timex[] {
      if (typeof text !== "string" || text.length === 0) return [];
      const reference = toCalendarDay(options?.referenceDate ?? null);
      const context: TaggerContext = {
        docId: options?.docId ?? "doc",
        text,
        messages: options?.messages ?? [],
        reference,
        tenseAt: (start, end) => clauseTense(text, start, end) ?? "past",
      };
      return toTimexes(context, runPipeline(own, context, { source: SOURCE }));
    },
    extend(extra: Partial<TemporalTaggerConfiguration> = {}) {
      return createTemporalTagger(extendConfiguration(own, extra));
    },
    clone() {
      return createTemporalTagger(own);
    },
  };
}
