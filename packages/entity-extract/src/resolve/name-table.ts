import { IntColumn, int32Columns, Interner } from "./interner.js";
import type { NameCodes } from "./name-codes.js";
import { parseNameParts, phoneticKey } from "./name-similarity.js";

/**
 * The parts of person names ({@link parseNameParts}) as integer columns, one row per name string
 * (by its code in `names`), each part a code in `words`: a name is split once however many
 * mentions and clusters carry it, and no parts object lives per cluster. A row is filled on
 * first use ({@link NameTable.row}).
 */
export class NameTable {
  /** Name parts' words: first names, surnames, middle initials, suffixes, token lists joined by spaces. */
  readonly words = new Interner();
  /** Code of "" in {@link NameTable.words} (no middle initial, no suffix). */
  readonly none: number;
  /** Number of tokens (−1 for a row not filled yet). */
  readonly tokens: IntColumn;
  /** First token. */
  readonly first: IntColumn;
  /** Last token (the surname). */
  readonly last: IntColumn;
  /** Number of given names (all tokens but the last). */
  readonly givenCount: IntColumn;
  /** First and second given names (−1 when absent). */
  readonly given0: IntColumn;
  readonly given1: IntColumn;
  /** Middle initials as written ("hw"), and the generational suffix ("jr"), "" when none. */
  readonly middle: IntColumn;
  readonly suffix: IntColumn;
  /** The tokens joined by spaces ("gaetano lo presti"). */
  readonly joined: IntColumn;
  /** Per word: code of its phonetic key in {@link NameTable.phonetics} (−1 until asked). */
  private readonly phoneticOf = new IntColumn(1024, -1);
  /** Phonetic keys of surnames. */
  readonly phonetics = new Interner();

  /**
   * @param names - The strings whose rows this table holds (the resolver's name strings).
   */
  constructor(private readonly names: NameCodes) {
    // as many rows as the names coded already (the caller's mention texts), in one buffer: the
    // columns grow (doubling) only for names coded later
    const capacity = Math.max(1024, names.size);
    const [tokens, first, last, givenCount, given0, given1, middle, suffix, joined] = int32Columns(9, capacity);
    this.tokens = new IntColumn(capacity, -1, tokens);
    this.first = new IntColumn(capacity, -1, first);
    this.last = new IntColumn(capacity, -1, last);
    this.givenCount = new IntColumn(capacity, 0, givenCount);
    this.given0 = new IntColumn(capacity, -1, given0);
    this.given1 = new IntColumn(capacity, -1, given1);
    this.middle = new IntColumn(capacity, -1, middle);
    this.suffix = new IntColumn(capacity, -1, suffix);
    this.joined = new IntColumn(capacity, -1, joined);
    this.none = this.words.id("");
  }

  /**
   * Fill the row of a name string (once).
   *
   * @param id - Code of the name in `names`.
   * @returns `id`.
   */
  row(id: number): number {
    const size = id + 1;
    if (size <= this.tokens.data.length && this.tokens.data[id]! >= 0) return id;
    const p = parseNameParts(this.names.string(id));
    const w = this.words;
    this.tokens.reserve(size)[id] = p.tokens.length;
    this.first.reserve(size)[id] = w.id(p.first);
    this.last.reserve(size)[id] = w.id(p.last);
    this.givenCount.reserve(size)[id] = p.given.length;
    this.given0.reserve(size)[id] = p.given.length > 0 ? w.id(p.given[0]!) : -1;
    this.given1.reserve(size)[id] = p.given.length > 1 ? w.id(p.given[1]!) : -1;
    this.middle.reserve(size)[id] = w.id(p.middle);
    this.suffix.reserve(size)[id] = w.id(p.suffix);
    this.joined.reserve(size)[id] = w.id(p.tokens.join(" "));
    return id;
  }

  /**
   * Code of a word's phonetic key ({@link phoneticKey}), computed once per word.
   *
   * @param word - Code in {@link NameTable.words}.
   * @returns Code in {@link NameTable.phonetics}.
   */
  phonetic(word: number): number {
    const column = this.phoneticOf.reserve(word + 1);
    let p = column[word]!;
    if (p < 0) p = column[word] = this.phonetics.id(phoneticKey(this.words.strings[word]!));
    return p;
  }

  /**
   * The string of a word code.
   *
   * @param word - Code in {@link NameTable.words}.
   * @returns The word.
   */
  word(word: number): string {
    return this.words.strings[word]!;
  }
}
