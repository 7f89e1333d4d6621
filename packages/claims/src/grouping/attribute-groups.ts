import { createMessage, type Document } from "@newsparse/corpus-loader";
import type { Entity } from "@newsparse/entity-extract";
import type { Lexicon } from "../lexicon.js";
import type { Claim } from "../schema.js";
import { titlesConflict, type TitleMention } from "../titles.js";
import * as lists from "../lexicon/title-words.js";
import { isCleanTitle } from "./clean-title.js";
import type { GroupingState } from "./grouping-state.js";
import { quoted, sourceLabel } from "./labels.js";
import { personKey, type PersonIndex } from "./person-index.js";
import { createSpanIndex } from "./span-index.js";
import { createTitleReader } from "./written-titles.js";

/** Words left out of a role before looking for its title head. */
const ROLE_SKIP = new Set(lists.ROLE_SKIP);

/** A role that a person's title is read from: its words (lower case, no skipped word) and its title head. */
interface RoleTitle {
  words: string[];
  head: string;
}

/**
 * Phase 1: the titles written in the documents, and the roles entity-extract found that those do not cover (nor a
 * role taken before). Roles are checked document by document (a role's check reads only its own document's spans):
 * a document's spans are indexed once while its roles are checked, then let go, so thousands of titles in one
 * document are no scan of the document's titles per role, and the indexes of a whole corpus are never held at once.
 * Each entity's first mention per document is looked up once.
 */
function collectTitles(state: GroupingState, entities: readonly Entity[], lexicon: Lexicon, titleHeads: ReadonlySet<string>): TitleMention[] {
  const titles: TitleMention[] = [];
  const persons = entities.filter((e) => e.type === "PERSON");
  // every role of every person, numbered in person then role order, and the numbers of each document's roles
  const roleOwner: number[] = [];
  const rolePlace: number[] = [];
  const rolesOf = new Map<string, number[]>();
  persons.forEach((e, i) =>
    e.roles.forEach((r, j) => {
      const list = rolesOf.get(r.docId);
      if (list) list.push(roleOwner.length);
      else rolesOf.set(r.docId, [roleOwner.length]);
      roleOwner.push(i);
      rolePlace.push(j);
    }),
  );
  const taken: (RoleTitle | undefined)[] = new Array(roleOwner.length);
  // a document's roles in order: each taken unless an active span overlaps it (the document's written titles, active
  // from the start, then the roles taken before it)
  const check = (docId: string, found: readonly TitleMention[]) => {
    const roles = rolesOf.get(docId);
    if (!roles) return;
    rolesOf.delete(docId);
    const starts = found.map((t) => t.title.start);
    const ends = found.map((t) => t.title.end);
    const active = found.map(() => true);
    for (const g of roles) {
      const r = persons[roleOwner[g]!]!.roles[rolePlace[g]!]!;
      starts.push(r.start);
      ends.push(r.end);
      active.push(false);
    }
    const index = createSpanIndex(starts, ends, active);
    roles.forEach((g, k) => {
      const r = persons[roleOwner[g]!]!.roles[rolePlace[g]!]!;
      // a span with start < r.end and end > r.start
      if (index.any(r.end - 1, r.start + 1)) return;
      const words = r.text.toLowerCase().replace(/[-‐‑]/g, " ").split(/\s+/).filter((w) => w && !ROLE_SKIP.has(w));
      const head = words.find((w) => titleHeads.has(w));
      if (!head) return;
      taken[g] = { words, head };
      index.activate(found.length + k);
    });
  };
  const written = createTitleReader(lexicon);
  for (const d of state.documents.values()) {
    const found = written(d);
    for (const title of found) titles.push(title);
    check(d.id, found);
  }
  // roles in documents not given
  for (const docId of [...rolesOf.keys()]) check(docId, []);
  // the roles taken, in person then role order
  let firstMention: Map<string, Entity["mentions"][number]> | undefined;
  for (let g = 0; g < taken.length; g++) {
    const role = taken[g];
    if (g > 0 && roleOwner[g] !== roleOwner[g - 1]) firstMention = undefined;
    if (!role) continue;
    const e = persons[roleOwner[g]!]!;
    const r = e.roles[rolePlace[g]!]!;
    if (!firstMention) {
      firstMention = new Map();
      for (const x of e.mentions) if (!firstMention.has(x.docId)) firstMention.set(x.docId, x);
    }
    const m = firstMention.get(r.docId) ?? e.mentions[0];
    const fromRole: TitleMention = { docId: r.docId, name: { text: m?.text ?? e.name, start: m?.start ?? r.start, end: m?.end ?? r.end }, title: { text: r.text, start: r.start, end: r.end }, head: role.head, words: role.words };
    titles.push(fromRole);
  }
  return titles;
}

/** Phase 2: titles by person (entity, else surname), with the longest name written as the label of a surname. */
function titlesByPerson(titles: readonly TitleMention[], persons: PersonIndex): Map<string, { label: string; titles: TitleMention[] }> {
  const people = new Map<string, { label: string; titles: TitleMention[] }>();
  for (const t of titles) {
    const { key, label } = personKey(t, persons);
    const p = people.get(key) ?? { label, titles: [] };
    if (t.name.text.length > p.label.length && !key.startsWith("entity:")) p.label = t.name.text;
    p.titles.push(t);
    people.set(key, p);
  }
  return people;
}

/** The claims a title sits in (the claim's span or its speaker's holds from the title's start to the name's end), in claim order. */
type RelatedClaims = (t: TitleMention) => string[];

/**
 * The claims each of `titles` sits in, answered document by document: a document's claim spans and speaker spans are
 * indexed once (a title scanned every claim of its document) and dropped when its titles are answered, so the indexes
 * of a whole corpus are never held at once.
 */
function relatedClaims(claims: readonly Claim[], titles: readonly TitleMention[]): RelatedClaims {
  const wanted = new Map<string, TitleMention[]>();
  for (const t of titles) {
    const list = wanted.get(t.docId);
    if (list) list.push(t);
    else wanted.set(t.docId, [t]);
  }
  const byDoc = new Map<string, Claim[]>();
  for (const c of claims) {
    if (!wanted.has(c.docId)) continue;
    const list = byDoc.get(c.docId);
    if (list) list.push(c);
    else byDoc.set(c.docId, [c]);
  }
  const answers = new Map<TitleMention, string[]>();
  for (const [docId, list] of byDoc) {
    const spans = createSpanIndex(list.map((c) => c.start), list.map((c) => c.end));
    const spoken = list.flatMap((c, i) => (c.speaker?.start !== undefined ? [i] : []));
    const speakers = createSpanIndex(spoken.map((i) => list[i]!.speaker!.start!), spoken.map((i) => list[i]!.speaker!.end ?? 0));
    for (const t of wanted.get(docId)!) {
      // c.start <= title start and name end <= c.end, or the same of the speaker's span
      const places = new Set(spans.query(t.title.start, t.name.end));
      for (const p of speakers.query(t.title.start, t.name.end)) places.add(spoken[p]!);
      answers.set(t, [...places].sort((a, b) => a - b).map((p) => list[p]!.id));
    }
  }
  return (t) => answers.get(t) ?? [];
}

/**
 * Whether two clean titles of one person in different documents disagree. Titles are first merged by their word set
 * (with the documents that give each), so the pairwise check runs over distinct titles, not over every mention.
 */
function titlesDisagree(ts: readonly TitleMention[], documents: ReadonlyMap<string, Document>, titleHeads: ReadonlySet<string>): boolean {
  const distinct = new Map<string, { words: readonly string[]; docs: Set<string> }>();
  for (const t of ts) {
    if (!isCleanTitle(t, documents.get(t.docId), titleHeads)) continue;
    const key = [...new Set(t.words)].sort().join(" ");
    const entry = distinct.get(key);
    if (entry) entry.docs.add(t.docId);
    else distinct.set(key, { words: t.words, docs: new Set([t.docId]) });
  }
  const list = [...distinct.values()];
  const apart = (a: Set<string>, b: Set<string>) => a.size > 1 || b.size > 1 || [...a][0] !== [...b][0];
  for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) if (apart(list[i]!.docs, list[j]!.docs) && titlesConflict(list[i]!.words, list[j]!.words)) return true;
  return false;
}

/** Phase 3 for one person and title head in two or more documents: the group, and its conflict when the titles disagree. */
function addAttributeGroup(person: string, head: string, ts: readonly TitleMention[], docIds: string[], related: RelatedClaims, state: GroupingState, titleHeads: ReadonlySet<string>): void {
  const conflicting = titlesDisagree(ts, state.documents, titleHeads);
  const claimIds = [...new Set(ts.flatMap(related))];
  const evidence = ts.map((t) => {
    const start = Math.min(t.title.start, t.name.start);
    const end = Math.max(t.title.end, t.name.end);
    const doc = state.documents.get(t.docId);
    return { docId: t.docId, start, end, text: doc ? doc.text.slice(start, end) : `${t.title.text} ${t.name.text}` };
  });
  state.groups.push({ id: `g${state.groups.length + 1}`, kind: "attribute", topic: `${person}: ${head}`, status: conflicting ? "conflicting" : "agreeing", claimIds, docIds, evidence });
  if (!conflicting) return;
  // each variant's labels in first-seen order (a set: one title written in many documents is no list scan per mention)
  const variants = new Map<string, Set<string>>();
  for (const t of ts) {
    const k = t.words.join(" ");
    const list = variants.get(k) ?? new Set<string>();
    list.add(`${quoted(t.title.text)} in ${sourceLabel(t.docId, state.documents)}`);
    variants.set(k, list);
  }
  state.conflicts.push({
    id: `conflict-${state.conflicts.length + 1}`,
    kind: "title",
    about: `Sources give ${person} different titles: ${[...variants.values()].map((v) => [...v].join(" and ")).join(" vs ")}.`,
    claimIds,
    evidence: evidence.map(({ docId, start, end }) => ({ docId, start, end })),
  });
}

/**
 * Compare people's titles across outlets (`Under Secretary of State` vs `Deputy Secretary of State`): titles written
 * in the documents and roles from entity-extract, grouped by person and title head.
 *
 * @param claims - Claims of every document (a group lists the claims its titles sit in).
 * @param state - Documents, and the groups, conflicts and messages to add to.
 * @param entities - Entities from entity-extract.
 * @param lexicon - Title heads.
 * @param persons - The person entities, indexed (the same index as the quantities').
 */
export function groupAttributes(claims: readonly Claim[], state: GroupingState, entities: readonly Entity[], lexicon: Lexicon, persons: PersonIndex): void {
  if (state.documents.size === 0 && entities.length === 0) {
    state.messages.push(createMessage("Pass `documents` (or entities with roles) to compare people's titles across sources.", { ruleId: "attributes-need-documents", severity: "info", source: "@newsparse/claims" }));
  }
  const titleHeads = new Set(lexicon.titleHeads.map((h) => h.toLowerCase()));
  // the groups first (a person's titles of one head in two or more documents), then the claims their titles sit in
  const found: { label: string; head: string; ts: TitleMention[]; docIds: string[] }[] = [];
  for (const p of titlesByPerson(collectTitles(state, entities, lexicon, titleHeads), persons).values()) {
    const byHead = new Map<string, TitleMention[]>();
    for (const t of p.titles) {
      const list = byHead.get(t.head);
      if (list) list.push(t);
      else byHead.set(t.head, [t]);
    }
    for (const [head, ts] of byHead) {
      const docIds = [...new Set(ts.map((t) => t.docId))];
      if (docIds.length >= 2) found.push({ label: p.label, head, ts, docIds });
    }
  }
  const related = relatedClaims(claims, found.flatMap((g) => g.ts));
  for (const g of found) addAttributeGroup(g.label, g.head, g.ts, g.docIds, related, state, titleHeads);
}
