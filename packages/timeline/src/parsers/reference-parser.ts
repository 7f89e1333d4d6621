/**
 * PRESENT_REF, PAST_REF and FUTURE_REF references.
 */
import { durationValue } from "../dates/resolve.js";
import { regexParser, unitOf, previousWord, nextWord } from "./rule-kit.js";

/** PRESENT_REF, PAST_REF, FUTURE_REF. */
export const referenceParser = regexParser(
  "reference",
  /\b(?:(?<present>right now|now|currently|presently|nowadays|at present|at the moment|these days|for the time being)|(?<past>recently|lately|the past|(?<recent>in recent (?:days|weeks|months|years|decades)|recent (?:days|weeks|months|years|decades)))|(?<future>soon|the future|the near future|the (?:near|short) term|as soon as possible|a later date|(?:the )?coming (?:days|weeks|months|years|decades)|(?<ahead>the (?:days|weeks|months|years) ahead)|the days to come|the months to come|the years to come|someday|one day))\b/gi,
  (m, g, ctx) => {
    const t = m[0].toLowerCase();
    let start = m.index;
    if (t.startsWith("in recent")) start += 3;
    // "right now": the intensifier stays outside the extent, as TimeML annotates "now"
    if (t === "right now") start += 6;
    if (t === "once") {
      // "once" is a time only as "formerly": "the once-powerful", "was once"
      const prev = previousWord(ctx.text, m.index).toLowerCase();
      if (!["was", "were", "had", "has", "have", "is", "are"].includes(prev)) return null;
    }
    if (t === "recent") {
      // the adjective "recent" is PAST_REF only before an event noun or alone
      const next = nextWord(ctx.text, m.index + m[0].length).toLowerCase();
      if (["years", "months", "weeks", "days"].includes(next)) return null;
    }
    if (t === "soon") {
      const prev = previousWord(ctx.text, m.index).toLowerCase();
      const next = nextWord(ctx.text, m.index + m[0].length).toLowerCase();
      if (prev === "as" || next === "after" || next === "as" || next === "before") return null;
    }
    if (t === "the future" && nextWord(ctx.text, m.index + m[0].length).toLowerCase() === "of") {
      // "the future of their mission": the prospects of something, not a time
      return null;
    }
    if (t === "one day") {
      const prev = previousWord(ctx.text, m.index).toLowerCase();
      if (prev !== "" && prev !== "could" && prev !== "might" && prev !== "will" && prev !== "would") return null;
    }
    if (g.recent || g.ahead) {
      // "recent weeks", "the months ahead": TimeBank annotates these as vague durations
      const unit = unitOf(/(days|weeks|months|years|decades)/i.exec(t)?.[1] ?? "") ?? "Y";
      return { type: "DURATION", value: durationValue("X", unit), start };
    }
    if (g.present) return { type: "DATE", value: "PRESENT_REF", start };
    if (g.past) return { type: "DATE", value: "PAST_REF", start };
    return { type: "DATE", value: "FUTURE_REF", start };
  },
  0,
);
