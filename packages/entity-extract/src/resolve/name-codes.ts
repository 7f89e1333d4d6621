/**
 * Codes of the resolver's name strings (mention texts, and the names it derives from them: a
 * surname, a name before a lower-case tail). The mention texts come first: either coded here as
 * they are met, or coded already by the caller ({@link MentionRows.textCode}), whose codes are then
 * taken as they are, with no look-up of the texts kept here (a corpus's mention texts are not
 * indexed a second time). A derived name is coded after them; with the caller's codes it gets a
 * code of its own even when it is written like a mention text, which is harmless: what the resolver
 * keeps per name code (name parts, name key) is a function of the string.
 */
export class NameCodes {
  /** The caller's texts, by its codes. */
  private readonly given: readonly string[];
  /** Strings coded here, from code `given.length` on. */
  private readonly added: string[] = [];
  private readonly ids = new Map<string, number>();

  /**
   * @param given - The caller's distinct texts, by code (none: every string is coded here).
   */
  constructor(given: readonly string[] = []) {
    this.given = given;
  }

  /**
   * The code of a string coded here (a mention text without the caller's codes, a derived name),
   * given now when it is new.
   *
   * @param s - Any string.
   * @returns Its code.
   */
  id(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.given.length + this.added.length;
      this.ids.set(s, id);
      this.added.push(s);
    }
    return id;
  }

  /**
   * The string of a code.
   *
   * @param code - A code below {@link NameCodes.size}.
   * @returns The string.
   */
  string(code: number): string {
    const given = this.given;
    return code < given.length ? given[code]! : this.added[code - given.length]!;
  }

  /** How many codes there are (all below it). */
  get size(): number {
    return this.given.length + this.added.length;
  }
}
