import type { Timex } from "./schema.js";

/** Options of {@link tagTemporalExpressions}. */
export interface TagOptions {
  /** Date the text was written (document creation time). Relative expressions resolve against it. */
  referenceDate: Date | string;
}

// PROVISIONAL stub: issue 6 fills it in.
/**
 * Find temporal expressions and normalise them to TIMEX3 values.
 *
 * @param text - Text to tag.
 * @param options - The reference date.
 * @returns Timexes, in text order.
 */
export function tagTemporalExpressions(text: string, options: TagOptions): Timex[] {
  void text;
  void options;
  return [];
}
