/** Metadata a boilerplate rule can harvest from what it excludes (bylines, datelines). */
export interface BoilerplateMeta {
  /** Author names, e.g. from `By Jane Doe` or `Chason reported from Dakar`. */
  authors?: string[];
  /** Contributors, e.g. from `John Hudson contributed to this report.` */
  contributors?: string[];
  /** Place line, e.g. `Dakar, Senegal` or `NIAMEY, Niger`. */
  dateline?: string;
}

/**
 * One unit a rule looks at: a paragraph or a sentence, with its context.
 * The object is reused from unit to unit: read what you need during `test`,
 * never keep a reference to it (copy `text` or the offsets instead).
 */
export interface BoilerplateUnit {
  /** Whether this is a paragraph or a sentence. */
  kind: "paragraph" | "sentence";
  /** The unit's text, `docText.slice(start, end)`. */
  text: string;
  /** Offset of the unit in the document text. */
  start: number;
  /** End offset of the unit in the document text. */
  end: number;
  /** Index of the paragraph (for sentences: of the paragraph holding it). */
  paragraphIndex: number;
  /** Number of paragraphs in the document. */
  paragraphCount: number;
  /** The whole document text. */
  docText: string;
  /** Per-document scratch space shared by all rule calls on one document (e.g. paragraphs seen so far). */
  state: Map<string, unknown>;
}

/** A match of a rule inside a unit; offsets are relative to `unit.text` (default: the whole unit). */
export interface BoilerplateHit {
  /** Start relative to the unit text; default 0. */
  start?: number;
  /** End relative to the unit text; default the unit length. */
  end?: number;
  /** Metadata recovered from the excluded text. */
  meta?: BoilerplateMeta;
  /** Overrides the rule's `reason` for this hit (e.g. naming the repeated paragraph). */
  reason?: string;
}

/**
 * A boilerplate rule: plain data plus a `test` function. Rules are applied in
 * order; paragraph rules first, then sentence rules on the kept paragraphs.
 * A hit marks an excluded range carrying the rule's `id` and `reason`.
 */
export interface BoilerplateRule {
  /** Kebab-case id, reported as `ExcludedRange.ruleId`. */
  id: string;
  /** Human-readable reason, reported as `ExcludedRange.reason`. */
  reason: string;
  /** Whether the rule tests paragraphs or sentences. */
  scope: "paragraph" | "sentence";
  /** Set to `false` to switch the rule off. */
  enabled?: boolean;
  /**
   * Test one unit. `true` excludes the whole unit; hits exclude parts of it.
   * Must run in time linear in the unit length.
   */
  test(unit: BoilerplateUnit): boolean | BoilerplateHit | BoilerplateHit[] | null | undefined;
}
