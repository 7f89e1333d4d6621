/**
 * Word-shape of a token: X upper, x lower, d digit, other characters kept;
 * runs collapsed, at most 6 symbols.
 *
 * @param w - The token text.
 * @returns The shape, e.g. `Xx`, `X.X.`, `d,d`.
 */
export function wordShape(w: string): string {
  let out = "";
  let last = "";
  for (let i = 0; i < w.length && out.length < 6; i++) {
    const c = w.charCodeAt(i);
    let s: string;
    if (c >= 65 && c <= 90) s = "X";
    else if (c >= 97 && c <= 122) s = "x";
    else if (c >= 48 && c <= 57) s = "d";
    else {
      const ch = w[i]!;
      const up = ch.toUpperCase();
      const lo = ch.toLowerCase();
      if (up !== lo) s = ch === up ? "X" : "x";
      else s = c < 128 ? ch : "o";
    }
    if (s !== last) out += s;
    last = s;
  }
  return out;
}

/**
 * FNV-1a hash of {@link wordShape}`(w)`, computed over the shape symbols as they are found,
 * without building the shape string (same value as `hashString(wordShape(w))`).
 *
 * @param w - The token text.
 * @returns An unsigned 32-bit hash.
 */
export function wordShapeHash(w: string): number {
  let h = 0x811c9dc5;
  let count = 0;
  let last = -1;
  for (let i = 0; i < w.length && count < 6; i++) {
    const c = w.charCodeAt(i);
    let s: number;
    if (c >= 65 && c <= 90) s = 88; // X
    else if (c >= 97 && c <= 122) s = 120; // x
    else if (c >= 48 && c <= 57) s = 100; // d
    else if (c < 128) s = c; // ASCII punctuation and controls: no case, kept as is
    else {
      const ch = w[i]!;
      const up = ch.toUpperCase();
      const lo = ch.toLowerCase();
      s = up !== lo ? (ch === up ? 88 : 120) : 111; // o
    }
    if (s !== last) {
      h ^= s;
      h = Math.imul(h, 0x01000193);
      count++;
    }
    last = s;
  }
  return h >>> 0;
}
