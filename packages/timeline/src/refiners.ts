import type { TemporalRefiner, TimexCandidate } from "./temporal-tagger.js";
import type { Unit } from "./resolve.js";
import { dateShift, endsSentence, isPrice } from "./parsers/rule-kit.js";

/** Drops candidates that are prices, fractions or scores rather than times. */
export const nonTimeFilter: TemporalRefiner = {
  name: "non-time-filter",
  refine(ctx, candidates) {
    return candidates.filter((c) => {
      const text = ctx.text.slice(c.start, c.end);
      if (/^\d{1,2}\/\d{1,2}$/.test(text)) return false;
      if (isPrice(ctx.text, c.start)) return false;
      // title-case names inside a sentence: "USA Today", ABC's "This Week"
      if (text === "Today" || text === "This Week" || text === "Tonight") {
        const prev = ctx.text.slice(Math.max(0, c.start - 30), c.start);
        const next = ctx.text.slice(c.end, c.end + 2);
        const quoted = /[“"]$/.test(prev) && (/^,?[”"]/.test(next) || (text === "This Week" && /^ [A-Z]/.test(next)));
        const midSentence = !endsSentence(ctx.text, c.start);
        if (quoted || (midSentence && (/[A-Z][A-Za-z.]{0,12} $/.test(prev) || text === "This Week"))) return false;
      }
      return true;
    });
  },
};

/** Trims leading spaces and trailing punctuation from spans (TimeML extents). Keeps an abbreviation's dot. */
export const extentTrimmer: TemporalRefiner = {
  name: "extent-trimmer",
  refine(ctx, candidates) {
    for (const c of candidates) {
      while (c.end > c.start && /[\s,;:!?)"”’-]/.test(ctx.text[c.end - 1] ?? "")) c.end--;
      if (c.end > c.start && ctx.text[c.end - 1] === ".") {
        const word = ctx.text.slice(Math.max(c.start, c.end - 6), c.end - 1);
        if (!/(?:^|[^A-Za-z])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|a\.m|p\.m)$/.test(word)) c.end--;
      }
      while (c.start < c.end && /\s/.test(ctx.text[c.start] ?? "")) c.start++;
    }
    return candidates.filter((c) => c.end > c.start);
  },
};

/** Resolves overlaps: the longest span wins, then the higher priority, then the earlier start. */
export const overlapResolver: TemporalRefiner = {
  name: "overlap-resolver",
  refine(ctx, candidates) {
    const sorted = [...candidates].sort(
      (a, b) => b.end - b.start - (a.end - a.start) || (b.priority ?? 0) - (a.priority ?? 0) || a.start - b.start,
    );
    // candidates are short (bounded patterns), so marking covered characters keeps this linear
    const taken = new Uint8Array(ctx.text.length + 1);
    const kept: TimexCandidate[] = [];
    for (const c of sorted) {
      if (c.start < 0 || c.end > ctx.text.length || c.end <= c.start) continue;
      let free = true;
      for (let i = c.start; i < c.end; i++) {
        if (taken[i]) {
          free = false;
          break;
        }
      }
      if (!free) continue;
      taken.fill(1, c.start, c.end);
      kept.push(c);
    }
    return kept.sort((a, b) => a.start - b.start);
  },
};

const MODIFIERS: Record<string, string | undefined> = {
  early: "START", late: "END", earlier: undefined, later: undefined, around: "APPROX", about: "APPROX",
  approximately: "APPROX", nearly: "LESS_THAN", almost: "LESS_THAN", more: undefined, "mid-": "MID",
};

/** Extends spans over a directly preceding modifier ("early Tuesday", "around 7:15 p.m.", "More recently"). */
export const modifierExtender: TemporalRefiner = {
  name: "modifier-extender",
  refine(ctx, candidates) {
    for (const c of candidates) {
      const before = ctx.text.slice(Math.max(0, c.start - 16), c.start);
      const m = /(?:^|[^A-Za-z])([A-Za-z]{4,13}) $/.exec(before);
      if (!m) continue;
      const word = (m[1] ?? "").toLowerCase();
      if (!(word in MODIFIERS)) continue;
      if (word === "more" && c.value !== "PAST_REF") continue;
      if ((word === "early" || word === "late" || word === "earlier" || word === "later") && c.type === "DURATION") continue;
      if ((word === "about" || word === "approximately") && c.type !== "TIME" && c.type !== "DURATION") continue;
      if (word === "around" || word === "about" || word === "approximately") {
        // "ways to get around Wednesday's ruling": a particle of the verb, or a preposition before a possessive
        if (/^['’]s\b/.test(ctx.text.slice(c.end, c.end + 3))) continue;
        if (/\b(?:get|gets|got|getting|go|goes|went|going|come|came|turn|turned|work|worked|walk|walked|move|moved|run|ran|way|ways)\s{1,3}$/i.test(before.slice(0, before.length - word.length - 1))) continue;
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

/** Joins a clock time with an adjacent day ("10 p.m. Wednesday", "noon Thursday", "Monday at 5 p.m."). */
export const timeDayJoiner: TemporalRefiner = {
  name: "time-day-joiner",
  refine(ctx, candidates) {
    const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
    const out: TimexCandidate[] = [];
    for (let i = 0; i < sorted.length; i++) {
      const a = sorted[i]!;
      const b = sorted[i + 1];
      if (b && a.end <= b.start) {
        const gap = ctx.text.slice(a.end, b.start);
        const aTime = a.type === "TIME" && /T\d/.test(a.value);
        const bTime = b.type === "TIME" && /T\d/.test(b.value);
        const aDay = a.type === "DATE" && /^\d{4}-\d\d-\d\d$/.test(a.value);
        const bDay = b.type === "DATE" && /^\d{4}-\d\d-\d\d$/.test(b.value);
        if (/^(?:,? | at |, at )$/.test(gap) && ((aTime && bDay) || (aDay && bTime))) {
          const time = aTime ? a : b;
          const day = aTime ? b : a;
          const t = time.value.slice(time.value.indexOf("T"));
          out.push({ start: a.start, end: b.end, type: "TIME", value: day.value + t, mod: time.mod, rule: "time-day-joiner", priority: 5 });
          i++;
          continue;
        }
      }
      out.push(a);
    }
    return out;
  },
};

/**
 * Financial-report convention: once a document talks about a quarter, "a year
 * ago" and "a year earlier" mean the same quarter a year before, and "the
 * latest period" means that quarter (dropped when no quarter was talked
 * about). A year-ago quarter or a forecast quarter after the report's own
 * quarter does not become the base.
 */
export const quarterContext: TemporalRefiner = {
  name: "quarter-context",
  refine(ctx, candidates) {
    const sorted = [...candidates].sort((a, b) => a.start - b.start);
    let last: string | null = null;
    for (const c of sorted) {
      if (c.rule === "latest-period") {
        // "the latest period": the quarter last reported on; without one it is not a quarter
        if (last) c.value = last;
        else c.value = "";
        continue;
      }
      if (c.type === "DATE" && /^\d{4}-Q\d$/.test(c.value)) {
        // "the year-ago quarter" is itself a year back: the next "year-ago" still counts from the current quarter
        // and a forecast quarter ("the third quarter of 1990") is not the one results are compared with
        const year = Number(c.value.slice(0, 4));
        const q = Number(c.value.slice(6));
        const ahead = ctx.reference !== null && year * 4 + q > ctx.reference.year * 4 + Math.ceil(ctx.reference.month / 3);
        if (!ahead && !/\byear[- ](?:ago|earlier)\b/i.test(ctx.text.slice(c.start, c.end))) last = c.value;
        continue;
      }
      if (!last) continue;
      const text = ctx.text.slice(c.start, c.end).toLowerCase();
      if (/^(?:a|one) year (?:ago|earlier)$/.test(text) || /^(?:the )?(?:year-earlier|year-ago)(?: (?:period|quarter))?$/.test(text)) {
        // the quarter most recently talked about, a year before
        c.value = `${Number(last.slice(0, 4)) - 1}-${last.slice(5)}`;
      }
    }
    return sorted.filter((c) => c.value !== "");
  },
};

const ANAPHORIC = /^(?:(?:the|that) (?:(?<rel>next|following|previous|prior|same) (?<unit>day|morning|afternoon|evening|night|month|year)|(?<unit2>day|night) (?<dir>before|after))|(?:(?:earlier|later) )?that (?<unit3>day|month|year))$/i;

/**
 * Narrative convention: "the next day", "the following year", "the same
 * day", "the day before" count from the date the text last talked about
 * ("Farkas was promoted in 1995, and the following year…" → 1996), not from
 * the document date. Without such a date the document date stays the anchor.
 */
export const anaphoricAnchor: TemporalRefiner = {
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

/** The default refiners, in order. */
export function createNewsRefiners(): TemporalRefiner[] {
  return [nonTimeFilter, extentTrimmer, overlapResolver, timeDayJoiner, modifierExtender, quarterContext, anaphoricAnchor];
}
