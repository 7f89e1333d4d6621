import { getCountryLexicon } from "../lexicon/countries.js";
import { getTitleHeadWords, getTitleWords } from "../lexicon/titles.js";
import { getRoleWords } from "../lexicon/role-words.js";
import type { Mention, Role } from "../schema.js";
import type { ExtractionContext, Refiner } from "../pipeline/types.js";
import { CONNECTORS, isCapitalised, rebound, tokenRange } from "./util.js";
import { mentionWith } from "../pipeline/mention-shape.js";
import { ROLE_LEAD_WORDS as ROLE_LEAD_WORDS_LIST, ROLE_SPLITS as ROLE_SPLITS_LIST } from "../lexicon/function-words.js";
import { APPOSITIVE_HEADS as APPOSITIVE_HEADS_LIST, TITLE_OPENERS as TITLE_OPENERS_LIST } from "../lexicon/head-words.js";
import { TITLE_ROLE_HONORIFICS } from "../lexicon/honorifics.js";
import { RELATIVE_WORDS, ROLE_END_WORDS, SHARED_ROLE_LEAD_WORDS } from "../lexicon/function-words.js";

const RELATIVE = new Set(RELATIVE_WORDS);
const ROLE_END = new Set(ROLE_END_WORDS);

const MAX_TITLE_TOKENS = 16;
const HONORIFICS = new Set(TITLE_ROLE_HONORIFICS);
const MAX_APPOSITIVE_TOKENS = 22;

// Regular expressions used per token are module constants: a literal in a loop is a new RegExp object each time.
const LETTER_FIRST = /^\p{L}/u;
const AGE = /^\d{1,3}$/;
const GERUND = /^\p{Ll}+ing$/u;
const ARTICLE = /^(the|a|an)$/;
const APPOSITIVE_STOP = /^[,.;:)(—–"“”]$/;
const CLAUSE_PUNCTUATION = /^[,.;:)—–]$/;
const LOWER_WORD = /^\p{Ll}+$/u;
/** First words of two-word office titles ("Majority Leader", "Attorney General", "District Judge"): not part of the name before them. */
const TITLE_OPENERS = new Set(TITLE_OPENERS_LIST);
const APPOSITIVE_HEADS = new Set(APPOSITIVE_HEADS_LIST);

/** Words that join a title to a phrase before it ("adviser to Mr.", "Ohio under President", "Mr. and Mrs."). */
const ROLE_SPLITS = new Set(ROLE_SPLITS_LIST);
/** Capitalised words that open a sentence or clause, not a title ("When Mr. Trump", "But Mrs. Clinton"). */
const ROLE_LEAD_WORDS = new Set(ROLE_LEAD_WORDS_LIST);

/**
 * The start of the title right before a name: the words after the last connector when they are
 * a title by themselves ("adviser to Mr." → "Mr.", "Ohio under President" → "President"; after
 * "of" only when a head word follows at once, so "Chairman of the Joint Chiefs of Staff Gen."
 * stays whole), without a sentence's opening function word ("When Mr." → "Mr.").
 */
function trimRoleStart(rs: number, re: number, tokens: ExtractionContext["tokens"], titles: Set<string>, heads: Set<string>): number {
  for (let k = re - 2; k > rs; k--) {
    const t = tokens[k]!;
    if (!ROLE_SPLITS.has(t.lower)) continue;
    if (t.lower === "under" && (t.text !== "under" || tokens[k + 1]?.lower === "secretary")) continue;
    let a = k + 1;
    while (a < re - 1 && tokens[a]!.lower === "the") a++;
    let allTitles = true;
    let head = false;
    for (let i = a; i < re; i++) {
      if (!titles.has(tokens[i]!.lower)) allTitles = false;
      if (heads.has(tokens[i]!.lower)) head = true;
    }
    if (allTitles && head && (t.lower !== "of" || heads.has(tokens[a]!.lower))) rs = a;
    break;
  }
  while (rs < re - 1 && (ROLE_LEAD_WORDS.has(tokens[rs]!.lower) || (tokens[rs]!.lower === "under" && tokens[rs + 1]!.lower !== "secretary"))) rs++;
  return rs;
}

let roleSets: { titles: Set<string>; heads: Set<string> } | undefined;

/** The role head words (see {@link getRoleSets}). */
function titleRoleHeads(): Set<string> {
  return getRoleSets().heads;
}

/**
 * Title words and head words for finding roles: the tagger's title list plus the role words of
 * `lexicon/role-words.ts` (lower-case modifiers such as "press", "acting", "former"; heads such
 * as "administrator", "nominee", "coach"). Deciding which mentions a role swallowed keeps the
 * narrower head list, so an organisation named after a role noun ("National Guard") survives.
 */
function getRoleSets(): { titles: Set<string>; heads: Set<string> } {
  if (roleSets) return roleSets;
  const extra = getRoleWords();
  roleSets = {
    titles: new Set([...getTitleWords(), ...extra.modifiers, ...extra.heads]),
    heads: new Set([...getTitleHeadWords(), ...extra.heads]),
  };
  return roleSets;
}

/** A name right after a personal honorific is a person ("Mr. Basoom"), whatever the tagger said. */
function honorificPerson(m: Mention, context: ExtractionContext, personAt: Set<number>): Mention {
  if (m.type === "PERSON") return m;
  const { tokens } = context;
  const r = tokenRange(m, context);
  const prev = r ? tokens[r[0] - 1] : undefined;
  if (!prev || !HONORIFICS.has(prev.lower) || prev.sentence !== tokens[r![0]]!.sentence) return m;
  const personAtNew = r!;
  for (let i = personAtNew[0]; i < personAtNew[1]; i++) personAt.add(i);
  return mentionWith(m, { type: "PERSON", source: "title-role" });
}

function isPossessive(t: string): boolean {
  return t === "'s" || t === "’s" || t === "'" || t === "’";
}

type Tokens = ExtractionContext["tokens"];

/** Token indices inside PERSON mentions. */
function personTokens(mentions: readonly Mention[], context: ExtractionContext): Set<number> {
  const personAt = new Set<number>();
  for (const m of mentions) {
    if (m.type !== "PERSON") continue;
    const r = tokenRange(m, context);
    if (r) for (let i = r[0]; i < r[1]; i++) personAt.add(i);
  }
  return personAt;
}

/** A role over tokens `[from, to]` (both inclusive). */
function roleOver(tokens: Tokens, from: number, to: number, context: ExtractionContext): Role {
  return { text: context.text.slice(tokens[from]!.start, tokens[to]!.end), docId: context.docId, start: tokens[from]!.start, end: tokens[to]!.end };
}

/** Phase 1: the index of the first token after the title words inside a mention ("Gen. Michael Langley" → "Michael"), or `first` when there are none. */
function titleCut(tokens: Tokens, first: number, end: number, titles: Set<string>): number {
  let cut = first;
  let title = false;
  while (cut < end - 1 && (titles.has(tokens[cut]!.lower) || CONNECTORS.has(tokens[cut]!.lower) || tokens[cut]!.text === "-")) {
    if (titles.has(tokens[cut]!.lower)) title = true;
    cut++;
  }
  // A capitalised particle right before the name is part of it ("President Al Gore", "Prosecutor Del Ponte");
  // without a title word there is nothing to cut ("Al Gore").
  while (cut > first && isCapitalised(tokens[cut - 1]!.text) && CONNECTORS.has(tokens[cut - 1]!.lower) && !titles.has(tokens[cut - 1]!.lower)) cut--;
  return cut > first && title && isCapitalised(tokens[cut]!.text) ? cut : first;
}

/** Phase 2: the title right before the name (scan left over title words, capitalised words, connectors), up to `cut`. */
function titleBefore(context: ExtractionContext, first: number, cut: number, sentenceFirst: number, personAt: Set<number>, titles: Set<string>, roleHeads: Set<string>): Role | null {
  const { tokens } = context;
  let j = first - 1;
  let steps = 0;
  // Inside a "person" right before the name that ends on a capitalised head word: a title the tagger took for a
  // name ("Marion County Sheriff" in "Marion County Sheriff Jane Doe").
  let titlePerson = false;
  while (j >= sentenceFirst && steps < MAX_TITLE_TOKENS) {
    const t = tokens[j]!;
    const next = tokens[j + 1]!;
    if (personAt.has(j) && j < first) {
      if (!titlePerson && !(j === first - 1 && isTitlePersonEnd(t, roleHeads))) break;
      titlePerson = true;
    } else titlePerson = false;
    const adjacent = next.start === t.end;
    const ok =
      titles.has(t.lower) ||
      (isCapitalised(t.text) && LETTER_FIRST.test(t.text)) ||
      CONNECTORS.has(t.lower) ||
      (isPossessive(t.text) && j > sentenceFirst && tokens[j - 1]!.end === t.start) ||
      (t.text === "-" && adjacent && j > sentenceFirst && tokens[j - 1]!.end === t.start);
    if (!ok) break;
    j--;
    steps++;
  }
  let rs = j + 1;
  const re = cut; // exclusive: title tokens cut out of the mention belong to the role too
  // A title whose head is only before a coordinator belongs to someone else: "Nixon's chief of staff and Ronald
  // Reagan's …", "the chief and the Palmer family".
  let coordinator = -1;
  for (let k = rs; k < re; k++) if (COORDINATORS.has(tokens[k]!.text)) coordinator = k;
  if (coordinator >= 0) {
    let headAfter = false;
    // "and" inside a capitalised portfolio or organisation name stays: "Minister of Communications and Information Technology".
    let named = coordinator > rs && coordinator + 1 < re && isCapitalised(tokens[coordinator - 1]!.text);
    for (let k = coordinator + 1; k < re; k++) {
      if (roleHeads.has(tokens[k]!.lower)) headAfter = true;
      if (!isCapitalised(tokens[k]!.text)) named = false;
    }
    if (!headAfter && !named) return null;
  }
  // Trim leading connectors / possessives and leading capitalised non-title words that start a sentence ("He").
  while (rs < re && (CONNECTORS.has(tokens[rs]!.lower) || isPossessive(tokens[rs]!.text))) rs++;
  rs = trimRoleStart(rs, re, tokens, titles, roleHeads);
  // Only the run containing a head word counts: require one head word in [rs, re).
  let hasHead = false;
  for (let k = rs; k < re; k++) if (roleHeads.has(tokens[k]!.lower)) hasHead = true;
  return hasHead && rs < re ? roleOver(tokens, rs, re - 1, context) : null;
}

/** Whether a PERSON mention ending on token `t` right before another name is a title: its last word is a capitalised head ("Sheriff"). */
function isTitlePersonEnd(t: Tokens[number], roleHeads: Set<string>): boolean {
  return roleHeads.has(t.lower) && isCapitalised(t.text) && !HONORIFICS.has(t.lower);
}

/** Phase 3: an appositive after the name: ", [the] role ,|.|;". */
function appositiveAfter(context: ExtractionContext, end: number, personAt: Set<number>, titles: Set<string>, roleHeads: Set<string>): Role | null {
  const { tokens } = context;
  const after = end;
  if (!(after < tokens.length && tokens[after]!.text === "," && tokens[after]!.sentence === tokens[end - 1]!.sentence)) return null;
  let a = after + 1;
  // A relative clause is no role: "Steele, whose spokesman said".
  const relative = RELATIVE.has(tokens[a]?.lower ?? "");
  // An age between the name and the role: "Maria Lopez, 34, a nurse".
  if (AGE.test(tokens[a]?.text ?? "") && tokens[a + 1]?.text === ",") a += 2;
  // ", and his policy director, Jane Roe": a coordinator opens the next conjunct, whose role belongs to the name after it.
  if (COORDINATORS.has(tokens[a]?.text ?? "")) return null;
  // A participle before the role: "Jane Doe, running as the Republican nominee," / "serving as chief of staff".
  if (GERUND.test(tokens[a]?.text ?? "") && tokens[a + 1]?.lower === "as") a += 2;
  const opened = a;
  while (a < tokens.length && ARTICLE.test(tokens[a]!.lower)) a++;
  const determiner = a > opened;
  let b = a;
  let head = false;
  let conjunct = false;
  // A person already read as the role's complement ("spokesman for Mr. Reid").
  let complement = false;
  while (b < tokens.length && b - a < MAX_APPOSITIVE_TOKENS && tokens[b]!.sentence === tokens[a]!.sentence && !APPOSITIVE_STOP.test(tokens[b]!.text)) {
    if (b - a < 4 && (roleHeads.has(tokens[b]!.lower) || APPOSITIVE_HEADS.has(tokens[b]!.lower))) head = true;
    if (ROLE_END.has(tokens[b]!.lower)) break;
    if (personAt.has(b)) {
      // Another person inside the role: "a spokesman for Mr. Reid", "McCain's policy director".
      const run = personRunEnd(tokens, b, personAt);
      const possessive = run < tokens.length && isPossessive(tokens[run]!.text);
      // A name as a modifier of the role: "the Clinton spokesman", "a onetime Trump campaign adviser".
      const modifier = run < tokens.length && titles.has(tokens[run]!.lower) && !isCapitalised(tokens[run]!.text);
      if (!(possessive && b === a) && !modifier && !(head && b > a && linkedPerson(tokens, a, b, titles))) {
        // Two roles joined by "and", the second about another person: "the mayor of Chicago and Mr. Obama's former
        // chief of staff" — the first conjunct is a role by itself.
        // An adverb may stand after the coordinator ("and once Mr. Obama's adviser").
        const c = coordinatorBefore(tokens, b);
        // A list of people as the role's complement goes on: "the lawyer for policemen Jon Roe and Al Doe".
        if (complement && !possessive && c === b - 1) {
          b = run;
          continue;
        }
        if (head && c > a) {
          b = c;
          conjunct = true;
        }
        break;
      }
      if (!possessive && !modifier) complement = true;
      b = possessive ? run + 1 : run;
      continue;
    }
    b++;
  }
  const stop = tokens[b];
  // A longer description ending on a role noun: "the party's presumptive nominee", "a first baseman for the Yankees".
  if (!head && b > a && b - a <= 8) for (let k = a; k < b; k++) if (roleHeads.has(tokens[k]!.lower) && !isCapitalised(tokens[k]!.text)) head = true;
  // The role ends at punctuation, or before the relative clause of a noun phrase ("the retired admiral who served as …").
  // Without a determiner the phrase must open on its role noun ("manager of a store that …").
  const opener = tokens[a];
  const nounPhrase = determiner || (opener !== undefined && roleHeads.has(opener.lower) && !isCapitalised(opener.text));
  const ends = stop !== undefined && (conjunct || CLAUSE_PUNCTUATION.test(stop.text) || (nounPhrase && RELATIVE_END.has(stop.lower) && stop.text === stop.lower));
  return head && !relative && b > a && ends ? roleOver(tokens, a, b - 1, context) : null;
}

/** Relative pronouns that end an appositive role before its clause. */
const RELATIVE_END = new Set(["who", "whose", "which", "that"]);

/**
 * The coordinator before the person at `p`, past an honorific and one lower-case adverb ("and Mr.", "and once
 * Mr."), or -1.
 */
function coordinatorBefore(tokens: Tokens, p: number): number {
  let k = p - 1;
  while (k > 0 && HONORIFICS.has(tokens[k]!.lower)) k--;
  if (k > 0 && !COORDINATORS.has(tokens[k]!.text) && LOWER_WORD.test(tokens[k]!.text)) k--;
  return k >= 0 && COORDINATORS.has(tokens[k]!.text) ? k : -1;
}

/** Lower-case coordinators: a role never ends on one. */
const COORDINATORS = new Set(["and", "or"]);

/** Words that tie a person to the role before them ("spokesman for Mr. Reid", "aide to Secretary Clinton"). */
const ROLE_LINKS = new Set(["for", "to", "of", "at", "with", "by", "from", "under", "the"]);

/** Whether the person starting at token `p` is the complement of the role opened at `a` (a link word before its title). */
function linkedPerson(tokens: Tokens, a: number, p: number, titles: Set<string>): boolean {
  let k = p - 1;
  while (k > a && !ROLE_LINKS.has(tokens[k]!.lower) && (titles.has(tokens[k]!.lower) || (tokens[k]!.lower === "of" && titles.has(tokens[k - 1]!.lower)))) k--;
  return k > a && (ROLE_LINKS.has(tokens[k]!.lower) || isPossessive(tokens[k]!.text));
}

/** The index after the run of PERSON tokens starting at `i`. */
function personRunEnd(tokens: Tokens, i: number, personAt: Set<number>): number {
  let j = i;
  while (j < tokens.length && personAt.has(j) && tokens[j]!.sentence === tokens[i]!.sentence) j++;
  return j;
}

/** Phase 4: an appositive before the name: "role , NAME". */
function appositiveBefore(context: ExtractionContext, first: number, sentenceFirst: number, personAt: Set<number>, titles: Set<string>, roleHeads: Set<string>): Role | null {
  const { tokens } = context;
  if (!(first - 2 >= sentenceFirst && tokens[first - 1]!.text === ",")) return null;
  let k = first - 2;
  let head = false;
  while (k >= sentenceFirst && first - 2 - k < MAX_TITLE_TOKENS) {
    const t = tokens[k]!;
    if (roleHeads.has(t.lower) || APPOSITIVE_HEADS.has(t.lower)) head = true;
    if (!(titles.has(t.lower) || isCapitalised(t.text) || CONNECTORS.has(t.lower) || isPossessive(t.text))) break;
    if (personAt.has(k)) break;
    k--;
  }
  let s = k + 1;
  while (s < first - 1 && (CONNECTORS.has(tokens[s]!.lower) || isPossessive(tokens[s]!.text) || ROLE_LEAD_WORDS.has(tokens[s]!.lower))) s++;
  return head && s < first - 1 && roleHeads.has(tokens[first - 2]!.lower) ? roleOver(tokens, s, first - 2, context) : null;
}

/** Phases 1–4 on one PERSON mention: the mention without its leading title, with its roles. */
function withRoles(original: Mention, context: ExtractionContext, personAt: Set<number>, titles: Set<string>, roleHeads: Set<string>): Mention {
  let m = original;
  const r = tokenRange(m, context);
  if (!r) return m;
  const { tokens } = context;
  const [first, end] = r;
  const roles: Role[] = [];
  const cut = titleCut(tokens, first, end, titles);
  if (cut > first) m = rebound(m, tokens[cut]!.start, m.end, context, "title-role");
  const sentenceFirst = context.sentences[tokens[first]!.sentence]?.first ?? 0;
  const before = titleBefore(context, first, cut, sentenceFirst, personAt, titles, roleHeads);
  if (before) roles.push(before);
  const after = appositiveAfter(context, end, personAt, titles, roleHeads);
  if (after) roles.push(after);
  if (roles.length === 0) {
    const preceding = appositiveBefore(context, first, sentenceFirst, personAt, titles, roleHeads);
    if (preceding) roles.push(preceding);
  }
  return roles.length ? mentionWith(m, { roles: [...(m.roles ?? []), ...roles] }) : m;
}

/**
 * Phase 5: mentions swallowed by a role ("U.S. Ambassador" as ORG inside "U.S. Ambassador to Niger")
 * are not names; places and nationalities inside roles stay.
 */
function dropSwallowed(out: Mention[], context: ExtractionContext, titles: Set<string>): Mention[] {
  const heads = getTitleHeadWords();
  const { tokens, docId, text: docText } = context;
  const roleSpans: Role[] = [];
  for (const m of out) if (m.roles) for (const r of m.roles) if (r.docId === docId) roleSpans.push(r);
  if (!roleSpans.length) return out;
  const covered = new Uint8Array(docText.length + 1);
  for (const r of roleSpans) covered.fill(1, r.start, r.end);
  const kept: Mention[] = [];
  for (const m of out) {
    if (m.type === "PERSON" && !m.roles && covered[m.start] === 1 && covered[m.end - 1] === 1) {
      // A title typed PERSON, read as the role of the name after it ("Marion County Sheriff").
      const rr = tokenRange(m, context);
      if (rr && isTitlePersonEnd(tokens[rr[1] - 1]!, titleRoleHeads())) continue;
    }
    if (m.type === "PERSON" || m.type === "GPE" || m.type === "NORP" || m.type === "LOC") {
      kept.push(m);
      continue;
    }
    const inside = covered[m.start] === 1 && covered[m.end - 1] === 1;
    const rr = inside ? tokenRange(m, context) : null;
    if (!rr) {
      kept.push(m);
      continue;
    }
    // The name ends where the title begins: at a head word inside it ("U.S. Ambassador"), and before the first
    // word of a two-word title ("Senate Majority" before "Leader", "U.S. Attorney" before "General").
    let head = -1;
    for (let i = rr[0]; i < rr[1] && head < 0; i++) if (heads.has(tokens[i]!.lower)) head = i;
    const follower = tokens[rr[1]];
    let stop: number = head >= 0 ? head : follower && heads.has(follower.lower) && follower.sentence === tokens[rr[0]]!.sentence ? rr[1] : -1;
    if (stop > rr[0]) while (stop > rr[0] && TITLE_OPENERS.has(tokens[stop - 1]!.lower)) stop--;
    if (stop >= 0 && stop < rr[1]) {
      if (stop > rr[0]) kept.push(partBeforeTitle(m, tokens[stop - 1]!.end, context));
      continue;
    }
    let hasHead = false;
    for (let i = rr[0]; i < rr[1]; i++) if (heads.has(tokens[i]!.lower)) hasHead = true;
    if (hasHead) continue;
    // "Secretary of Defense for Special Operations": the complement of a title word, not an organisation.
    const before = tokens[rr[0] - 1];
    if (titles.has(tokens[rr[0]]!.lower) && before !== undefined && CONNECTORS.has(before.lower)) continue;
    kept.push(m);
  }
  return kept;
}

/** "U.S. Ambassador" tagged as one ORG: the part before the title ("U.S."), typed by the gazetteer when it knows it. */
function partBeforeTitle(m: Mention, end: number, context: ExtractionContext): Mention {
  const lex = getCountryLexicon();
  const cut = rebound(m, m.start, end, context, "title-role");
  const lower = cut.text.toLowerCase();
  const country = lex.countryByName.get(lower);
  if (country) return mentionWith(cut, country !== cut.text ? { type: "GPE", refersTo: country } : { type: "GPE" });
  return lex.cities.has(lower) ? mentionWith(cut, { type: "GPE" }) : lex.groupNorp.has(lower) || lex.countryByDemonym.has(lower) ? mentionWith(cut, { type: "NORP" }) : cut;
}

/** The plural of an English role noun ("attorney" → "attorneys", "secretary" → "secretaries", "chairman" → "chairmen"). */
function pluralOf(word: string): string {
  if (word.endsWith("man")) return `${word.slice(0, -3)}men`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(?:s|sh|ch|x|z)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

let pluralSets: { singularOf: Map<string, string>; titles: Set<string>; heads: Set<string> } | undefined;

/** Plural role heads with their singular, and the role sets with those plurals added (for roles shared by coordinated names). */
function getPluralSets(titles: Set<string>, heads: Set<string>): { singularOf: Map<string, string>; titles: Set<string>; heads: Set<string> } {
  if (pluralSets) return pluralSets;
  const singularOf = new Map<string, string>();
  for (const head of heads) if (LETTER_WORD.test(head)) singularOf.set(pluralOf(head), head);
  pluralSets = { singularOf, titles: new Set([...titles, ...singularOf.keys()]), heads: new Set([...heads, ...singularOf.keys()]) };
  return pluralSets;
}

/** A lower-case role word of letters and inner hyphens ("co-founder"), not an abbreviation ("sen.") or a form already plural. */
const LETTER_WORD = /^\p{Ll}+(?:-\p{Ll}+)*$/u;

const SHARED_ROLE_LEAD = new Set(SHARED_ROLE_LEAD_WORDS);

/** Words that open the complement of a plural role head ("co-founders of Acme", "lawyers for the family"). */
const COMPLEMENT_LINKS = new Set(["of", "for", "at", "to", "in", "on", "with"]);

/**
 * `role` as written for one person, or null when it is no plural role: a noun phrase whose head is a plural of a
 * known role head, with only title words, capitalised words and possessives before it ("the company's co-founders",
 * "Washington Post reporters") and, after the names only, a complement after it ("co-founders of Acme"). The head is put in the
 * singular, in the case it was written in. A verb phrase ending on a plural ("were named as soldiers") is not read.
 */
function sharedRole(role: Role, context: ExtractionContext, singularOf: Map<string, string>, titles: Set<string>, beforeNames: boolean): Role | null {
  const { tokens } = context;
  let from = context.tokenAtStart.get(role.start);
  if (from === undefined) return null;
  // Numbers and possessive determiners are the list's, not one person's role ("Two Ohio senators", "His lawyers").
  while (from < tokens.length && tokens[from]!.end < role.end && SHARED_ROLE_LEAD.has(tokens[from]!.lower)) from++;
  if (tokens[from]!.start !== role.start) role = { text: role.text.slice(tokens[from]!.start - role.start), docId: role.docId, start: tokens[from]!.start, end: role.end };
  for (let k = from; k < tokens.length && tokens[k]!.end <= role.end; k++) {
    const t = tokens[k]!;
    const singular = singularOf.get(t.lower);
    if (singular !== undefined) {
      const rest = tokens[k + 1];
      // Before the names the head comes last: in "representatives for Jane Roe and John Doe" the names are the complement.
      if (t.end !== role.end && (beforeNames || !(rest !== undefined && COMPLEMENT_LINKS.has(rest.text)))) return null;
      const word = isCapitalised(t.text) ? singular.charAt(0).toUpperCase() + singular.slice(1) : singular;
      return { ...role, singular: role.text.slice(0, t.start - role.start) + word + role.text.slice(t.end - role.start) };
    }
    const ok = titles.has(t.lower) || isCapitalised(t.text) || isPossessive(t.text) || isPossessive(tokens[k + 1]?.text ?? "") || ARTICLE.test(t.lower);
    if (!ok) return null;
  }
  return null;
}

/**
 * Phase 4b: a plural role before or after coordinated names goes to each of them, in the singular: "the president's
 * personal attorneys Jane Roe and John Doe", "Senators Jane Roe, John Doe and Ann Poe", "Jane Roe and John Doe, the
 * company's co-founders,", "the company's co-founders, Jane Roe and John Doe,". Only when every conjunct is a PERSON mention, joined by commas and one final "and"/"or" in
 * one sentence, no conjunct is possessive ("John Doe's lawyer"), and the role ends on a plural of a known role head.
 */
function distributePluralRoles(out: Mention[], context: ExtractionContext, personAt: Set<number>, titles: Set<string>, roleHeads: Set<string>): void {
  const { tokens } = context;
  const plural = getPluralSets(titles, roleHeads);
  const people: { index: number; first: number; end: number }[] = [];
  for (let i = 0; i < out.length; i++) {
    if (out[i]!.type !== "PERSON") continue;
    const r = tokenRange(out[i]!, context);
    if (r) people.push({ index: i, first: r[0], end: r[1] });
  }
  let i = 0;
  while (i < people.length) {
    // The chain of conjuncts from people[i]: links of "," and one last link with a coordinator.
    let j = i;
    let coordinated = false;
    while (j + 1 < people.length && !coordinated) {
      const link = linkBetween(tokens, people[j]!.end, people[j + 1]!.first);
      if (link === null) break;
      coordinated = link;
      j++;
    }
    if (!coordinated || j === i) {
      i = Math.max(j, i + 1);
      continue;
    }
    const group = people.slice(i, j + 1);
    i = j + 1;
    if (group.some((p) => isPossessive(tokens[p.end]?.text ?? ""))) continue;
    const head = group[0]!;
    const sentenceFirst = context.sentences[tokens[head.first]!.sentence]?.first ?? 0;
    const before = titleBefore(context, head.first, head.first, sentenceFirst, personAt, plural.titles, plural.heads);
    const tail = group[group.length - 1]!.end;
    const after = before ? null : appositiveAfter(context, tail, personAt, plural.titles, plural.heads);
    // "The company's co-founders, Jane Roe and John Doe, left": an appositive before the list, closed after it.
    const closed = tokens[tail] !== undefined && CLAUSE_PUNCTUATION.test(tokens[tail]!.text);
    const preceding = before || after || !closed ? null : appositiveBefore(context, head.first, sentenceFirst, personAt, plural.titles, plural.heads);
    const role = before ?? after ?? preceding;
    const shared = role ? sharedRole(role, context, plural.singularOf, plural.titles, after === null) : null;
    if (!role || !shared) continue;
    for (const p of group) {
      const m = out[p.index]!;
      const own = m.roles ?? [];
      // A conjunct with a title of its own keeps it ("Senators Jane Roe and Rep. John Doe" is not read).
      // The role as found before (the first name's, or an earlier share) is replaced.
      const same = (x: Role): boolean => x.end === role.end && (x.start === role.start || x.start === shared.start);
      if (p !== head && own.length > 0 && !own.some(same)) continue;
      const kept: Role[] = [];
      for (const x of own) if (!same(x)) kept.push(x);
      kept.push(shared);
      out[p.index] = mentionWith(m, { roles: kept });
    }
  }
}

/** The link between two names: `false` for ",", `true` for "and"/"or"/", and"/", or", `null` for anything else. */
function linkBetween(tokens: Tokens, end: number, next: number): boolean | null {
  if (next <= end || tokens[end]!.sentence !== tokens[next]!.sentence) return null;
  if (next - end === 1) return tokens[end]!.text === "," ? false : COORDINATORS.has(tokens[end]!.text) ? true : null;
  return next - end === 2 && tokens[end]!.text === "," && COORDINATORS.has(tokens[end + 1]!.text) ? true : null;
}

/**
 * Titles and roles, attached as {@link Role}s instead of being part of the name:
 * 1. leading title words inside a PERSON mention ("Gen. Michael Langley") are cut off;
 * 2. a title just before the name ("U.S. Ambassador to Niger", "Lt. Gen.", "Col.-Maj.", "Interior Minister");
 * 3. an appositive after it ("Chris Maier, assistant secretary of defense for …,");
 * 4. an appositive before it ("Niger's prime minister, Ali Lamine Sain");
 * 5. a plural role before or after coordinated names, given to each in the singular ("Senators Jane Roe and John Doe").
 * Non-person mentions swallowed by a role (e.g. an ORG "Joint Staff" inside a title) are kept.
 *
 * @returns A refiner named `title-role`.
 * @example
 * ```ts
 * import { extractEntities } from "@newsparse/entity-extract";
 *
 * extractEntities("Lt. Gen. Dagvin Anderson spoke.").mentions[0]?.roles?.[0]?.text; // "Lt. Gen."
 * ```
 */
export function createTitleRoleRefiner(): Refiner {
  return {
    name: "title-role",
    refine(context: ExtractionContext, input: Mention[]): Mention[] {
      const { titles, heads: roleHeads } = getRoleSets();
      const personAt = personTokens(input, context);
      // A name right after a personal honorific is a person ("Mr. Basoom"), whatever the tagger said.
      // (Loops with `push` rather than `map`/`flatMap`/`filter` throughout: the arrays those builtins return
      // come in different element kinds depending on whether the caller is optimised, and each new kind
      // deoptimises the functions that read them.)
      const honored: Mention[] = [];
      for (const m of input) honored.push(honorificPerson(m, context, personAt));
      const out: Mention[] = [];
      for (const m of honored) out.push(m.type === "PERSON" ? withRoles(m, context, personAt, titles, roleHeads) : m);
      distributePluralRoles(out, context, personAt, titles, roleHeads);
      return dropSwallowed(out, context, titles);
    },
  };
}
