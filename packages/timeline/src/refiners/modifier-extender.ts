import type { Refiner } from "@newsparse/corpus-loader";
import type { TaggerContext, TimexCandidate } from "../tagging/tagger-context.js";
import type { Unit } from "../dates/resolve.js";
import { dateShift } from "../parsers/rule-kit.js";
import { alternation } from "../lexicon/alternation.js";
import { modifierMods, particleVerbWords } from "../lexicon/modifiers.js";

const MODIFIERS = modifierMods;
/** "get around Wednesday's ruling": verbs whose particle "around"/"about" is not a modifier of the next expression. */
const PARTICLE_VERB = new RegExp(`\\b(?:${alternation(particleVerbWords)})\\s{1,3}$`, "i");

/** Extends spans over a directly preceding modifier ("early Tuesday", "around 7:15 p.m.", "More recently"). */
export const modifierExtender: Refiner<TaggerContext, TimexCandidate> = {
  name: "modifier-extender",
  refine(ctx, candidates) {
    for (const c of candidates) {
      const before = ctx.text.slice(Math.max(0, c.start - 16), c.start);
      const m = /(?:^|[^A-Za-z])([A-Za-z]{4,13}) $/.exec(before);
      if (!m) continue;
      const word = (m[1] ?? "").toLowerCase();
      // own keys only: "constructor Tuesday" is not a modifier (`in` also sees Object.prototype's keys)
      if (!Object.hasOwn(MODIFIERS, word)) continue;
      if (word === "more" && c.value !== "PAST_REF") continue;
      if ((word === "early" || word === "late" || word === "earlier" || word === "later") && c.type === "DURATION") continue;
      if ((word === "about" || word === "approximately") && c.type !== "TIME" && c.type !== "DURATION") continue;
      if (word === "around" || word === "about" || word === "approximately") {
        // "ways to get around Wednesday's ruling": a particle of the verb, or a preposition before a possessive
        if (/^['’]s\b/.test(ctx.text.slice(c.end, c.end + 3))) continue;
        if (PARTICLE_VERB.test(before.slice(0, before.length - word.length - 1))) continue;
      }
      // "Earlier Friday, police said …": a discourse adverb (earlier than the events just told), not a part of the day
      if ((word === "earlier" || word === "later") && c.rule === "weekday") continue;
      c.start -= (m[1] ?? "").length + 1;
      c.mod ??= MODIFIERS[word];
    }
    // trailing vagueness: "the next year or so", "a week or so ago"
    for (const c of candidates) {
      const after = ctx.text.slice(c.end, c.end + 10);
      if (after.startsWith(" or so")) {
        c.end += 6;
        c.mod ??= "APPROX";
        const rest = ctx.text.slice(c.end, c.end + 4);
        if (rest === " ago" && c.type === "DURATION") {
          c.end += 4;
          // "a week or so ago" is a date: the duration counted back from the document date
          const d = /^P(\d{1,3})([DWMY])$/.exec(c.value);
          if (d) {
            const shifted = dateShift(ctx, d[2] as Unit, Number(d[1]), -1, c.mod);
            c.type = shifted.type;
            c.value = shifted.value;
          }
        }
      }
    }
    return candidates;
  },
};
