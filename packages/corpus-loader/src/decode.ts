import type { Message } from "./schema/index.js";
import { createMessage } from "./pipeline/create-message.js";

/** Result of {@link decodeBytes}. */
export interface DecodedText {
  /** Decoded text; the BOM is removed, invalid bytes are U+FFFD. */
  text: string;
  /** `utf-8`, `utf-16le` or `utf-16be`. */
  encoding: string;
  /** True when the bytes look binary (NUL bytes without a UTF-16 BOM); `text` is then empty. */
  binary: boolean;
  /** Warnings: one per invalid byte sequence (the first `maxReported`), plus a summary. */
  messages: Message[];
}

/** Options of {@link decodeBytes}. */
export interface DecodeOptions {
  /** File path named in messages. */
  file?: string;
  /** How many invalid sequences to report one by one; default 10. */
  maxReported?: number;
}

/** One validating decoder, reused: a non-streaming `decode` keeps no state between calls. */
let fatalUtf8: TextDecoder | undefined;

/**
 * Decode raw bytes the way corpus-loader reads files: UTF-8 by default (BOM
 * stripped), UTF-16 LE/BE when a BOM says so. Invalid UTF-8 becomes U+FFFD
 * and each invalid sequence is reported with its byte offset. NUL bytes in
 * the first 8 KiB of a BOM-less file mark it as binary. Runs in browsers.
 *
 * @param bytes - The raw bytes.
 * @param options - File name for messages.
 * @returns Text, encoding, binary flag and messages.
 * @example
 * ```ts
 * const { text, messages } = decodeBytes(new Uint8Array([0x61, 0xff, 0x62]), { file: "a.txt" });
 * // text === "a\uFFFDb"; messages[0].byteOffset === 1
 * ```
 */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
  const messages: Message[] = [];
  const file = options.file;
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, "utf-16le", file);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, "utf-16be", file);
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const probe = Math.min(bytes.length, 8192);
  // Native scan for a NUL byte in the first 8 KiB.
  if (bytes.subarray(0, probe).indexOf(0) >= 0) return { text: "", encoding: "binary", binary: true, messages };
  // Fast path: one native validating pass; the byte-by-byte scan runs only when something is invalid.
  try {
    fatalUtf8 ??= new TextDecoder("utf-8", { fatal: true });
    const text = fatalUtf8.decode(bytes);
    return { text, encoding: "utf-8", binary: false, messages };
  } catch {
    // fall through to locate the invalid bytes
  }
  const invalid = findInvalidUtf8(bytes, hasBom ? 3 : 0);
  const max = options.maxReported ?? 10;
  for (const offset of invalid.slice(0, max)) {
    messages.push(createMessage(`Invalid UTF-8 byte 0x${bytes[offset]!.toString(16).padStart(2, "0")} at byte offset ${offset}${file ? ` of ${file}` : ""}; replaced by U+FFFD.`, {
      severity: "warning",
      ruleId: "invalid-utf8",
      source: "corpus-loader",
      file,
      byteOffset: offset,
    }));
  }
  if (invalid.length > max) {
    messages.push(createMessage(`${invalid.length - max} more invalid UTF-8 sequences${file ? ` in ${file}` : ""} replaced by U+FFFD.`, {
      severity: "warning",
      ruleId: "invalid-utf8",
      source: "corpus-loader",
      file,
    }));
  }
  // TextDecoder strips the UTF-8 BOM itself (ignoreBOM: false).
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  return { text, encoding: "utf-8", binary: false, messages };
}

function decodeUtf16(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be", file: string | undefined): DecodedText {
  const messages: Message[] = [];
  if (bytes.length % 2 === 1) {
    messages.push(createMessage(`Odd number of bytes in ${encoding} text${file ? ` ${file}` : ""}; the last byte (offset ${bytes.length - 1}) became U+FFFD.`, {
      severity: "warning",
      ruleId: "invalid-utf16",
      source: "corpus-loader",
      file,
      byteOffset: bytes.length - 1,
    }));
  }
  const text = new TextDecoder(encoding, { fatal: false }).decode(bytes);
  return { text, encoding, binary: false, messages };
}

/**
 * Byte offsets where an invalid UTF-8 sequence starts (one per maximal
 * invalid subpart, as the WHATWG decoder replaces them).
 *
 * @param bytes - Raw bytes.
 * @param from - Where to start (after a BOM).
 * @returns Offsets, ascending.
 */
export function findInvalidUtf8(bytes: Uint8Array, from = 0): number[] {
  const out: number[] = [];
  let i = from;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else {
      out.push(i);
      i++;
      continue;
    }
    let j = 1;
    for (; j <= need; j++) {
      const c = i + j < n ? bytes[i + j]! : -1;
      const min = j === 1 ? lo : 0x80;
      const max = j === 1 ? hi : 0xbf;
      if (c < min || c > max) break;
    }
    if (j <= need) {
      out.push(i);
      i += j; // the valid prefix of the sequence is one replacement
    } else i += need + 1;
  }
  return out;
}
