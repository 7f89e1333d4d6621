/**
 * Participants of lone figures joined by their words (phase 5 of grouping): the same figure said about the same words
 * is one figure only when it is one participant's. A group joined this way never holds two named subjects
 * (`Corey Raji posted 16 points` / `Ty Lawson chipped in 16 points`), and a figure whose subject is not named is
 * joined to none when the figures its words fit belong to two or more named subjects (`his team led by 15 points`
 * beside `Thompson had 15 points` and `James added 15 points`: whose it is cannot be told).
 */

/** The named subject of a measure context (`kind|country|year|subject`), or undefined when unknown. */
export function subjectOfContext(context: string): string | undefined {
  const s = context.split("|")[3];
  return s === undefined || s === "?" ? undefined : s;
}

/** The named subjects of each group (by union-find root) formed by the lone-figure phase. */
export interface GroupSubjects {
  /** Whether an item with `subject` may join the group whose root is `root`. */
  admits(root: number, subject: string | undefined): boolean;
  /** Record that the groups of `a` and `b` (with their subjects) now have root `root`. */
  merge(root: number, a: number, b: number, subjectA: string | undefined, subjectB: string | undefined): void;
}

/**
 * Track the named subjects of the groups that lone figures join.
 *
 * @returns An empty tracker.
 */
export function createGroupSubjects(): GroupSubjects {
  const byRoot = new Map<number, Set<string>>();
  return {
    admits(root, subject) {
      const seen = byRoot.get(root);
      if (!seen || seen.size === 0) return true;
      return subject === undefined ? seen.size === 1 : seen.size === 1 && seen.has(subject);
    },
    merge(root, a, b, subjectA, subjectB) {
      const all = new Set<string>([...(byRoot.get(a) ?? []), ...(byRoot.get(b) ?? [])]);
      if (subjectA) all.add(subjectA);
      if (subjectB) all.add(subjectB);
      byRoot.delete(a);
      byRoot.delete(b);
      byRoot.set(root, all);
    },
  };
}

/**
 * Whether a figure with no named subject fits figures of two or more different named subjects (so whose it is cannot be told).
 *
 * @param subject - The figure's own subject.
 * @param candidateSubjects - The subjects of the figures its words fit.
 * @returns Whether it is ambiguous.
 */
export function ambiguousSubject(subject: string | undefined, candidateSubjects: Iterable<string | undefined>): boolean {
  if (subject !== undefined) return false;
  const named = new Set<string>();
  for (const s of candidateSubjects) if (s !== undefined) named.add(s);
  return named.size >= 2;
}
