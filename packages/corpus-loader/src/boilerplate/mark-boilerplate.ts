import type { ExcludedRange, Span } from "../schema/index.js";
import { trimRange } from "../text/character-classes.js";
import type { ExcludedIndex } from "../excluded-index.js";
import type { BoilerplateHit, BoilerplateMeta, BoilerplateRule, BoilerplateUnit } from "./boilerplate-rule.js";

/** Collects exclusions for one document, keeping them non-overlapping. */
export class ExclusionSet {
  /** Ranges, kept sorted by start and non-overlapping. */
  readonly ranges: ExcludedRange[] = [];
  /** Metadata harvested from hits. */
  readonly meta: Required<BoilerplateMeta> = { authors: [], contributors: [], dateline: "" };

  /** Add a range unless it overlaps one already present; returns whether it was added. */
  add(range: ExcludedRange, meta?: BoilerplateMeta): boolean {
    if (range.end <= range.start) return false;
    // Binary search keeps insertion logarithmic; hits mostly arrive in order, so splice is usually a push.
    let lo = 0;
    let hi = this.ranges.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.ranges[mid]!.start < range.start) lo = mid + 1;
      else hi = mid;
    }
    const before = this.ranges[lo - 1];
    const after = this.ranges[lo];
    if (before && before.end > range.start) return false;
    if (after && after.start < range.end) return false;
    this.ranges.splice(lo, 0, range);
    if (meta?.authors) for (const a of meta.authors) if (!this.meta.authors.includes(a)) this.meta.authors.push(a);
    if (meta?.contributors) for (const a of meta.contributors) if (!this.meta.contributors.includes(a)) this.meta.contributors.push(a);
    if (meta?.dateline && !this.meta.dateline) this.meta.dateline = meta.dateline;
    return true;
  }

  /** The ranges ordered by start (a copy). */
  sorted(): ExcludedRange[] {
    return [...this.ranges];
  }
}

/**
 * Apply the rules of one scope to a unit, adding their hits to `set`.
 *
 * @returns True when the whole unit ended up excluded.
 */
export function applyRules(rules: readonly BoilerplateRule[], unit: BoilerplateUnit, set: ExclusionSet): boolean {
  for (const rule of rules) {
    if (rule.enabled === false || rule.scope !== unit.kind) continue;
    const result = rule.test(unit);
    if (!result) continue;
    const hits: BoilerplateHit[] = result === true ? [{}] : Array.isArray(result) ? result : [result];
    for (const hit of hits) {
      const s = Math.max(0, Math.min(unit.text.length, hit.start ?? 0));
      const e = Math.max(s, Math.min(unit.text.length, hit.end ?? unit.text.length));
      const range = trimmed(unit.docText, unit.start + s, unit.start + e);
      if (!range) continue;
      set.add({ ...range, ruleId: rule.id, reason: hit.reason ?? rule.reason }, hit.meta);
      if (range.start <= unit.start && range.end >= unit.end) return true;
    }
  }
  return false;
}

function trimmed(text: string, start: number, end: number): Span | null {
  const [a, b] = trimRange(text, start, end);
  return b > a ? { start: a, end: b } : null;
}

/**
 * Subtract excluded ranges from a span, returning the kept pieces
 * (whitespace-trimmed, empty pieces dropped).
 */
export function subtractExcluded(text: string, span: Span, excluded: ExcludedIndex): Span[] {
  const out: Span[] = [];
  for (const p of excluded.kept(span.start, span.end)) {
    const t = trimmed(text, p.start, p.end);
    if (t) out.push(t);
  }
  return out;
}
