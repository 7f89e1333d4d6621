import type { BoilerplateHit, BoilerplateRule, BoilerplateUnit } from "./boilerplate-rule.js";
import { splitNames } from "./names.js";

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
  /^([\p{Lu}][\p{Lu}.'’-]{1,25}(?: [\p{Lu}][\p{Lu}.'’-]{0,25}){0,3}(?:, [\p{Lu}][\p{L}.'’-]{1,25}(?: [\p{Lu}][\p{L}.'’-]{1,25}){0,2})?)(?: \([\p{L} .]{2,30}\))? ?[—–-]{1,2} ?/u;
const CONTRIBUTED = /^(.{2,150}?) (?:contributed (?:to )?(?:this )?(?:report|reporting|story|article)|also contributed)\b/i;
const REPORTING_BY = /^(?:additional |contributing )?(?:reporting|writing|editing|compiled|produced) by\s{1,3}(.{2,200})$/i;
const REPORTED_FROM =
  /^([\p{Lu}][\p{L}'’.-]{0,25}(?:,? (?:and )?[\p{Lu}][\p{L}'’.-]{0,25}){0,5}) (?:reported|wrote) from ([\p{Lu}][^.;]{1,60})\.$/u;

const short = (unit: BoilerplateUnit, max: number): boolean => unit.text.length <= max;

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
    short(unit, 300) && (SIGN_UP.test(unit.text) || (short(unit, 120) && NEWSLETTER.test(unit.text) && /\bsign|subscri/i.test(unit.text))),
};

/** `For more CNN news and newsletters create an account at…` */
export const accountCtaRule: BoilerplateRule = {
  id: "account-cta",
  reason: "'for more … news' call to action",
  scope: "paragraph",
  test: (unit) => short(unit, 300) && FOR_MORE.test(unit.text),
};

/** Comment forms: `Leave a Reply`, `Your email address will not be published…`. */
export const commentFormRule: BoilerplateRule = {
  id: "comment-form",
  reason: "comment form",
  scope: "paragraph",
  test: (unit) => short(unit, 300) && COMMENT_FORM.test(unit.text),
};

/** Link-bait lines: `See also  Kendall Jenner and Bad Bunny…` (with no-break spaces), `Read more:`. */
export const seeAlsoRule: BoilerplateRule = {
  id: "see-also",
  reason: "link-bait 'see also' line",
  scope: "paragraph",
  test: (unit) => short(unit, 300) && SEE_ALSO.test(unit.text),
};

/** Update notes: `This story has been updated with additional information.` */
export const storyUpdatedRule: BoilerplateRule = {
  id: "story-updated",
  reason: "update or correction note",
  scope: "sentence",
  test: (unit) => short(unit, 400) && UPDATED.test(unit.text),
};

/** Advertisement markers and share buttons (`Advertisement`, `Share this:`). */
export const adShareRule: BoilerplateRule = {
  id: "ad-share",
  reason: "advertisement marker or share button",
  scope: "paragraph",
  test: (unit) => short(unit, 60) && AD_SHARE.test(unit.text),
};

/**
 * A paragraph repeating an earlier one (`000_…` repeats its photo caption,
 * adding a credit). Near-identical repeats count: one text starting with the
 * other and at least 75 % as long. The first occurrence is kept.
 */
export const repeatedParagraphRule: BoilerplateRule = {
  id: "repeated-paragraph",
  reason: "repeats an earlier paragraph",
  scope: "paragraph",
  test: (unit) => {
    const seen = (unit.state.get("repeated-paragraph") as Map<string, Array<{ norm: string; index: number }>> | undefined) ??
      new Map<string, Array<{ norm: string; index: number }>>();
    unit.state.set("repeated-paragraph", seen);
    if (unit.text.length < 30) return false;
    const norm = normalizeForComparison(unit.text);
    if (norm.length < 25) return false;
    const key = norm.slice(0, 24);
    const bucket = seen.get(key) ?? [];
    let hit: BoilerplateHit | null = null;
    for (const earlier of bucket) {
      const [a, b] = earlier.norm.length <= norm.length ? [earlier.norm, norm] : [norm, earlier.norm];
      if (b.startsWith(a) && a.length >= 0.75 * b.length) {
        hit = { reason: `repeats paragraph ${earlier.index + 1}${a === b ? "" : " (near-identical)"}` };
        break;
      }
    }
    if (!hit) {
      if (bucket.length < 8) bucket.push({ norm, index: unit.paragraphIndex });
      seen.set(key, bucket);
      return false;
    }
    return hit;
  },
};

/** Photo credits: a credit-only paragraph, or a trailing `(Eric Smith/U.S. Army)`. */
export const photoCreditRule: BoilerplateRule = {
  id: "photo-credit",
  reason: "photo credit",
  scope: "paragraph",
  test: (unit) => {
    const t = unit.text;
    if (t.length <= 160 && CREDIT_PREFIX.test(t)) return true;
    if (t.length > 0 && t.charCodeAt(t.length - 1) === 41) {
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
    if (!short(unit, 160) || !BYLINE.test(unit.text)) return false;
    const names = splitNames(unit.text.replace(BYLINE, ""));
    return names.length > 0 ? { meta: { authors: names } } : false;
  },
};

/** Datelines opening one of the first paragraphs (`NIAMEY, Niger (AP) — `): excluded, kept as `dateline`. */
export const datelineRule: BoilerplateRule = {
  id: "dateline",
  reason: "dateline",
  scope: "paragraph",
  test: (unit) => {
    if (unit.paragraphIndex > 2 || unit.state.has("dateline")) return false;
    const m = DATELINE.exec(unit.text.slice(0, 200));
    if (!m || m[0].length >= unit.text.length) return false;
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
    const c = CONTRIBUTED.exec(unit.text);
    if (c) {
      const names = splitNames(c[1]!.replace(/^(?:and|also)\s+/i, ""));
      return names.length > 0 ? { meta: { contributors: names } } : false;
    }
    const r = REPORTING_BY.exec(unit.text);
    if (r) {
      const names = splitNames(r[1]!.replace(/\s+in\s+[\p{Lu}][\p{L} ]{0,40}/gu, ""));
      return { meta: /^(?:additional |contributing )?(?:reporting|writing)/i.test(unit.text) ? { authors: names } : { contributors: names } };
    }
    return false;
  },
};

/** `Chason reported from Dakar, Senegal.`: excluded, names kept as `authors`, place as `dateline`. */
export const reportedFromRule: BoilerplateRule = {
  id: "reported-from",
  reason: "byline: reporter and place",
  scope: "sentence",
  test: (unit) => {
    if (!short(unit, 160)) return false;
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
