/** A span as stages return it: offsets, and the text they claim to cover when they carry it. */
export interface SpanLike {
  start: number;
  end: number;
  text?: string;
}

/**
 * Why a span is not a usable half-open UTF-16 range of `text`, or `null`
 * when it is: offsets must be integers with `0 <= start < end <= text.length`,
 * and a span that carries `text` must slice back to it exactly.
 *
 * @param text - The document text.
 * @param span - The span to check.
 * @returns A short reason, or `null`.
 * @example
 * ```ts
 * import { spanProblem } from "@newsparse/corpus-loader";
 *
 * spanProblem("Niamey, Niger", { start: 0, end: 6, text: "Niamey" }); // null
 * spanProblem("Niamey, Niger", { start: 1, end: 7, text: "Niamey" }); // 'text "iamey," at [1, 7) is not "Niamey"'
 * ```
 */
export function spanProblem(text: string, span: SpanLike): string | null {
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return `offsets [${String(start)}, ${String(end)}) are not integers`;
  if (start < 0 || end > text.length) return `[${start}, ${end}) lies outside the text (length ${text.length})`;
  if (end <= start) return `[${start}, ${end}) is empty or reversed`;
  // compared in place (no slice of the text per item); sliced only to describe a mismatch
  if (typeof span.text === "string" && (span.text.length !== end - start || !text.startsWith(span.text, start))) {
    const found = text.slice(start, end);
    return `text ${JSON.stringify(found)} at [${start}, ${end}) is not ${JSON.stringify(span.text)}`;
  }
  return null;
}
