import type { Lexicon } from "../lexicon.js";
import type { MeasureFrames } from "../lexicon/measure-frames.js";
import type { Claim, ClaimGroup, Conflict } from "../schema.js";
import { groupQuantityItems } from "./group-quantity-items.js";
import type { GroupingState } from "./grouping-state.js";
import { UNIT_DIMENSIONS } from "../lexicon/unit-dimensions.js";
import { crossDocumentDisjoint, intersect, intervalOf, scaleInterval, UNBOUNDED, type Interval } from "./interval.js";
import { quoted, sourceLabel } from "./labels.js";
import { createMeasureReader, measureOf, type PersonOf } from "./measure-of.js";
import { hasPersons, personHolding, type PersonIndex } from "./person-index.js";
import { nationalityOf } from "./nationality.js";
import { createItemPool, itemMeasure, type QuantityItem } from "./quantity-item.js";
import { laterIsRevision } from "./revision.js";
import { countsSeveralThings, figuresByMeasure } from "./several-things.js";
import { agreeingRuns, splitByScale } from "./split-by-scale.js";

/** Phase 1: each quantity claim with what it measures, its country and the interval it allows (claims with none of these are not compared). */
function quantityItems(claims: readonly Claim[], state: GroupingState, lexicon: Lexicon, frames: MeasureFrames, tolerance: number, persons: PersonIndex): QuantityItem[] {
  const items: QuantityItem[] = [];
  // each sentence read once for all its figures
  const read = createMeasureReader();
  // the items' strings and words, shared
  const pool = createItemPool();
  // one lookup for every figure (measureOf calls it synchronously), reading the document of the figure at hand
  let docId = "";
  const personOf: PersonOf = (start, end) => {
    const e = personHolding(persons, docId, start, end);
    return e && { key: `entity:${e.id}`, label: e.name };
  };
  for (const c of claims) {
    if (c.kind !== "quantity" || !c.quantity) continue;
    const document = state.documents.get(c.docId);
    const nat = nationalityOf(c, document);
    docId = c.docId;
    const measure = measureOf(c, document, lexicon, frames, nat?.code, hasPersons(persons, c.docId) ? personOf : undefined, read);
    if (!measure) continue;
    const raw = intervalOf(c, tolerance, measure.limit);
    if (!raw) continue;
    // in the dimension's base unit when that is what it measures (`200 feet` meets `60 metres`, `a month` meets `four
    // weeks`; an age in years stays in years)
    const dimension = c.quantity.unit ? UNIT_DIMENSIONS[c.quantity.unit] : undefined;
    const scale = dimension && !measure.context.startsWith("age") ? dimension[1] : undefined;
    const interval = scale === undefined ? raw : scaleInterval(raw, scale);
    // one literal with every field: items with and without a scale share one hidden class
    items.push({ claim: c, measure: itemMeasure(measure, pool), interval, nat, scale });
  }
  return items;
}

/** Phase 2 for one group: whether (and how) its documents disagree — a `value` conflict, or a `revision` over time. */
function conflictKindOf(members: readonly QuantityItem[], state: GroupingState): Conflict["kind"] | undefined {
  const strong = members.some((m) => m.measure.strong);
  if (!strong || !crossDocumentDisjoint(members)) return undefined;
  if (!crossDocumentDisjoint(members.filter((m) => !m.measure.revision))) return "revision";
  return laterIsRevision(members, state.documents) ? "revision" : "value";
}

/** What a group is about, for people: `number of U.S. military personnel`, `amount …`, `age of …`. */
function topicOf(members: readonly QuantityItem[]): string {
  const labelled = members.find((m) => m.measure.strong) ?? members[0]!;
  const nat = members.find((m) => m.nat)?.nat;
  const isAge = labelled.measure.context.startsWith("age");
  return `${isAge ? "" : "number of "}${nat && !isAge ? nat.label + " " : ""}${labelled.measure.label}`.replace(/^number of (amount|share|duration|tally)/, "$1");
}

/** Phase 3 for one group of two or more documents: the group, and its conflict when its documents disagree. */
function addQuantityGroup(members: QuantityItem[], docIds: string[], state: GroupingState): void {
  members.sort((x, y) => (x.claim.docId < y.claim.docId ? -1 : x.claim.docId > y.claim.docId ? 1 : x.claim.start - y.claim.start));
  const kind = conflictKindOf(members, state);
  const common = members.reduce<Interval | null>((acc, m) => (acc ? intersect(acc, m.interval) : null), { ...UNBOUNDED });
  const label = topicOf(members);
  const group: ClaimGroup = {
    id: `g${state.groups.length + 1}`,
    kind: "quantity",
    topic: label,
    status: kind ? "conflicting" : "agreeing",
    claimIds: members.map((m) => m.claim.id),
    docIds,
    evidence: members.map((m) => ({ docId: m.claim.docId, start: m.claim.start, end: m.claim.end, text: m.claim.text })),
  };
  if (!kind && common) group.interval = { min: common.min, max: common.max };
  state.groups.push(group);
  if (!kind) return;
  // each document's figures, in one pass (a filter per document was quadratic in a large group)
  const ofDoc = new Map<string, string[]>();
  for (const m of members) {
    const list = ofDoc.get(m.claim.docId);
    if (list) list.push(quoted(m.claim.text));
    else ofDoc.set(m.claim.docId, [quoted(m.claim.text)]);
  }
  const bySource = docIds.map((d) => `${sourceLabel(d, state.documents)}: ${(ofDoc.get(d) ?? []).join(", ")}`);
  state.conflicts.push({
    id: `conflict-${state.conflicts.length + 1}`,
    kind,
    about: kind === "revision" ? `The ${label} was revised over time: ${bySource.join("; ")}.` : `Sources disagree on the ${label}: ${bySource.join("; ")}.`,
    claimIds: group.claimIds,
    evidence: members.map((m) => ({ docId: m.claim.docId, start: m.claim.start, end: m.claim.end })),
  });
}

/**
 * Group quantity claims about the same thing across documents and compare them as intervals: what each figure
 * measures, grouped by key (union-find, linear), split where figures far apart count different things (a sort per
 * group); a group whose documents allow no common value conflicts.
 *
 * @param claims - Claims of every document.
 * @param state - Documents, and the groups and conflicts to add to.
 * @param lexicon - Topic classes and units.
 * @param frames - What generic nouns count, revision and limit cues.
 * @param tolerance - Relative width of an `approx` interval.
 * @param persons - The person entities of entity-extract, indexed: an age is keyed by the person entity its name belongs to.
 */
export function groupQuantities(claims: readonly Claim[], state: GroupingState, lexicon: Lexicon, frames: MeasureFrames, tolerance: number, persons: PersonIndex): void {
  const items = quantityItems(claims, state, lexicon, frames, tolerance, persons);
  const figures = figuresByMeasure(items);
  for (const grouped of groupQuantityItems(items)) {
    // figures far apart under one key count different things
    for (const members of splitByScale(grouped)) {
      // different figures under a word that one document uses for several things are not a disagreement: each value
      // that two documents give is its own agreeing group
      const parts = crossDocumentDisjoint(members) && countsSeveralThings(members, figures) ? agreeingRuns(members) : [members];
      for (const part of parts) {
        const docIds = [...new Set(part.map((m) => m.claim.docId))];
        if (docIds.length < 2) continue; // one source agreeing (or not) with itself is not news
        addQuantityGroup(part, docIds, state);
      }
    }
  }
}
