import type { EntityType } from "../schema.js";

/** Entity types the statistical tagger predicts. */
export const TAGGER_TYPES: readonly EntityType[] = ["PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "PRODUCT", "WORK_OF_ART"];

/** Number of labels: O plus four BILOU labels per type (label index = 1 + typeIndex * 4 + prefix, prefix 0 B, 1 I, 2 L, 3 U; 0 = O). */
export const LABEL_COUNT = 1 + TAGGER_TYPES.length * 4;

/**
 * Label index of a BILOU prefix and type.
 *
 * @param prefix - 0 B, 1 I, 2 L, 3 U.
 * @param typeIndex - Index into {@link TAGGER_TYPES}.
 * @returns The label index.
 */
export function labelIndex(prefix: number, typeIndex: number): number {
  return 1 + typeIndex * 4 + prefix;
}

/**
 * Prefix (0 B, 1 I, 2 L, 3 U) of a label, or -1 for O.
 *
 * @param label - A label index.
 * @returns The prefix index.
 */
export function labelPrefix(label: number): number {
  return label === 0 ? -1 : (label - 1) % 4;
}

/**
 * Type index of a label, or -1 for O.
 *
 * @param label - A label index.
 * @returns Index into {@link TAGGER_TYPES}.
 */
export function labelType(label: number): number {
  return label === 0 ? -1 : Math.floor((label - 1) / 4);
}

/**
 * Whether `to` may follow `from` under BILOU (from = -1 means sentence start).
 *
 * @param from - Previous label or -1.
 * @param to - Next label.
 * @returns True when allowed.
 */
export function allowedTransition(from: number, to: number): boolean {
  const fp = from < 0 ? -1 : labelPrefix(from);
  const tp = labelPrefix(to);
  const open = fp === 0 || fp === 1; // inside an entity after B or I
  if (open) return (tp === 1 || tp === 2) && labelType(from) === labelType(to);
  return tp === -1 || tp === 0 || tp === 3;
}

/**
 * Whether a label may end a sentence.
 *
 * @param label - A label index.
 * @returns True for O, L and U.
 */
export function allowedEnd(label: number): boolean {
  const p = labelPrefix(label);
  return p === -1 || p === 2 || p === 3;
}
