import type { Refiner } from "@newsparse/corpus-loader";
import type { TaggerContext, TimexCandidate } from "../tagging/tagger-context.js";

const ANAPHORIC = /^(?:(?:the|that) (?:(?<rel>next|following|previous|prior|same) (?<unit>day|morning|afternoon|evening|night|month|year)|(?<unit2>day|night) (?<dir>before|after))|(?:(?:earlier|later) )?that (?<unit3>day|month|year))$/i;

/**
 * Narrative convention: "the next day", "the following year", "the same
 * day", "the day before" count from the date the text last talked about
 * ("Farkas was promoted in 1995, and the following year…" → 1996), not from
 * the document date. Without such a date the document date stays the anchor.
 */
export const anaphoricAnchor: Refiner<TaggerContext, TimexCandidate> = {
  name: "anaphoric-anchor",
  refine(ctx, candidates) {
    const sorted = [...candidates].sort((a, b) => a.start - b.start);
    let last: { year: number; month: number | null; day: number | null } | null = null;
    for (const c of sorted) {
      const m = ANAPHORIC.exec(ctx.text.slice(c.start, c.end));
      if (!m || !m.groups) {
        const d = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T|$)/.exec(c.value);
        if ((c.type === "DATE" || c.type === "TIME") && d) last = { year: Number(d[1]), month: d[2] ? Number(d[2]) : null, day: d[3] ? Number(d[3]) : null };
        continue;
      }
      if (!last) continue;
      const g = m.groups;
      const rel = (g.rel ?? g.dir ?? "").toLowerCase();
      const unit = (g.unit ?? g.unit2 ?? g.unit3 ?? "").toLowerCase();
      const n = g.unit3 || rel === "same" ? 0 : rel === "next" || rel === "following" || rel === "after" ? 1 : -1;
      if (unit === "year") {
        if (c.type !== "DATE") continue;
        c.value = String(last.year + n).padStart(4, "0");
      } else if (unit === "month") {
        if (c.type !== "DATE" || last.month === null) continue;
        const total = last.year * 12 + last.month - 1 + n;
        c.value = `${String(Math.floor(total / 12)).padStart(4, "0")}-${String((total % 12) + 1).padStart(2, "0")}`;
      } else {
        if (last.month === null || last.day === null) continue;
        const t = new Date(Date.UTC(last.year, last.month - 1, last.day + n));
        const day = `${String(t.getUTCFullYear()).padStart(4, "0")}-${String(t.getUTCMonth() + 1).padStart(2, "0")}-${String(t.getUTCDate()).padStart(2, "0")}`;
        c.value = c.value.includes("T") ? `${day}${c.value.slice(c.value.indexOf("T"))}` : day;
      }
      c.rule = `${c.rule}+anaphoric-anchor`;
    }
    return sorted;
  },
};
