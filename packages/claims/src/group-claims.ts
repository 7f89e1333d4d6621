import type { Document, Message } from "@newsparse/corpus-loader";
import type { Entity } from "@newsparse/entity-extract";
import { groupAttributes } from "./grouping/attribute-groups.js";
import type { GroupingState } from "./grouping/grouping-state.js";
import { indexPersons } from "./grouping/person-index.js";
import { groupQuantities } from "./grouping/quantity-groups.js";
import { mergeLexicon, type Lexicon } from "./lexicon.js";
import { defaultMeasureFrames, type MeasureFrames } from "./lexicon/measure-frames.js";
import type { Claim, ClaimGroup, Conflict } from "./schema.js";

/** Options of {@link groupClaims}. */
export interface GroupClaimsOptions {
  /** The documents the claims come from: needed for attribute (title) conflicts and to find the country a number is about. */
  documents?: readonly Document[];
  /** Entities from entity-extract: their `roles` and mentions tie titles to people across outlets. */
  entities?: readonly Entity[];
  /** Relative width of an `approx` interval (default 0.1: `about 1,000` = 900–1,100). */
  approxTolerance?: number;
  /** Lexicon overrides (topic classes, title heads). */
  lexicon?: Partial<Lexicon>;
  /** Frame overrides: what generic nouns count (`killed` → deaths), revision and limit cues. */
  frames?: Partial<MeasureFrames>;
}

/** Result of {@link groupClaims}. */
export interface ClaimGrouping {
  /** Groups of claims about the same thing, agreeing or conflicting. */
  groups: ClaimGroup[];
  /** One conflict per conflicting group, with a readable `about` and evidence in each document. */
  conflicts: Conflict[];
  /** Diagnostics. */
  messages: Message[];
}

function mergeFrames(partial: Partial<MeasureFrames> | undefined): MeasureFrames {
  return { ...defaultMeasureFrames, ...partial, frames: { ...defaultMeasureFrames.frames, ...partial?.frames } };
}

/**
 * Compare claims across sources. Quantity claims about the same thing (same
 * topic class — e.g. personnel/troops/soldiers/forces — and the same country,
 * or the same counted noun) are grouped and compared as intervals (`about`
 * ±10%, `more than` open above, …); a group whose intervals have no common
 * point is conflicting. With `documents`, people's titles are compared across
 * outlets too (`Under Secretary of State` vs `Deputy Secretary of State`).
 *
 * @param claims - Claims from {@link extractClaims} (any documents).
 * @param options - Documents, entities, tolerance and lexicon.
 * @returns Groups (agreeing or conflicting, every source listed), conflicts and messages.
 * @example
 * ```ts
 * import { parseDocument } from "@newsparse/corpus-loader";
 * import { extractClaims, groupClaims } from "@newsparse/claims";
 *
 * const documents = [
 *   parseDocument("About 1,000 U.S. troops are stationed in Niger.", { id: "a" }),
 *   parseDocument("Some 1,100 U.S. troops are stationed in Niger.", { id: "b" }),
 * ];
 * const { claims } = extractClaims(documents);
 * const { groups } = groupClaims(claims, { documents });
 * console.log(groups.map((g) => `${g.topic}: ${g.status}`)); // ["number of U.S. military personnel: agreeing"]
 * ```
 */
export function groupClaims(claims: readonly Claim[], options: GroupClaimsOptions = {}): ClaimGrouping {
  const lexicon = mergeLexicon(options.lexicon);
  const documents = new Map<string, Document>();
  for (const d of options.documents ?? []) documents.set(d.id, d);
  const state: GroupingState = { documents, groups: [], conflicts: [], messages: [] };
  // 1. quantities: what each figure measures, grouped by key, compared by interval
  // the person entities' mentions, indexed once for both kinds
  const persons = indexPersons(options.entities ?? []);
  groupQuantities(claims, state, lexicon, mergeFrames(options.frames), options.approxTolerance ?? 0.1, persons);
  // 2. attributes: titles of the same person across outlets
  groupAttributes(claims, state, options.entities ?? [], lexicon, persons);
  return { groups: state.groups, conflicts: state.conflicts, messages: state.messages };
}
