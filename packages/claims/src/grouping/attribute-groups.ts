import { createMessage, type Document } from "@newsparse/corpus-loader";
import type { Entity } from "@newsparse/entity-extract";
import type { Lexicon } from "../lexicon.js";
import type { Claim } from "../schema.js";
import { findTitles, titlesConflict, type TitleMention } from "../titles.js";
import * as lists from "../lexicon/title-words.js";
import { isCleanTitle } from "./clean-title.js";
import type { GroupingState } from "./grouping-state.js";
import { quoted, sourceLabel } from "./labels.js";
import { indexPersons, personKey } from "./person-index.js";

/** Words left out of a role before looking for its title head. */
const ROLE_SKIP = new Set(lists.ROLE_SKIP);

/** Phase 1: the titles written in the documents, and the roles entity-extract found that those do not cover. */
function collectTitles(state: GroupingState, entities: readonly Entity[], lexicon: Lexicon, titleHeads: ReadonlySet<string>): TitleMention[] {
  const titles: TitleMention[] = [];
  const titlesByDoc = new Map<string, TitleMention[]>();
  for (const d of state.documents.values()) {
    const found = findTitles(d, lexicon);
    for (const title of found) titles.push(title);
    titlesByDoc.set(d.id, found);
  }
  for (const e of entities) {
    if (e.type !== "PERSON") continue;
    for (const r of e.roles) {
      if (titlesByDoc.get(r.docId)?.some((t) => t.title.start < r.end && t.title.end > r.start)) continue;
      const ws = r.text.toLowerCase().replace(/[-‐‑]/g, " ").split(/\s+/).filter((w) => w && !ROLE_SKIP.has(w));
      const head = ws.find((w) => titleHeads.has(w));
      if (!head) continue;
      const m = e.mentions.find((x) => x.docId === r.docId) ?? e.mentions[0];
      const fromRole: TitleMention = { docId: r.docId, name: { text: m?.text ?? e.name, start: m?.start ?? r.start, end: m?.end ?? r.end }, title: { text: r.text, start: r.start, end: r.end }, head, words: ws };
      titles.push(fromRole);
      const docTitles = titlesByDoc.get(r.docId);
      if (docTitles) docTitles.push(fromRole);
      else titlesByDoc.set(r.docId, [fromRole]);
    }
  }
  return titles;
}

/** Phase 2: titles by person (entity, else surname), with the longest name written as the label of a surname. */
function titlesByPerson(titles: readonly TitleMention[], entities: readonly Entity[]): Map<string, { label: string; titles: TitleMention[] }> {
  const people = new Map<string, { label: string; titles: TitleMention[] }>();
  const persons = indexPersons(entities);
  for (const t of titles) {
    const { key, label } = personKey(t, persons);
    const p = people.get(key) ?? { label, titles: [] };
    if (t.name.text.length > p.label.length && !key.startsWith("entity:")) p.label = t.name.text;
    p.titles.push(t);
    people.set(key, p);
  }
  return people;
}

function claimsByDocument(claims: readonly Claim[]): Map<string, Claim[]> {
  const claimsByDoc = new Map<string, Claim[]>();
  for (const c of claims) {
    const list = claimsByDoc.get(c.docId);
    if (list) list.push(c);
    else claimsByDoc.set(c.docId, [c]);
  }
  return claimsByDoc;
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
function addAttributeGroup(person: string, head: string, ts: readonly TitleMention[], docIds: string[], claimsByDoc: ReadonlyMap<string, Claim[]>, state: GroupingState, titleHeads: ReadonlySet<string>): void {
  const conflicting = titlesDisagree(ts, state.documents, titleHeads);
  const related = (t: TitleMention): string[] =>
    (claimsByDoc.get(t.docId) ?? []).filter((c) => (c.start <= t.title.start && t.name.end <= c.end) || (c.speaker?.start !== undefined && c.speaker.start <= t.title.start && t.name.end <= (c.speaker.end ?? 0))).map((c) => c.id);
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
 */
export function groupAttributes(claims: readonly Claim[], state: GroupingState, entities: readonly Entity[], lexicon: Lexicon): void {
  if (state.documents.size === 0 && entities.length === 0) {
    state.messages.push(createMessage("Pass `documents` (or entities with roles) to compare people's titles across sources.", { ruleId: "attributes-need-documents", severity: "info", source: "@newsparse/claims" }));
  }
  const titleHeads = new Set(lexicon.titleHeads.map((h) => h.toLowerCase()));
  const titles = collectTitles(state, entities, lexicon, titleHeads);
  const claimsByDoc = claimsByDocument(claims);
  for (const p of titlesByPerson(titles, entities).values()) {
    const byHead = new Map<string, TitleMention[]>();
    for (const t of p.titles) {
      const list = byHead.get(t.head);
      if (list) list.push(t);
      else byHead.set(t.head, [t]);
    }
    for (const [head, ts] of byHead) {
      const docIds = [...new Set(ts.map((t) => t.docId))];
      if (docIds.length < 2) continue;
      addAttributeGroup(p.label, head, ts, docIds, claimsByDoc, state, titleHeads);
    }
  }
}
