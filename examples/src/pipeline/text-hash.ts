import { createHash } from "node:crypto";

/**
 * SHA-1 of a text (UTF-16 code units, so lone surrogates count), in hex.
 *
 * @param text - Any string.
 * @returns 40 hex digits.
 */
export function textHash(text: string): string {
  return createHash("sha1").update(text, "utf16le").digest("hex");
}
