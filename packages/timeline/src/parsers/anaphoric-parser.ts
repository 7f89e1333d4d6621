/**
 * Anaphoric dates: "the next day", "the following year", "the same day",
 * "the day before". The parser proposes them resolved against the document
 * date; {@link anaphoricAnchor} re-anchors them on the date the text last
 * talked about.
 */
import type { Parser } from "@newsparse/corpus-loader";
import type { TaggerContext, TimexCandidate } from "../tagging/tagger-context.js";
import { shiftedPeriodValue, unknownPeriodValue } from "../dates/resolve.js";
import { regexParser, previousWord } from "./rule-kit.js";
import { spanPrepositionsWords } from "../lexicon/anaphora.js";

/** Words before "the next day" that make it a stretch of time ("over the following year"). */
export const SPAN_PREPOSITIONS: ReadonlySet<string> = new Set(spanPrepositionsWords);

/**
 * "the next day", "the following morning", "the same day", "the day before".
 * Opt-in (not among {@link createNewsParsers}): it changes no figure on the
 * TimeML tuning part (TimeBank + even-index AQUAINT). Add it with a
 * tagger's `extend()`; {@link anaphoricAnchor} then anchors it.
 *
 * @example
 * ```ts
 * import { anaphoricDayParser, createDefaultConfiguration, createTemporalTagger } from "@newsparse/timeline";
 *
 * const tagger = createTemporalTagger(createDefaultConfiguration()).extend({ parsers: [anaphoricDayParser] });
 * console.log(tagger.tag("The talks began Jan. 5. The next day, he left.", { referenceDate: "1998-02-15" }).map((t) => t.value));
 * // ["1998-01-05", "1998-01-06"]
 * ```
 */
export const anaphoricDayParser: Parser<TaggerContext, TimexCandidate> = regexParser(
  "anaphoric-day",
  /\b(?:(?:the|that) (?<rel>next|following|previous|prior|same) (?<unit>day|morning|afternoon|evening|night)|the (?<unit2>day|night) (?<dir>before|after)(?=[.,;]))/gi,
  (m, g, ctx) => {
    const rel = (g.rel ?? g.dir ?? "").toLowerCase();
    const unit = (g.unit ?? g.unit2 ?? "day").toLowerCase();
    if (g.rel && SPAN_PREPOSITIONS.has(previousWord(ctx.text, m.index).toLowerCase()) && rel !== "same") return null;
    const n = rel === "next" || rel === "following" || rel === "after" ? 1 : rel === "same" ? 0 : -1;
    const day = ctx.reference ? shiftedPeriodValue(ctx.reference, "D", n) : unknownPeriodValue("D");
    const pod = unit === "morning" ? "MO" : unit === "afternoon" ? "AF" : unit === "evening" ? "EV" : unit === "night" ? "NI" : "";
    return pod ? { type: "TIME", value: `${day}T${pod}` } : { type: "DATE", value: day };
  },
  2,
);

/**
 * "that year", "that month", "later that year", "earlier that day": the period
 * of the date the text last talked about ({@link anaphoricAnchor} anchors it;
 * without an earlier date it stays the document date's period). A bare "that
 * day" is left alone ("trades made that day" is rarely annotated).
 */
export const thatPeriodParser: Parser<TaggerContext, TimexCandidate> = regexParser(
  "that-period",
  /\b(?:(?<mod>[Ee]arlier|[Ll]ater) )?that (?<unit>day|month|year)(?![\w-])/g,
  (_m, g, ctx) => {
    const unit = g.unit ?? "year";
    if (unit === "day" && !g.mod) return null;
    const code = unit === "day" ? "D" : unit === "month" ? "M" : "Y";
    return { type: "DATE", value: ctx.reference ? shiftedPeriodValue(ctx.reference, code, 0) : unknownPeriodValue(code) };
  },
  2,
);
