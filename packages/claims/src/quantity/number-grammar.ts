import { isDigitCode as isDigit, isSpaceCode as isSpace, isWordCode as isWordChar } from "@newsparse/corpus-loader";
import { ATTACHED_ONLY, DOZEN_WORDS, NOT_DENOMINATORS, ORDINAL_SCALES, ORDINAL_WORDS, SCALES, SIGN_WORDS, TENS, UNITS } from "../lexicon/number-words.js";

/**
 * The grammar of numbers written in words (or words and digits): cardinals (`three hundred and two dozen`,
 * `4 thousand 3 hundred and 21`, `three lakh crore`), fractions (`twenty-three fifths`, `one one hundred fifth`,
 * `a hundred trillionths`), mixed numbers (`one hundred and three quarters`, `five and a half million`,
 * `two million and three fifths`), fractions of a scale (`half a dozen`, `three quarters billion`,
 * `two thirds of a million`), ratios (`one over three`, `two out of five hundred`) and signs
 * (`minus five`, `negative one over 20`).
 *
 * The text is first read into at most {@link MAX_TOKENS} number tokens, then parsed; each call is bounded, and
 * `findNumbers` moves past every word it reads, so a scan stays linear.
 */

/** How many tokens one number may span. */
const MAX_TOKENS = 24;
/** How many tokens are read first. */
const SHORT_TOKENS = 8;

type TokKind = "num" | "tens" | "hundred" | "scale" | "dozen" | "ord" | "and" | "a" | "sign" | "over" | "out" | "of";

interface Tok {
  kind: TokKind;
  /** Value: a unit or digits (`num`), ten multiple (`tens`), multiplier (`scale`), denominator (`ord`). */
  v: number;
  start: number;
  end: number;
  /** Written in digits. */
  digits?: boolean;
  /** A plural denominator (`fifths`, `halves`). */
  plural?: boolean;
  /** Joined to the previous token by a hyphen (`twenty-five`, `one - fourth`). */
  hyphen?: boolean;
  /** The lower-case word. */
  w: string;
}

/** Denominators: every ordinal word and its plural (`fifth`, `fifths`, `twentieths`, `trillionth`), `half`/`halves`, `quarter(s)`; not `second`. */
const DENOMINATORS: ReadonlyMap<string, { value: number; plural: boolean }> = (() => {
  const m = new Map<string, { value: number; plural: boolean }>();
  const add = (w: string, value: number) => {
    if (NOT_DENOMINATORS.includes(w)) return;
    m.set(w, { value, plural: false });
    m.set(w + "s", { value, plural: true });
  };
  for (const [w, v] of Object.entries(ORDINAL_WORDS)) add(w, v);
  for (const [w, v] of Object.entries(ORDINAL_SCALES)) add(w, v);
  add("quarter", 4);
  m.set("half", { value: 2, plural: false });
  m.set("halves", { value: 2, plural: true });
  return m;
})();
const DOZENS = new Set(DOZEN_WORDS);
const SIGNS = new Set(SIGN_WORDS);
const SPACED_SCALE_EXCLUDED = new Set(ATTACHED_ONLY);

const FUNCTION_WORDS: Readonly<Record<string, TokKind>> = { and: "and", a: "a", an: "a", over: "over", out: "out", of: "of" };

function lookup<T>(map: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;
}

/** Digits at `i` (`21`, `1,500`, `2.5`): value and end, or null. */
function readDigitToken(text: string, i: number, to: number): { v: number; end: number } | null {
  let j = i;
  while (j < to && isDigit(text.charCodeAt(j))) j++;
  if (j === i || j - i > 15) return null;
  let k = j;
  // thousands groups
  while (k + 3 < to && text.charCodeAt(k) === 44 && isDigit(text.charCodeAt(k + 1)) && isDigit(text.charCodeAt(k + 2)) && isDigit(text.charCodeAt(k + 3)) && !(k + 4 < to && isDigit(text.charCodeAt(k + 4)))) k += 4;
  // "192.168.1.2": digits after "digit." or before a second ".digit" are a dotted sequence, never a decimal
  if (i > 1 && text.charCodeAt(i - 1) === 46 && isDigit(text.charCodeAt(i - 2))) return null;
  if (k + 1 < to && text.charCodeAt(k) === 46 && isDigit(text.charCodeAt(k + 1))) {
    k += 1;
    while (k < to && isDigit(text.charCodeAt(k))) k++;
    if (k + 1 < to && text.charCodeAt(k) === 46 && isDigit(text.charCodeAt(k + 1))) return null;
  }
  if (k < to && (isWordChar(text.charCodeAt(k)) || text.charCodeAt(k) === 47)) return null;
  return { v: Number(text.slice(i, k).replace(/,/g, "")), end: k };
}

function classify(w: string): { kind: TokKind; v: number; plural?: boolean } | null {
  const unit = lookup(UNITS, w);
  if (unit !== undefined) return { kind: "num", v: unit };
  const tens = lookup(TENS, w);
  if (tens !== undefined) return { kind: "tens", v: tens };
  if (w === "hundred") return { kind: "hundred", v: 100 };
  if (DOZENS.has(w)) return { kind: "dozen", v: 12 };
  const scale = lookup(SCALES, w);
  if (scale !== undefined && scale >= 1000 && !SPACED_SCALE_EXCLUDED.has(w)) return { kind: "scale", v: scale };
  const den = DENOMINATORS.get(w);
  if (den !== undefined) return { kind: "ord", v: den.value, plural: den.plural };
  const f = lookup(FUNCTION_WORDS, w);
  if (f !== undefined) return { kind: f, v: 0 };
  if (SIGNS.has(w)) return { kind: "sign", v: -1 };
  return null;
}

/** Read up to {@link MAX_TOKENS} number tokens from `start`, separated by spaces or a hyphen (with optional spaces). */
function tokenize(text: string, start: number, to: number, allowDigits: boolean, max: number): Tok[] {
  const out: Tok[] = [];
  let i = start;
  while (i < to && out.length < max) {
    let hyphen = false;
    if (out.length > 0) {
      let j = i;
      while (j < to && j - i < 3 && isSpace(text.charCodeAt(j))) j++;
      if (j < to && (text.charCodeAt(j) === 45 || text.charCodeAt(j) === 0x2010)) {
        hyphen = true;
        j++;
        const k = j;
        while (j < to && j - k < 3 && isSpace(text.charCodeAt(j))) j++;
      }
      if (j === i) break;
      i = j;
    }
    if (i >= to) break;
    if (isDigit(text.charCodeAt(i))) {
      if (!allowDigits || hyphen) break;
      const d = readDigitToken(text, i, to);
      if (!d) break;
      out.push({ kind: "num", v: d.v, start: i, end: d.end, digits: true, w: text.slice(i, d.end) });
      i = d.end;
      continue;
    }
    let e = i;
    while (e < to && e - i < 16 && isWordChar(text.charCodeAt(e))) e++;
    if (e === i || (e < to && isWordChar(text.charCodeAt(e)))) break;
    const w = text.slice(i, e).toLowerCase();
    const c = classify(w);
    if (!c) break;
    // "five hundred-year floods", "a million-dollar home": a compound modifier, not a scale
    if ((c.kind === "hundred" || c.kind === "scale" || c.kind === "dozen") && e + 1 < to && text.charCodeAt(e) === 45 && isWordChar(text.charCodeAt(e + 1))) {
      let f = e + 1;
      while (f < to && f - e < 16 && isWordChar(text.charCodeAt(f))) f++;
      if (!classify(text.slice(e + 1, f).toLowerCase())) break;
    }
    out.push({ kind: c.kind, v: c.v, start: i, end: e, plural: c.plural, hyphen, w });
    i = e;
  }
  return out;
}

/** A parse: value and the token index after it. */
interface Parse {
  value: number;
  next: number;
  /** The last multiplier of 1,000 or more applied (`million` in `six million`), else 0. */
  lastBig: number;
  /** What the last token was. */
  last: TokKind;
}

/**
 * A cardinal over `t[p, limit)`: units, tens (`twenty-five`, `fifty - two`), digits, `hundred`, scales (a larger scale after
 * a smaller one multiplies: `hundred thousand`, `lakh crore`), `dozen` (multiplies the last chunk: `three hundred and two
 * dozen` = 324), `and` after a scale, and `a` before a scale.
 */
function cardinal(t: readonly Tok[], p: number, limit: number): Parse | null {
  let total = 0;
  let current = 0;
  let chunk = 0;
  let big = 0;
  let last: TokKind | "none" = "none";
  let lastDigits = false;
  let i = p;
  let end = -1;
  let endState: Parse | null = null;
  let andState: Parse | null = null;
  const save = () => {
    end = i + 1;
    endState = { value: total + current, next: end, lastBig: big, last: last as TokKind };
  };
  for (; i < limit; i++) {
    const k = t[i]!;
    if (k.hyphen && !(k.kind === "num" && last === "tens" && k.v > 0 && k.v < 10) && !(k.kind === "hundred" && last !== "none")) break;
    if (k.kind === "a") {
      if (last !== "none") break;
      const n = t[i + 1];
      if (!n || !(n.kind === "hundred" || n.kind === "scale" || n.kind === "dozen")) break;
      current = 1;
      chunk = 1;
      last = "a";
      continue;
    }
    if (k.kind === "num") {
      if (k.digits) {
        // digits open a number, or follow a scale as the next chunk (`4 thousand 3 hundred and 21`)
        if (!(last === "none" || ((last === "scale" || last === "hundred" || last === "and") && k.v < (last === "hundred" || (last === "and" && current % 1000 !== 0) ? 100 : 1000) && Number.isInteger(k.v)))) break;
      } else if (!(last === "none" || last === "hundred" || last === "scale" || last === "and" || (last === "tens" && k.v > 0 && k.v < 10 && !lastDigits))) break;
      if (last === "tens" && k.digits) break;
      current += k.v;
      chunk = last === "tens" ? chunk + k.v : k.v;
      last = "num";
      lastDigits = !!k.digits;
      save();
      continue;
    }
    if (k.kind === "tens") {
      if (!(last === "none" || last === "hundred" || last === "scale" || last === "and")) break;
      current += k.v;
      chunk = k.v;
      last = "tens";
      lastDigits = false;
      save();
      continue;
    }
    if (k.kind === "hundred") {
      if (!(last === "num" || last === "tens" || last === "a" || last === "none")) break;
      if (lastDigits && chunk >= 100) break;
      // "3 hundred and 2 hundred": a second hundreds after `and` starts another number
      if ((current - chunk) % 1000 >= 100) {
        if (andState) return andState;
        break;
      }
      current = current - chunk + (last === "none" ? 1 : chunk) * 100;
      chunk = 0;
      last = "hundred";
      lastDigits = false;
      save();
      continue;
    }
    if (k.kind === "scale") {
      if (last === "none" || last === "and") break;
      if (current === 0 && total > 0 && k.v > big) total *= k.v;
      else {
        if (total > 0 && big > 0 && k.v >= big) break; // "one million two million": two numbers
        total += (current === 0 ? 1 : current) * k.v;
      }
      big = k.v;
      current = 0;
      chunk = 0;
      last = "scale";
      lastDigits = false;
      save();
      continue;
    }
    if (k.kind === "dozen") {
      if (!(last === "num" || last === "tens" || last === "a")) break;
      current = current - chunk + chunk * 12;
      chunk = 0;
      last = "dozen";
      lastDigits = false;
      save();
      continue;
    }
    if (k.kind === "and") {
      if (!(last === "hundred" || last === "scale")) break;
      const n = t[i + 1];
      if (!n || i + 1 >= limit || !((n.kind === "num" && n.v > 0 && (!n.digits || n.v < 100)) || n.kind === "tens")) break;
      andState = endState;
      last = "and";
      continue;
    }
    break;
  }
  return end > p ? endState : null;
}

/** A cardinal that spans exactly `t[p, q)`. */
function cardinalExactly(t: readonly Tok[], p: number, q: number): Parse | null {
  if (q <= p) return null;
  const c = cardinal(t, p, q);
  return c && c.next === q ? c : null;
}

/** A numerator over `t[p, q)` for denominator `den`: a cardinal, or a whole number and a proper fraction joined by `and` (`one hundred and three quarters`). */
function numerator(t: readonly Tok[], p: number, q: number, den: number, plural: boolean): { value: number; mixed: boolean; left?: Parse; frac?: number } | null {
  // digits take no word denominator ("100 millionths" is 100 and a word)
  for (let x = p; x < q; x++) if (t[x]!.digits) return null;
  // "a fifth", "one and a half": `a` as one
  const whole = q - p === 1 && t[p]!.kind === "a" ? { value: 1, next: q, lastBig: 0, last: "a" as TokKind } : cardinalExactly(t, p, q);
  // only the last `and` splits a whole number from its fraction
  let a = q - 1;
  while (a > p && t[a]!.kind !== "and") a--;
  if (a > p) {
    const left = cardinalExactly(t, p, a);
    const rightTok = a + 2 === q && t[a + 1]!.kind === "a" ? 1 : cardinalExactly(t, a + 1, q)?.value;
    if (left && rightTok !== undefined && rightTok !== null && (rightTok === 1) !== plural && rightTok < den) {
      const frac = rightTok / den;
      return { value: left.last === "scale" ? left.value + frac * left.lastBig : left.value + frac, mixed: true, left, frac };
    }
  }
  if (!whole || (whole.value === 1) === plural) return null;
  return { value: whole.value / den, mixed: false };
}

/** Parse state shared by the fraction readers: value, next index, whether it ends in a big scale applied to a fraction. */
interface Value {
  value: number;
  next: number;
  /** The last multiplier of 1,000 or more in the whole part (`one billion and a half million`). */
  lastBig: number;
  fraction: boolean;
}

/** A fraction whose denominator is the first `ord` token after `p`, with the splits of compound denominators (`one one hundred fifth`, `one hundred thirty-fifths`, `twenty twenty fifths`). */
function fraction(t: readonly Tok[], p: number): Value | null {
  let j = p;
  while (j < t.length && (t[j]!.kind === "num" || t[j]!.kind === "tens" || t[j]!.kind === "hundred" || t[j]!.kind === "scale" || t[j]!.kind === "and" || t[j]!.kind === "a" || t[j]!.kind === "dozen")) j++;
  const ord = t[j];
  if (!ord || ord.kind !== "ord" || j === p) return null;
  const plural = !!ord.plural;
  const candidates: Array<{ s: number; den: number }> = [];
  // (1) "one hundred fifth", "one thousand fifths", "one hundred and fifth" after a numerator
  if (ord.v < 100) {
    for (let s = p + 1; s < j - 1; s++) {
      const k = t[s]!;
      if (!((k.kind === "num" && k.v === 1 && !k.digits) || k.kind === "a") || !(t[s + 1]!.kind === "hundred" || t[s + 1]!.kind === "scale")) continue;
      const head = cardinalExactly(t, s, t[j - 1]!.kind === "and" ? j - 1 : j);
      if (head) candidates.push({ s, den: head.value + ord.v });
    }
  }
  // (2) "thirty fifths", "twenty-first" (not after "and": "one hundred and thirty fifths" is 130 / 5)
  const prev = t[j - 1]!;
  if (ord.v < 10 && prev.kind === "tens" && j - 1 > p && t[j - 2]!.kind !== "and") candidates.push({ s: j - 1, den: prev.v + ord.v });
  // (3) the ordinal alone; `first` only in a compound
  if (ord.w !== "first" && ord.w !== "firsts") candidates.push({ s: j, den: ord.v });
  for (const c of candidates) {
    const v = numerator(t, p, c.s, c.den, plural);
    if (v === null) continue;
    // "one billion and three quarters million": the scale after the fraction applies to it
    const sc = t[j + 1];
    if (v.left && v.frac !== undefined && sc && !sc.hyphen && (sc.kind === "scale" || sc.kind === "hundred")) {
      if (v.left.lastBig > sc.v) return { value: v.left.value + v.frac * sc.v, next: j + 2, lastBig: sc.v, fraction: false };
      if (v.left.lastBig === 0) return { value: (v.left.value + v.frac) * sc.v, next: j + 2, lastBig: sc.v, fraction: false };
    }
    return { value: v.value, next: j + 1, lastBig: 0, fraction: !v.mixed };
  }
  return null;
}

/** `half`, `a quarter`, `three quarters`, `two thirds` then `of a` / `a` and a scale: `half a dozen`, `three quarters billion`, `two thirds of a million`. */
function ofScale(t: readonly Tok[], v: Value): Value {
  let i = v.next;
  if (t[i]?.kind === "of" && t[i + 1]?.kind === "a") i += 2;
  else if (t[i]?.kind === "a") i += 1;
  const s = t[i];
  if (s && !s.hyphen && (s.kind === "scale" || s.kind === "dozen" || (s.kind === "hundred" && i === v.next))) return { value: v.value * s.v, next: i + 1, lastBig: 0, fraction: false };
  return v;
}

/** A whole number with `and` and a fraction, then optionally a scale: `five and a half million` (5.5 million), `one billion and a half million`, `six million and two thirds`. */
function mixed(t: readonly Tok[], whole: Parse): Value | null {
  if (t[whole.next]?.kind !== "and") return null;
  const f = fraction(t, whole.next + 1);
  if (!f || f.value >= 1) return null;
  const s = t[f.next];
  if (s && (s.kind === "scale" || s.kind === "hundred") && !s.hyphen) {
    if (whole.lastBig > s.v) return { value: whole.value + f.value * s.v, next: f.next + 1, lastBig: s.v, fraction: false };
    if (whole.lastBig === 0) return { value: (whole.value + f.value) * s.v, next: f.next + 1, lastBig: s.v, fraction: false };
  }
  return { value: whole.last === "scale" ? whole.value + f.value * whole.lastBig : whole.value + f.value, next: f.next, lastBig: 0, fraction: false };
}

/** A number in words at `p` (no sign, no ratio): the longest of cardinal, fraction (with a scale after it) and mixed number. */
function magnitude(t: readonly Tok[], p: number): Value | null {
  let best: Value | null = null;
  const take = (v: Value | null) => {
    if (v && (!best || v.next > best.next)) best = v;
  };
  const c = cardinal(t, p, t.length);
  if (c) {
    take({ value: c.value, next: c.next, lastBig: c.lastBig, fraction: false });
    take(mixed(t, c));
  }
  // a bare `half` (`more than half`), `quarter million`
  const k = t[p];
  if (k && k.kind === "ord" && (k.w === "half" || (k.w === "quarter" && (t[p + 1]?.kind === "scale" || t[p + 1]?.kind === "hundred")))) take(ofScale(t, { value: 1 / k.v, next: p + 1, lastBig: 0, fraction: true }));
  const f = fraction(t, p);
  if (f) take(f.fraction ? ofScale(t, f) : f);
  return best;
}

/** A word number at `start` with its end and value, or null. `fraction` is true for a bare fraction or ratio (`two thirds`, `one over three`). */
export function readNumberWords(text: string, start: number, to: number, allowDigits: boolean): { end: number; value: number; fraction: boolean; hasDigits: boolean } | null {
  // most numbers are short: read a few tokens first, and all of them only when the parse may go on
  const short = tokenize(text, start, to, allowDigits, SHORT_TOKENS);
  if (short.length < SHORT_TOKENS) return parseTokens(text, short);
  const first = parseTokens(text, short);
  if (first && first.tokens < SHORT_TOKENS - 2 && !short.some((k) => k.kind === "ord" || k.kind === "over" || k.kind === "out")) return first;
  return parseTokens(text, tokenize(text, start, to, allowDigits, MAX_TOKENS));
}

/** A letter after optional spaces: a word follows. */
const LETTER_AFTER_SPACES = /^\s*\p{L}/u;

function parseTokens(text: string, t: readonly Tok[]): { end: number; value: number; fraction: boolean; hasDigits: boolean; tokens: number } | null {
  if (t.length === 0) return null;
  let p = 0;
  let sign = 1;
  if (t[0]!.kind === "sign") {
    sign = -1;
    p = 1;
  }
  const m = magnitude(t, p);
  if (!m) return null;
  let v: Value = m;
  // ratios: "one over three", "two out of five hundred"
  const r = t[v.next];
  if (r && !v.fraction && (r.kind === "over" || (r.kind === "out" && t[v.next + 1]?.kind === "of"))) {
    const q = v.next + (r.kind === "out" ? 2 : 1);
    const d = cardinal(t, q, t.length);
    const lastTok = d ? t[d.next - 1]! : undefined;
    // "over" reads as a ratio only at a phrase end ("rose 20 over 10 years" is not one: a word follows); "one in five" stays two numbers
    const phraseEnd = !!lastTok && d!.next === t.length && !LETTER_AFTER_SPACES.test(text.slice(lastTok.end, lastTok.end + 4));
    // a proper fraction, not over a year ("5 out of 2019")
    if (d && lastTok && d.value > 0 && v.value <= d.value && !(lastTok.digits && lastTok.w.length === 4) && (r.kind === "out" || phraseEnd)) v = { value: v.value / d.value, next: d.next, lastBig: 0, fraction: true };
  }
  const hasDigits = t.slice(p, v.next).some((k) => k.digits);
  return { end: t[v.next - 1]!.end, value: sign * v.value, fraction: v.fraction, hasDigits, tokens: v.next };
}
