import { HEADLINE_KICKERS } from "./lexicon.js";
import type { BoilerplateRule, BoilerplateUnit } from "./boilerplate-rule.js";
import { isLetterCode } from "../text/character-classes.js";
import { parseByline, splitNames, withoutPlaces } from "./names.js";

// Every pattern below is anchored at the start of a unit whose length is
// checked first, and uses only bounded repeats, so each test is linear.

const SIGN_UP = /^(?:sign[ -]?up|subscribe|register now|get (?:our|the) [\p{L} ]{0,40}newsletter|join (?:our|the) (?:mailing list|newsletter))\b/iu;
const NEWSLETTER = /\b(?:newsletters?|daily headlines|inbox)\b/i;
const FOR_MORE = /^for more\b.{0,160}?\b(?:create an account|sign up|subscribe|newsletters?|download (?:the|our) app|follow us)\b/i;
const COMMENT_FORM =
  /^(?:leave a (?:reply|comment)|post a comment|add a comment|your email address will not be published|required fields are marked|comments? (?:are|is) closed|join the (?:discussion|conversation)|cancel reply|\d{1,6} comments?\s{0,3}$|you must be logged in to post a comment)/i;
const SEE_ALSO =
  /^(?:see also|read also|also read|read more|related(?: stories| articles| coverage| content)?\s{0,3}:|recommended(?: for you| reading)?\s{0,3}:|you may also like|more from|trending now|don[’']t miss|most read)(?=[\s\u00a0:|»>–—-])/i;
const UPDATED =
  /^(?:this (?:story|article|report|post|piece) (?:has been|was|is being|will be|had been) (?:updated|corrected|amended|revised)|this is a developing story|correction\s{0,2}:|clarification\s{0,2}:|updated\s{0,2}(?:at|on|:)\s{0,2}\d)/i;
const AD_SHARE =
  /^(?:advertisement|ad|sponsored(?: content)?|skip advertisement|story continues below(?: advertisement)?|share this(?: article| story)?\s{0,3}:?|share on (?:facebook|twitter|x|whatsapp|linkedin)|click to share on|follow us on|copy link|print this (?:article|page))\s{0,3}$/i;
const CREDIT_PREFIX = /^\(?(?:photo|photograph|image|picture|video|credit|file photo|illustration)s?(?: credit)?(?: by)?\s{0,3}[:|/]/i;
const CREDIT_AGENCY = /(?:getty images|ap photo|\/ ?afp|\/ ?reuters|shutterstock|\/ ?epa|via reuters|via ap)\b/i;
const CREDIT_PAREN = /^[\p{Lu}][^()/]{0,60}\/[^()]{1,60}$/u;
const BYLINE = /^(?:by|written by|words by|story by)\s{1,3}(?=[\p{Lu}])/iu;
const DATELINE =
  /^([\p{Lu}][\p{Lu}.'’-]{1,25}(?: [\p{Lu}][\p{Lu}.'’-]{0,25}){0,3}(?:, [\p{Lu}][\p{L}.'’-]{1,25}(?: [\p{Lu}][\p{L}.'’-]{1,25}){0,2})?)(?: \([\p{L} .]{2,30}\) ?| )[—–-]{1,2} /u;
const KICKERS = new Set(HEADLINE_KICKERS);
const CONTRIBUTED = /^(.{2,150}?) (?:also )?contributed (?:to )?(?:this )?(?:report|reporting|story|article)(?: (?:from|in) [^.;]{1,60})?\.?$/i;
const REPORTING_BY = /^(?:additional |contributing )?(?:reporting|writing|editing|compiled|produced) by\s{1,3}(.{2,200})$/i;
const REPORTED_FROM =
  /^([\p{Lu}][\p{L}'’.-]{0,25}(?:,? (?:and )?[\p{Lu}][\p{L}'’.-]{0,25}){0,5}) (?:reported|wrote) from ([\p{Lu}][^.;]{1,60})\.$/u;

const short = (unit: BoilerplateUnit, max: number): boolean => unit.end - unit.start <= max;
/** Lower-cased first character code of the unit (ASCII letters folded), for cheap pre-checks before any regex. */
const first = (unit: BoilerplateUnit): number => unit.docText.charCodeAt(unit.start) | 0x20;
/** Cheap substring pre-check before the newsletter regex. */
const hasNewsletterWord = (t: string): boolean => t.includes("ewsletter") || t.includes("nbox") || t.includes("eadlines");
/** First two characters of the unit, lower-cased (ASCII), e.g. `th`. */
const firstTwo = (unit: BoilerplateUnit): string =>
  String.fromCharCode(unit.docText.charCodeAt(unit.start) | 0x20, unit.docText.charCodeAt(unit.start + 1) | 0x20);
/** True when the unit starts with one of the given (lower-case ASCII) letters. */
const startsWithAny = (unit: BoilerplateUnit, letters: string): boolean => {
  const c = first(unit);
  for (let k = 0; k < letters.length; k++) if (letters.charCodeAt(k) === c) return true;
  return false;
};

/** Lower-case, punctuation-free form used to compare paragraphs. */
function normalizeForComparison(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/** Calls to action for newsletters and sign-ups (`Sign Up for Daily Headlines`, `Sign Up Now`). */
export const newsletterRule: BoilerplateRule = {
  id: "newsletter-cta",
  reason: "newsletter or sign-up call to action",
  scope: "paragraph",
  test: (unit) =>
    short(unit, 300) &&
    ((startsWithAny(unit, "sgjr") && SIGN_UP.test(unit.text)) ||
      (short(unit, 120) && hasNewsletterWord(unit.text) && NEWSLETTER.test(unit.text) && /\bsign|subscri/i.test(unit.text))),
};

/** `For more CNN news and newsletters create an account at…` */
export const accountCtaRule: BoilerplateRule = {
  id: "account-cta",
  reason: "'for more … news' call to action",
  scope: "paragraph",
  test: (unit) => short(unit, 300) && first(unit) === 0x66 && FOR_MORE.test(unit.text),
};

/** Comment forms: `Leave a Reply`, `Your email address will not be published…`. */
export const commentFormRule: BoilerplateRule = {
  id: "comment-form",
  reason: "comment form",
  scope: "paragraph",
  test: (unit) => short(unit, 300) && (startsWithAny(unit, "lpaycrj") || (unit.docText.charCodeAt(unit.start) >= 48 && unit.docText.charCodeAt(unit.start) <= 57)) && COMMENT_FORM.test(unit.text),
};

/** Link-bait lines: `See also  Kendall Jenner and Bad Bunny…` (with no-break spaces), `Read more:`. */
export const seeAlsoRule: BoilerplateRule = {
  id: "see-also",
  reason: "link-bait 'see also' line",
  scope: "paragraph",
  test: (unit) => short(unit, 300) && startsWithAny(unit, "sramytd") && SEE_ALSO.test(unit.text),
};

/** Update notes: `This story has been updated with additional information.` */
export const storyUpdatedRule: BoilerplateRule = {
  id: "story-updated",
  reason: "update or correction note",
  scope: "sentence",
  test: (unit) => {
    if (!short(unit, 400)) return false;
    const two = firstTwo(unit);
    if (two === "th") {
      if ((unit.docText.charCodeAt(unit.start + 2) | 0x20) !== 0x69) return false; // "thi…"
    } else if (two !== "co" && two !== "cl" && two !== "up") return false;
    return UPDATED.test(unit.text.slice(0, 60));
  },
};

/** Advertisement markers and share buttons (`Advertisement`, `Share this:`). */
export const adShareRule: BoilerplateRule = {
  id: "ad-share",
  reason: "advertisement marker or share button",
  scope: "paragraph",
  test: (unit) => short(unit, 60) && startsWithAny(unit, "ascfp") && AD_SHARE.test(unit.text),
};

/**
 * Hash of the first `max` comparison characters (ASCII letters folded to
 * lower case, digits, other letters as-is; punctuation and space skipped),
 * or -1 when the text has fewer. Used to bucket paragraphs cheaply.
 */
function comparisonKey(text: string, start: number, end: number, max: number): number {
  let h = 0x811c9dc5;
  let count = 0;
  for (let i = start; i < end && count < max; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 128 && isLetterCode(c)))) continue;
    h = Math.imul(h ^ c, 0x01000193);
    count++;
  }
  return count < max ? -1 : h >>> 0;
}

type Seen = Map<number, Array<{ text: string; index: number; norm?: string }>>;

/**
 * A paragraph repeating an earlier one (`000_…` repeats its photo caption,
 * adding a credit). Near-identical repeats count: one text starting with the
 * other and at least 75 % as long, compared in lower case without
 * punctuation. The first occurrence is kept. Paragraphs are bucketed by
 * their first 24 comparison characters, so only likely repeats are compared.
 */
export const repeatedParagraphRule: BoilerplateRule = {
  id: "repeated-paragraph",
  reason: "repeats an earlier paragraph",
  scope: "paragraph",
  test: (unit) => {
    let seen = unit.state.get("repeated-paragraph") as Seen | undefined;
    if (!seen) {
      seen = new Map();
      unit.state.set("repeated-paragraph", seen);
    }
    if (unit.end - unit.start < 30) return false;
    const key = comparisonKey(unit.docText, unit.start, unit.end, 24);
    if (key < 0) return false;
    const bucket = seen.get(key);
    if (!bucket) {
      seen.set(key, [{ text: unit.text, index: unit.paragraphIndex }]);
      return false;
    }
    const norm = normalizeForComparison(unit.text);
    for (const earlier of bucket) {
      earlier.norm ??= normalizeForComparison(earlier.text);
      const [a, b] = earlier.norm.length <= norm.length ? [earlier.norm, norm] : [norm, earlier.norm];
      if (b.startsWith(a) && a.length >= 0.75 * b.length) {
        return { reason: `repeats paragraph ${earlier.index + 1}${a === b ? "" : " (near-identical)"}` };
      }
    }
    if (bucket.length < 8) bucket.push({ text: unit.text, index: unit.paragraphIndex, norm });
    return false;
  },
};

/** Photo credits: a credit-only paragraph, or a trailing `(Eric Smith/U.S. Army)`. */
export const photoCreditRule: BoilerplateRule = {
  id: "photo-credit",
  reason: "photo credit",
  scope: "paragraph",
  test: (unit) => {
    const len = unit.end - unit.start;
    const endsWithParen = unit.docText.charCodeAt(unit.end - 1) === 41;
    const maybePrefix = len <= 160 && (startsWithAny(unit, "picvf") || unit.docText.charCodeAt(unit.start) === 40);
    if (!endsWithParen && !maybePrefix && len > 80) return false;
    const t = unit.text;
    if (maybePrefix && CREDIT_PREFIX.test(t)) return true;
    if (endsWithParen) {
      const open = t.lastIndexOf("(", t.length - 2);
      if (open >= 0 && t.length - open <= 130 && !t.slice(open + 1, -1).includes(")")) {
        const inner = t.slice(open + 1, -1).trim();
        if (CREDIT_PAREN.test(inner) || CREDIT_PREFIX.test(inner)) {
          return open === 0 ? true : { start: open, end: t.length };
        }
      }
    }
    // A short credit-only line such as `AP Photo/Jane Doe` or `Getty Images`.
    return t.length <= 80 && !t.includes(". ") && CREDIT_AGENCY.test(t);
  },
};

/** Bylines (`By Jane Doe and John Roe, CNN`): excluded, names kept as `authors`. */
export const bylineRule: BoilerplateRule = {
  id: "byline",
  reason: "byline",
  scope: "paragraph",
  test: (unit) => {
    if (!short(unit, 160) || !startsWithAny(unit, "bws") || !BYLINE.test(unit.text)) return false;
    const names = parseByline(unit.text.replace(BYLINE, ""));
    return names ? { meta: { authors: names } } : false;
  },
};

/** Datelines opening one of the first paragraphs (`NIAMEY, Niger (AP) — `): excluded, kept as `dateline`. */
export const datelineRule: BoilerplateRule = {
  id: "dateline",
  reason: "dateline",
  scope: "paragraph",
  test: (unit) => {
    if (unit.paragraphIndex > 2 || unit.state.has("dateline")) return false;
    const c0 = unit.docText.charCodeAt(unit.start);
    if (c0 < 65 || (c0 > 90 && c0 < 128)) return false;
    const m = DATELINE.exec(unit.text.slice(0, 200));
    if (!m || m[0].length >= unit.text.length || KICKERS.has(m[1]!)) return false;
    unit.state.set("dateline", true);
    return { start: 0, end: m[0].length, meta: { dateline: m[1]! } };
  },
};

/** Contributor lines: `John Hudson contributed to this report.`, `Reporting by …; Editing by …`. */
export const contributorRule: BoilerplateRule = {
  id: "contributor-line",
  reason: "contributor line",
  scope: "sentence",
  test: (unit) => {
    if (!short(unit, 240)) return false;
    const t = unit.text;
    const c = t.includes("contributed") ? CONTRIBUTED.exec(t) : null;
    if (c) {
      const names = splitNames(c[1]!.replace(/^(?:and|also)\s+/i, ""));
      return names.length > 0 ? { meta: { contributors: names } } : false;
    }
    const r = startsWithAny(unit, "acrwep") && t.includes(" by") ? REPORTING_BY.exec(t) : null;
    if (r) {
      const names = splitNames(withoutPlaces(r[1]!));
      return { meta: /^(?:additional |contributing )?(?:reporting|writing)/i.test(unit.text) ? { authors: names } : { contributors: names } };
    }
    return false;
  },
};

/**
 * Cheap necessary condition for {@link REPORTED_FROM}: its first name has at
 * most 26 characters (plus an optional comma) before the first space, and the
 * word after that space is a name, `and`, `reported` or `wrote`, so it cannot
 * start with any other ASCII lower-case letter.
 */
function mayStartNameList(unit: BoilerplateUnit): boolean {
  const text = unit.docText;
  const limit = Math.min(unit.end, unit.start + 28);
  let k = unit.start;
  while (k < limit && text.charCodeAt(k) !== 32) k++;
  if (k >= limit) return false;
  const c = text.charCodeAt(k + 1);
  return !(c >= 97 && c <= 122) || c === 97 || c === 114 || c === 119;
}

/** `Chason reported from Dakar, Senegal.`: excluded, names kept as `authors`, place as `dateline`. */
export const reportedFromRule: BoilerplateRule = {
  id: "reported-from",
  reason: "byline: reporter and place",
  scope: "sentence",
  test: (unit) => {
    if (!short(unit, 160) || !mayStartNameList(unit) || !unit.text.includes(" from ")) return false;
    const m = REPORTED_FROM.exec(unit.text);
    if (!m) return false;
    const names = splitNames(m[1]!);
    return names.length > 0 ? { meta: { authors: names, dateline: m[2]!.trim() } } : false;
  },
};

/**
 * The default boilerplate rules, in application order. Copy, filter or
 * extend this array and pass it as `rules` to customise.
 */
export const defaultBoilerplateRules: readonly BoilerplateRule[] = [
  repeatedParagraphRule,
  newsletterRule,
  accountCtaRule,
  commentFormRule,
  seeAlsoRule,
  adShareRule,
  photoCreditRule,
  bylineRule,
  datelineRule,
  storyUpdatedRule,
  contributorRule,
  reportedFromRule,
];
