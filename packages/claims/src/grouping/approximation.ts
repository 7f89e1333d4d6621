import type { Claim } from "../schema.js";

/**
 * How far an approximate figure reaches (`about 16`, `some 250`), from how round it is written.
 *
 * A writer who qualifies a figure still chose its last digit: `some 16 measures` is 16 rounded to the unit, not
 * anything from 14 to 18, so it disagrees with `15 bills`; `about 30` is rounded to the ten and reaches 27.
 * The granularity of a figure is the place value of its last non-zero digit (×5 when that digit is 5: `250` is
 * rounded to fifty); the figure reaches half of it either way, never more than the relative tolerance allows.
 * Only whole numbers under 10,000 written in digits are read this way: number words (`about a dozen`), fractions,
 * shares and scaled amounts (`about $1.4 billion`) keep the relative tolerance.
 */

/** Whole numbers at or above this keep the relative tolerance (big counts are rounded by their writers anyway). */
const MAX_ROUNDED = 10_000;

/** The place value a whole number is written to: `16` → 1, `30` → 10, `250` → 50, `1,200` → 100. */
export function granularityOf(v: number): number {
  let unit = 1;
  while (v % (unit * 10) === 0 && unit * 10 <= v) unit *= 10;
  return (v / unit) % 10 === 5 ? 5 * unit : unit;
}

/** Whether the claim writes its value as a whole number in digits (`16`, `1,200`), not as words or a fraction. */
function writtenInDigits(claim: Claim, v: number): boolean {
  for (const m of claim.text.matchAll(/\d[\d,]*/g)) if (Number(m[0].replace(/,/g, "")) === v) return true;
  return false;
}

/**
 * The half-width of an `approx` interval around `v`: `tolerance × |v|`, narrowed to half the granularity of a
 * small whole number written in digits.
 *
 * @param claim - The approximate quantity claim.
 * @param v - Its value.
 * @param tolerance - Relative width allowed at most.
 * @returns The half-width (≥ 0).
 */
export function approximationHalfWidth(claim: Claim, v: number, tolerance: number): number {
  const relative = Math.abs(v) * tolerance;
  if (!Number.isInteger(v) || v <= 0 || v >= MAX_ROUNDED || !writtenInDigits(claim, v)) return relative;
  return Math.min(relative, granularityOf(v) / 2);
}
