/** Abbreviations that keep their trailing period (lower-case, without the period). */
const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr prof sr jr st mt ft lt gen col maj capt cpt sgt cpl pvt adm cmdr cdr brig lieut gov sen rep pres supt insp det " +
    "rev fr hon amb sec dept corp inc ltd co bros no vs etc jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun " +
    "ave blvd rd est approx dist univ assn govt natl intl"
  ).split(" "),
);

/**
 * Tokens of a text range as parallel arrays of UTF-16 offsets.
 * `text.slice(starts[i], ends[i])` is token `i`.
 */
export interface Tokens {
  starts: number[];
  ends: number[];
}

function isWordCode(c: number): boolean {
  if (c < 128) {
    return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  }
  // Surrogates and private use are never word characters here; emoji stay punctuation.
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return WORD_CHAR.test(String.fromCharCode(c));
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const SPACE_CHAR = /\s/u;

function isSpaceCode(c: number): boolean {
  if (c === 32 || c === 9 || c === 10 || c === 13) return true;
  if (c < 128) return c < 32 || c === 127; // control characters separate tokens
  return SPACE_CHAR.test(String.fromCharCode(c));
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/**
 * Split `text[from, to)` into word, number and punctuation tokens in one
 * linear pass. Abbreviations (`Lt.`, `U.S.`), initials (`M.`), hyphenated
 * words (`low-intensity`) and numbers (`1,000.5`) stay whole; possessive
 * `'s` is split off.
 *
 * @param text - The original text.
 * @param from - First code unit to scan (default 0).
 * @param to - End of the range, exclusive (default `text.length`).
 * @returns Token offsets.
 * @example
 * ```ts
 * tokenize("Lt. Gen. Dag Anderson's visit"); // Lt. | Gen. | Dag | Anderson | 's | visit
 * ```
 */
export function tokenize(text: string, from = 0, to = text.length): Tokens {
  const starts: number[] = [];
  const ends: number[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      i++;
      continue;
    }
    if (!isWordCode(c)) {
      // A possessive written apart, as in pre-tokenised text ("Iraq 's"): one token, as when it is attached.
      if (isApostrophe(c) && i + 1 < to && i > from && isSpaceCode(text.charCodeAt(i - 1))) {
        const next = text.charCodeAt(i + 1);
        if ((next === 115 || next === 83) && (i + 2 >= to || !isWordCode(text.charCodeAt(i + 2)))) {
          starts.push(i);
          ends.push(i + 2);
          i += 2;
          continue;
        }
      }
      // Keep surrogate pairs together.
      const n = c >= 0xd800 && c <= 0xdbff && i + 1 < to ? 2 : 1;
      starts.push(i);
      ends.push(i + n);
      i += n;
      continue;
    }
    const start = i;
    let hasPeriodInside = false;
    i++;
    // Scan a word: word characters joined by single internal - . , ' & (bounded lookahead of one).
    for (;;) {
      while (i < to && isWordCode(text.charCodeAt(i))) i++;
      if (i + 1 >= to) break;
      const j = text.charCodeAt(i);
      const next = text.charCodeAt(i + 1);
      const nextIsWord = isWordCode(next);
      if (!nextIsWord) break;
      if (j === 45 /* - */ || j === 0x2010 || j === 0x2011) {
        i++;
        continue;
      }
      if (j === 46 /* . */) {
        // U.S, a.m, 1.5: a period between word chars where the part before is short or numeric.
        hasPeriodInside = true;
        i++;
        continue;
      }
      if (j === 44 /* , */) {
        const prev = text.charCodeAt(i - 1);
        if (prev >= 48 && prev <= 57 && next >= 48 && next <= 57) {
          i++;
          continue;
        }
        break;
      }
      if (isApostrophe(j)) {
        // Split possessive / contraction 's, keep O'Brien and al-Qa'ida style names whole.
        const after = text.charCodeAt(i + 2);
        const isS = (next === 115 || next === 83) && (i + 2 >= to || !isWordCode(after));
        const isNt = false;
        if (isS || isNt) break;
        i++;
        continue;
      }
      break;
    }
    let end = i;
    // Trailing period for abbreviations, initials and dotted acronyms (U.S.).
    if (end < to && text.charCodeAt(end) === 46) {
      const word = text.slice(start, end);
      const lower = word.toLowerCase();
      const isInitial = end - start === 1 && c >= 65 && c <= 90;
      if (hasPeriodInside || isInitial || ABBREVIATIONS.has(lower)) {
        end++;
        i = end;
      }
    }
    // Col.-Maj. style: abbreviation joined by a hyphen to another abbreviation.
    starts.push(start);
    ends.push(end);
    // Possessive 's as its own token.
    if (i + 1 < to && isApostrophe(text.charCodeAt(i))) {
      const next = text.charCodeAt(i + 1);
      if ((next === 115 || next === 83) && (i + 2 >= to || !isWordCode(text.charCodeAt(i + 2)))) {
        starts.push(i);
        ends.push(i + 2);
        i += 2;
      }
    }
  }
  return { starts, ends };
}
