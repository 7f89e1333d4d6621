import type { Refiner } from "@newsparse/corpus-loader";
import type { ClaimContext } from "../pipeline.js";
import type { Claim } from "../schema.js";

/**
 * Give a quote without an attribution of its own the speaker of the reported
 * speech it sits in (`Niger’s government … said the talks … were a “turning
 * point …”`, `the Pentagon confirmed that … the "orderly withdrawal"`).
 */
export const reportedQuoteSpeakerRefiner: Refiner<ClaimContext, Claim> = {
  name: "reported-quote-speaker",
  refine(context, claims) {
    const reported = claims.filter((c) => c.kind === "reported");
    if (reported.length === 0) return claims;
    let r = 0;
    for (const c of claims) {
      if (c.kind !== "quote") continue;
      while (r < reported.length && reported[r]!.end < c.start) r++;
      if (c.speaker && !c.flags?.includes("continuation")) continue;
      // a quoted title (`on NBC’s “Meet the Press”`) is not part of what was said
      if (c.flags?.includes("title") && c.flags.includes("embedded")) continue;
      // the reported claim whose content contains the quote (content may end right before or after the closing mark)
      for (let x = Math.max(0, r - 1); x < reported.length && reported[x]!.start <= c.start; x++) {
        const rep = reported[x]!;
        if (rep.start <= c.start && c.start < rep.end && rep.speaker) {
          c.speaker = { ...rep.speaker };
          if (rep.cue) c.cue = { ...rep.cue };
          const rest = (c.flags ?? []).filter((f) => f !== "continuation");
          // "He tells the crowd: “…”", "telling her supporters, “…”": a cue whose complement is the quote (after a
          // listener or adjunct, then a comma or colon) introduces a direct quote, not reported speech
          const introduces = !!rep.cue && introducesQuote(context.text, rep.cue.end, c.start) && c.end >= rep.end - 2;
          c.flags = introduces ? rest : [...rest, "in-reported-speech"];
          if (c.flags.length === 0) delete c.flags;
          c.source = "reported-quote-speaker";
          break;
        }
      }
    }
    return claims;
  },
};

/** True when the stretch between a cue and a quote is a short listener or adjunct ending in a comma or colon, with no clause (`that`, a sentence end). */
function introducesQuote(text: string, cueEnd: number, quoteStart: number): boolean {
  if (quoteStart < cueEnd || quoteStart - cueEnd > 60) return false;
  const gap = text.slice(cueEnd, quoteStart).trimEnd();
  const last = gap[gap.length - 1];
  if (last !== "," && last !== ":") return false;
  return !/[.!?;“”"]/.test(gap) && !/\b(?:that|if|whether|he|she|they|it|we|I)\b/i.test(gap.slice(0, -1));
}
