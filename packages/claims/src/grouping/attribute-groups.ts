import { createMessage, ownString, type Document } from "@newsparse/corpus-loader";
import type { Entity } from "@newsparse/entity-extract";
import type { Lexicon } from "../lexicon.js";
import type { Claim } from "../schema.js";
import { findTitles, titlesConflict, type TitleMention } from "../titles.js";
import * as lists from "../lexicon/title-words.js";
import { isCleanTitle } from "./clean-title.js";
import type { GroupingState } from "./grouping-state.js";
import { quoted, sourceLabel } from "./labels.js";
import { personKey, type PersonIndex } from "./person-index.js";
import { createSpanIndex, type SpanIndex } from "./span-index.js";

/** Words left out of a role before looking for its title head. */
const ROLE_SKIP = new Set(lists.ROLE_SKIP);

/**
 * Phase 1: the titles written in the documents, and the roles entity-extract found that those do not cover (nor a
 * role taken before). The spans checked against are indexed once per document, and each entity's first mention per
 * document is looked up once, so thousands of titles in one document are no scan of the document's titles per role.
 */
function collectTitles(state: GroupingState, entities: readonly Entity[], lexicon: Lexicon, titleHeads: ReadonlySet<string>): TitleMention[] {
  const titles: TitleMention[] = [];
  // per document: the spans a role must not overlap (its titles, active from the start, then its roles, switched on when taken)
  const spans = new Map<string, { starts: number[]; ends: number[]; active: boolean[]; index?: SpanIndex }>();
  const spansOf = (docId: string) => {
    let s = spans.get(docId);
    if (!s) spans.set(docId, (s = { starts: [], ends: [], active: [] }));
    return s;
  };
  for (const d of state.documents.values()) {
    const found = findTitles(d, lexicon);
    const s = spansOf(d.id);
    for (const written of found) {
      // held until the groups are made: strings of their own, not views into the document text
      const title: TitleMention = { ...written, name: { ...written.name, text: ownString(written.name.text) }, title: { ...written.title, text: ownString(written.title.text) }, head: ownString(written.head), words: written.words.map(ownString) };
      titles.push(title);
      s.starts.push(title.title.start);
      s.ends.push(title.title.end);
      s.active.push(true);
    }
  }
  const persons = entities.filter((e) => e.type === "PERSON");
  const places = persons.map((e) =>
    e.roles.map((r) => {
      const s = spansOf(r.docId);
      s.starts.push(r.start);
      s.ends.push(r.end);
      s.active.push(false);
      return s.starts.length - 1;
    }),
  );
  for (const s of spans.values()) s.index = createSpanIndex(s.starts, s.ends, s.active);
  persons.forEach((e, i) => {
    let firstMention: Map<string, Entity["mentions"][number]> | undefined;
    e.roles.forEach((r, j) => {
      const index = spans.get(r.docId)!.index!;
      // a span with start < r.end and end > r.start
      if (index.any(r.end - 1, r.start + 1)) return;
      const ws = r.text.toLowerCase().replace(/[-‐‑]/g, " ").split(/\s+/).filter((w) => w && !ROLE_SKIP.has(w));
      const head = ws.find((w) => titleHeads.has(w));
      if (!head) return;
      if (!firstMention) {
        firstMention = new Map();
        for (const x of e.mentions) if (!firstMention.has(x.docId)) firstMention.set(x.docId, x);
      }
      const m = firstMention.get(r.docId) ?? e.mentions[0];
      const fromRole: TitleMention = { docId: r.docId, name: { text: m?.text ?? e.name, start: m?.start ?? r.start, end: m?.end ?? r.end }, title: { text: r.text, start: r.start, end: r.end }, head, words: ws };
      titles.push(fromRole);
      index.activate(places[i]![j]!);
    });
  });
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
