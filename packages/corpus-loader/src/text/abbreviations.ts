/**
 * The one abbreviation list of newsparse, as data: every abbreviation once,
 * lower-case and without its final period, with how the sentence splitter
 * reads a period after it and which tokenizer presets keep that period on the
 * token. The splitter's lists ({@link TITLE_ABBREVIATIONS} …) and the
 * tokenizers' trailing-period lists ({@link TOKEN_ABBREVIATIONS}) are derived
 * from this table.
 */

/** How the sentence splitter reads a period after an abbreviation. */
export type AbbreviationRole = "title" | "number" | "ambiguous";

/** Tokenizer presets: `"quotes"` is the tokenization `@newsparse/claims` reads, `"names"` the one the `@newsparse/entity-extract` tagger was trained on. */
export type TokenPreset = "quotes" | "names";

/** One entry of {@link ABBREVIATIONS}. */
export interface Abbreviation {
  /** Lower-case, without the final period (`lt`, `e.g`). */
  readonly form: string;
  /**
   * `"title"`: a period after it never ends a sentence (`Lt. Gen. Dagvin Anderson`);
   * `"number"`: not before a digit (`No. 5`, `Jan. 6`), else as ambiguous;
   * `"ambiguous"`: ends a sentence only before a typical opener (`Apple Inc. The`);
   * absent: the splitter treats it as an ordinary word.
   */
  readonly role?: AbbreviationRole;
  /** Tokenizer presets whose word tokens keep the trailing period (`Lt.` one token). */
  readonly keepsPeriod: readonly TokenPreset[];
}

// One row per abbreviation: form, sentence-splitter role ("-": none), tokenizer presets keeping the
// period (Q: "quotes", N: "names", "-": none). Rows within a role keep the order of the lists they
// replace, so the exported arrays are unchanged.
const TABLE = `
  mr       title      QN
  mrs      title      QN
  ms       title      QN
  messrs   title      Q
  mme      title      Q
  dr       title      QN
  prof     title      QN
  rev      title      QN
  fr       title      N
  hon      title      QN
  pres     title      QN
  gov      title      QN
  govs     title      -
  sen      title      QN
  sens     title      -
  rep      title      QN
  reps     title      -
  amb      title      N
  atty     title      Q
  supt     title      QN
  det      title      N
  insp     title      N
  lt       title      QN
  gen      title      QN
  gens     title      -
  col      title      QN
  maj      title      QN
  capt     title      QN
  cpt      title      N
  sgt      title      QN
  cpl      title      QN
  pvt      title      QN
  adm      title      QN
  cmdr     title      QN
  cdr      title      N
  brig     title      QN
  comdr    title      -
  lieut    title      QN
  spc      title      -
  pfc      title      -
  sec      title      N
  secs     title      -
  mt       title      QN
  ft       title      QN
  st       title      QN
  vs       title      QN
  e.g      title      -
  i.e      title      -
  cf       title      -
  approx   title      QN
  dept     title      QN
  nr       title      -
  no       number     QN
  nos      number     -
  fig      number     Q
  figs     number     -
  vol      number     -
  vols     number     -
  art      number     -
  ch       number     -
  pp       number     -
  p        number     -
  jan      number     QN
  feb      number     QN
  mar      number     QN
  apr      number     QN
  jun      number     N
  jul      number     N
  aug      number     QN
  sep      number     QN
  sept     number     QN
  oct      number     QN
  nov      number     QN
  dec      number     QN
  inc      ambiguous  QN
  corp     ambiguous  QN
  co       ambiguous  QN
  ltd      ambiguous  QN
  llc      ambiguous  -
  plc      ambiguous  -
  jr       ambiguous  QN
  sr       ambiguous  QN
  bros     ambiguous  QN
  etc      ambiguous  QN
  al       ambiguous  -
  est      ambiguous  QN
  ave      ambiguous  QN
  blvd     ambiguous  N
  rd       ambiguous  N
  hwy      ambiguous  -
  mon      ambiguous  N
  tue      ambiguous  N
  tues     ambiguous  -
  wed      ambiguous  N
  thu      ambiguous  N
  thur     ambiguous  -
  thurs    ambiguous  -
  fri      ambiguous  N
  sat      ambiguous  N
  sun      ambiguous  N
  ala      ambiguous  -
  ariz     ambiguous  -
  ark      ambiguous  -
  calif    ambiguous  -
  colo     ambiguous  -
  conn     ambiguous  -
  del      ambiguous  -
  fla      ambiguous  -
  ga       ambiguous  -
  ill      ambiguous  -
  ind      ambiguous  -
  kan      ambiguous  -
  kans     ambiguous  -
  ky       ambiguous  -
  la       ambiguous  -
  mass     ambiguous  -
  md       ambiguous  -
  mich     ambiguous  -
  minn     ambiguous  -
  miss     ambiguous  -
  mo       ambiguous  -
  mont     ambiguous  -
  neb      ambiguous  -
  nev      ambiguous  -
  okla     ambiguous  -
  ore      ambiguous  -
  pa       ambiguous  -
  tenn     ambiguous  -
  tex      ambiguous  -
  va       ambiguous  -
  vt       ambiguous  -
  wash     ambiguous  -
  wis      ambiguous  -
  wyo      ambiguous  -
  assn     -          QN
  cmdt     -          Q
  dist     -          N
  govt     -          N
  intl     -          N
  natl     -          N
  univ     -          QN
`;

function parseTable(table: string): Abbreviation[] {
  const out: Abbreviation[] = [];
  for (const line of table.split("\n")) {
    const [form, role, presets] = line.trim().split(/ +/);
    if (!form || !role || !presets) continue;
    const keepsPeriod: TokenPreset[] = [];
    if (presets.includes("Q")) keepsPeriod.push("quotes");
    if (presets.includes("N")) keepsPeriod.push("names");
    out.push(role === "-" ? { form, keepsPeriod } : { form, role: role as AbbreviationRole, keepsPeriod });
  }
  return out;
}

/**
 * Every abbreviation newsparse knows, once each.
 *
 * @example
 * ```ts
 * ABBREVIATIONS.find((a) => a.form === "lt");
 * // → { form: "lt", role: "title", keepsPeriod: ["quotes", "names"] }
 * ```
 */
export const ABBREVIATIONS: readonly Abbreviation[] = parseTable(TABLE);

const withRole = (role: AbbreviationRole): readonly string[] => ABBREVIATIONS.filter((a) => a.role === role).map((a) => a.form);

/** Titles and ranks: a period after them never ends a sentence (`Lt. Gen. Dagvin Anderson`, `Mr. Basoom`). */
export const TITLE_ABBREVIATIONS: readonly string[] = withRole("title");

/** Abbreviations that precede a number (`No. 5`, `Jan. 6`): never a boundary before a digit, else treated as ambiguous. */
export const NUMBER_ABBREVIATIONS: readonly string[] = withRole("number");

/**
 * Abbreviations that may also end a sentence (`the U.S.`, `Apple Inc.`,
 * `5 p.m.`): a boundary is kept only when the next word is a typical
 * sentence opener such as `The` or `He`. Tokens with inner periods
 * (`U.N.`, `a.m.`) are always treated this way.
 */
export const AMBIGUOUS_ABBREVIATIONS: readonly string[] = withRole("ambiguous");

/**
 * The words a tokenizer preset keeps a trailing period on (`Lt.`, `Inc.`),
 * derived from {@link ABBREVIATIONS}. Tokens with an inner period (`U.S.`)
 * and initials (`J.`) keep theirs whatever the list.
 *
 * @param preset - `"quotes"` (claims) or `"names"` (the entity tagger).
 * @returns Lower-case words without the period.
 * @example
 * ```ts
 * tokenAbbreviations("names").has("gen"); // true
 * ```
 */
export function tokenAbbreviations(preset: TokenPreset): ReadonlySet<string> {
  return new Set(ABBREVIATIONS.filter((a) => a.keepsPeriod.includes(preset)).map((a) => a.form));
}

/** Words that typically open a sentence; decide boundaries after ambiguous abbreviations and initials. */
export const SENTENCE_STARTERS: readonly string[] = [
  "a", "an", "the", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "there", "here", "but",
  "and", "or", "so", "yet", "in", "on", "at", "for", "if", "when", "while", "as", "after", "before", "his", "her", "its",
  "their", "our", "my", "some", "many", "most", "one", "two", "three", "no", "not", "however", "meanwhile", "still",
  "also", "then", "now", "since", "what", "who", "why", "how", "where", "officials", "both", "all", "each", "last",
  "earlier", "later", "asked", "according", "during", "under", "with", "without", "despite", "although", "though",
  "to", "from", "by", "of", "is", "was", "are", "were", "will", "would", "can", "could", "do", "does", "did", "has",
  "have", "had", "such", "other", "another", "more", "only", "even", "just", "every", "neither", "nor", "instead",
];

/**
 * The commonest sentence openers, a subset of {@link SENTENCE_STARTERS}: the
 * words after which the `"quotes"` sentence grouping ends a sentence on a
 * dotted abbreviation (`… in the U.S. The talks …`).
 */
export const COMMON_SENTENCE_STARTERS: readonly string[] = [
  "the", "he", "she", "it", "they", "we", "but", "and", "in", "a", "this", "that", "i", "there", "some", "while",
];
