import type { EntityType, Mention, Role } from "../schema.js";

/**
 * Mentions as the resolver reads them: by position, one field at a time. A caller holding millions of
 * mentions can keep them as columns (typed arrays of offsets and codes, interned texts) and hand
 * those to {@link resolveMentionRows} instead of one object per mention; an array of mentions is read
 * through {@link mentionArrayRows}. Positions run from 0 to `length − 1`, in document order (as
 * `resolveEntities`' input).
 */
export interface MentionRows {
  /** Number of mentions. */
  readonly length: number;
  /** The mention's document id. */
  docId(i: number): string;
  /** Start offset (UTF-16, inclusive). */
  start(i: number): number;
  /** End offset (UTF-16, exclusive). */
  end(i: number): number;
  /** The mention's text. */
  text(i: number): string;
  /** The mention's entity type. */
  type(i: number): EntityType;
  /** The mention's flags. */
  flags(i: number): readonly string[];
  /** The mention's `refersTo`, if any. */
  refersTo(i: number): string | undefined;
  /** The mention's roles, if any. */
  roles(i: number): readonly Role[] | undefined;
  /**
   * Optional, with {@link MentionRows.texts}: the code of the mention's text, for a caller that keeps
   * each distinct text once already (`texts[textCode(i)]` is `text(i)`, and `texts` holds no string twice).
   * The resolver then takes these codes instead of indexing the texts itself (the same result, with
   * less memory on a large corpus).
   */
  textCode?(i: number): number;
  /** Optional, with {@link MentionRows.textCode}: the distinct texts, by code. */
  readonly texts?: readonly string[];
}

/** {@link MentionRows} over an array of mention objects. */
class MentionArrayRows implements MentionRows {
  constructor(readonly mentions: readonly Mention[]) {}
  get length(): number {
    return this.mentions.length;
  }
  docId(i: number): string {
    return this.mentions[i]!.docId;
  }
  start(i: number): number {
    return this.mentions[i]!.start;
  }
  end(i: number): number {
    return this.mentions[i]!.end;
  }
  text(i: number): string {
    return this.mentions[i]!.text;
  }
  type(i: number): EntityType {
    return this.mentions[i]!.type;
  }
  flags(i: number): readonly string[] {
    return this.mentions[i]!.flags;
  }
  refersTo(i: number): string | undefined {
    return this.mentions[i]!.refersTo;
  }
  roles(i: number): readonly Role[] | undefined {
    return this.mentions[i]!.roles;
  }
}

/**
 * Read an array of mentions as {@link MentionRows}.
 *
 * @param mentions - Mentions of all documents, in document order.
 * @returns The rows (reading the array as it is, no copy).
 */
export function mentionArrayRows(mentions: readonly Mention[]): MentionRows {
  return new MentionArrayRows(mentions);
}
