import type { Document, Message } from "@newsparse/corpus-loader";
import type { Entity } from "@newsparse/entity-extract";
import { mergeLexicon, type Lexicon } from "./lexicon.js";
import type { Claim, ClaimGroup, Conflict } from "./schema.js";
import { findTitles, titlesConflict, type TitleMention } from "./titles.js";

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

/** An interval with open/closed ends; null = unbounded. */
interface Interval {
  min: number | null;
  max: number | null;
  minOpen: boolean;
  maxOpen: boolean;
}

const NATIONALITY: Record<string, { code: string; label: string }> = {
  "u.s.": { code: "US", label: "U.S." }, us: { code: "US", label: "U.S." }, american: { code: "US", label: "U.S." }, americans: { code: "US", label: "U.S." },
  america: { code: "US", label: "U.S." }, washington: { code: "US", label: "U.S." }, pentagon: { code: "US", label: "U.S." }, "u.s": { code: "US", label: "U.S." },
  russian: { code: "RU", label: "Russian" }, russia: { code: "RU", label: "Russian" }, moscow: { code: "RU", label: "Russian" }, kremlin: { code: "RU", label: "Russian" },
  french: { code: "FR", label: "French" }, france: { code: "FR", label: "French" }, british: { code: "GB", label: "British" }, britain: { code: "GB", label: "British" },
  chinese: { code: "CN", label: "Chinese" }, china: { code: "CN", label: "Chinese" }, german: { code: "DE", label: "German" }, germany: { code: "DE", label: "German" },
  nigerien: { code: "NE", label: "Nigerien" }, ukrainian: { code: "UA", label: "Ukrainian" }, ukraine: { code: "UA", label: "Ukrainian" }, israeli: { code: "IL", label: "Israeli" }, israel: { code: "IL", label: "Israeli" },
};

function nationalityWord(w: string): { code: string; label: string } | undefined {
  const k = w.toLowerCase().replace(/[’']s$/, "");
  return Object.prototype.hasOwnProperty.call(NATIONALITY, k) ? NATIONALITY[k] : undefined;
}

function words(s: string): string[] {
  return s.split(/[\s,;:()“”"]+/).filter(Boolean);
}

/** The country a quantity is about: from its subject, else the nearest country word before it in its sentence. */
function nationalityOf(claim: Claim, document: Document | undefined): { code: string; label: string } | undefined {
  for (const w of words(claim.quantity?.subject ?? claim.text)) {
    const n = nationalityWord(w);
    if (n) return n;
  }
  if (!document) return undefined;
  const text = document.text;
  let s = claim.start;
  const limit = Math.max(0, claim.start - 300);
  while (s > limit && !/[.!?\n]/.test(text[s - 1]!)) s--;
  const before = words(text.slice(s, claim.start));
  // "the United States"
  for (let i = before.length - 1; i >= 0; i--) {
    const w = before[i]!;
    if (w.toLowerCase() === "states" && before[i - 1]?.toLowerCase() === "united") return NATIONALITY.us;
    const n = nationalityWord(w);
    if (n && w.toLowerCase() !== "niger") return n;
  }
  return undefined;
}

function topicClassOf(claim: Claim, lexicon: Lexicon): string | undefined {
  const q = claim.quantity;
  if (!q) return undefined;
  const candidates = [q.unit ?? "", ...words(q.subject ?? "").map((w) => w.toLowerCase())];
  if (q.unit && /^[A-Z]{3}$/.test(q.unit)) candidates.shift();
  for (const c of candidates) {
    for (const [name, members] of Object.entries(lexicon.topicClasses)) if (members.includes(c.toLowerCase())) return name;
  }
  return undefined;
}

function intervalOf(claim: Claim, tolerance: number): Interval | null {
  const q = claim.quantity;
  if (!q) return null;
  const v = q.value;
  switch (q.relation) {
    case "eq":
      return v === undefined ? null : { min: v, max: v, minOpen: false, maxOpen: false };
    case "approx":
      return v === undefined ? null : { min: v * (1 - tolerance), max: v * (1 + tolerance), minOpen: false, maxOpen: false };
    case "gt":
      return v === undefined ? null : { min: v, max: null, minOpen: true, maxOpen: false };
    case "gte":
      return v === undefined ? null : { min: v, max: null, minOpen: false, maxOpen: false };
    case "lt":
      return v === undefined ? null : { min: null, max: v, minOpen: false, maxOpen: true };
    case "lte":
      return v === undefined ? null : { min: null, max: v, minOpen: false, maxOpen: false };
    case "range":
      return q.min === undefined || q.max === undefined ? null : { min: q.min, max: q.max, minOpen: false, maxOpen: false };
  }
}

function intersect(a: Interval, b: Interval): Interval | null {
  let min = a.min;
  let minOpen = a.minOpen;
  if (b.min !== null && (min === null || b.min > min || (b.min === min && b.minOpen))) {
    min = b.min;
    minOpen = b.minOpen;
  }
  let max = a.max;
  let maxOpen = a.maxOpen;
  if (b.max !== null && (max === null || b.max < max || (b.max === max && b.maxOpen))) {
    max = b.max;
    maxOpen = b.maxOpen;
  }
  if (min !== null && max !== null && (min > max || (min === max && (minOpen || maxOpen)))) return null;
  return { min, max, minOpen, maxOpen };
}

function sourceLabel(docId: string, documents: ReadonlyMap<string, Document>): string {
  const d = documents.get(docId);
  return d?.outlet ? `${d.outlet} (${docId})` : docId;
}

function quoted(s: string): string {
  return `“${s.replace(/\s+/g, " ")}”`;
}

/** Person entities indexed for {@link personKey}: mentions by document, names and aliases (lower-cased). */
interface PersonIndex {
  mentionsByDoc: Map<string, { entity: Entity; start: number; end: number }[]>;
  byName: Map<string, Entity>;
}

function indexPersons(entities: readonly Entity[]): PersonIndex {
  const index: PersonIndex = { mentionsByDoc: new Map(), byName: new Map() };
  for (const entity of entities) {
    if (entity.type !== "PERSON") continue;
    for (const m of entity.mentions) {
      let list = index.mentionsByDoc.get(m.docId);
      if (!list) index.mentionsByDoc.set(m.docId, (list = []));
      list.push({ entity, start: m.start, end: m.end });
    }
    for (const name of [entity.name, ...entity.aliases.map((a) => a.text)]) {
      const key = name.toLowerCase();
      if (!index.byName.has(key)) index.byName.set(key, entity);
    }
  }
  return index;
}

function personKey(t: TitleMention, persons: PersonIndex): { key: string; label: string } {
  // the first person (in entity order) with a mention overlapping the name, else one with that name or alias
  const overlapping = persons.mentionsByDoc.get(t.docId)?.find((m) => m.start < t.name.end && m.end > t.name.start)?.entity;
  const e = overlapping ?? persons.byName.get(t.name.text.toLowerCase());
  if (e) return { key: `entity:${e.id}`, label: e.name };
  const parts = t.name.text.split(/\s+/);
  return { key: `surname:${(parts[parts.length - 1] ?? "").toLowerCase().replace(/[’']s$/, "")}`, label: t.name.text };
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
 * const { claims } = extractClaims(documents, { entities });
 * const { groups, conflicts } = groupClaims(claims, { documents, entities });
 * conflicts.map((c) => c.about);
 * ```
 */
export function groupClaims(claims: readonly Claim[], options: GroupClaimsOptions = {}): ClaimGrouping {
  const lexicon = mergeLexicon(options.lexicon);
  const tolerance = options.approxTolerance ?? 0.1;
  const entities = options.entities ?? [];
  const documents = new Map<string, Document>();
  for (const d of options.documents ?? []) documents.set(d.id, d);
  const messages: Message[] = [];
  const groups: ClaimGroup[] = [];
  const conflicts: Conflict[] = [];

  // ---- quantities
  const buckets = new Map<string, { label: string; claims: Claim[] }>();
  for (const c of claims) {
    if (c.kind !== "quantity" || !c.quantity) continue;
    const q = c.quantity;
    const cls = topicClassOf(c, lexicon);
    const isMoney = !!q.unit && /^[A-Z]{3}$/.test(q.unit);
    const nat = nationalityOf(c, documents.get(c.docId));
    let key: string;
    let label: string;
    if (cls) {
      key = `class:${cls}|${nat?.code ?? "?"}|${isMoney ? q.unit : "count"}`;
      const plural = /s$|personnel$|people$/.test(cls) ? cls : `${cls}s`;
      label = isMoney ? `cost of the ${nat ? nat.label + " " : ""}${cls} (${q.unit})` : `number of ${nat ? nat.label + " " : ""}${plural}`;
    } else if (!isMoney && q.unit && q.subject && !Object.values(lexicon.units).includes(q.unit)) {
      const subject = q.subject.toLowerCase().replace(/\s+/g, " ");
      key = `noun:${subject}|${nat?.code ?? "?"}`;
      label = `number of ${subject}`;
    } else continue;
    const b = buckets.get(key) ?? { label, claims: [] };
    b.claims.push(c);
    buckets.set(key, b);
  }
  // a claim of unknown country joins the one group of its class, when there is exactly one
  const kin = (key: string) => `${key.split("|")[0]}|${key.split("|")[2] ?? ""}`;
  const bucketsOfKin = new Map<string, string[]>();
  for (const key of buckets.keys()) {
    const list = bucketsOfKin.get(kin(key));
    if (list) list.push(key);
    else bucketsOfKin.set(kin(key), [key]);
  }
  for (const [key, b] of [...buckets]) {
    if (!key.includes("|?|") && !key.endsWith("|?")) continue;
    const others = (bucketsOfKin.get(kin(key)) ?? []).filter((k) => k !== key && buckets.has(k));
    if (others.length === 1) {
      for (const claim of b.claims) buckets.get(others[0]!)!.claims.push(claim);
      buckets.delete(key);
    }
  }
  let g = 0;
  for (const b of buckets.values()) {
    const docIds = [...new Set(b.claims.map((c) => c.docId))];
    if (b.claims.length < 2) continue;
    let common: Interval | null = { min: null, max: null, minOpen: false, maxOpen: false };
    for (const c of b.claims) {
      const iv = intervalOf(c, tolerance);
      if (!iv) continue;
      common = common ? intersect(common, iv) : null;
    }
    if (docIds.length < 2 && common) continue; // one source agreeing with itself is not news
    g++;
    b.claims.sort((x, y) => (x.docId < y.docId ? -1 : x.docId > y.docId ? 1 : x.start - y.start));
    const group: ClaimGroup = {
      id: `g${g}`,
      kind: "quantity",
      topic: b.label,
      status: common ? "agreeing" : "conflicting",
      claimIds: b.claims.map((c) => c.id),
      docIds,
      evidence: b.claims.map((c) => ({ docId: c.docId, start: c.start, end: c.end, text: c.text })),
    };
    if (common) group.interval = { min: common.min, max: common.max };
    groups.push(group);
    if (!common) {
      const bySource = docIds.map((d) => `${sourceLabel(d, documents)}: ${b.claims.filter((c) => c.docId === d).map((c) => quoted(c.text)).join(", ")}`);
      conflicts.push({
        id: `conflict-${conflicts.length + 1}`,
        kind: "quantity",
        about: `Sources disagree on the ${b.label}: ${bySource.join("; ")}.`,
        claimIds: group.claimIds,
        evidence: b.claims.map((c) => ({ docId: c.docId, start: c.start, end: c.end })),
      });
    }
  }

  // ---- attributes: titles of the same person across outlets
  if (documents.size === 0 && entities.length === 0) {
    messages.push({ severity: "info", ruleId: "attributes-need-documents", reason: "Pass `documents` (or entities with roles) to compare people's titles across sources.", source: "@newsparse/claims" });
  }
  const titles: TitleMention[] = [];
  const titlesByDoc = new Map<string, TitleMention[]>();
  for (const d of documents.values()) {
    const found = findTitles(d, lexicon);
    for (const title of found) titles.push(title);
    titlesByDoc.set(d.id, found);
  }
  // entity roles found by entity-extract
  const titleHeads = new Set(lexicon.titleHeads.map((h) => h.toLowerCase()));
  for (const e of entities) {
    if (e.type !== "PERSON") continue;
    for (const r of e.roles) {
      if (titlesByDoc.get(r.docId)?.some((t) => t.title.start < r.end && t.title.end > r.start)) continue;
      const ws = r.text.toLowerCase().replace(/[-‐‑]/g, " ").split(/\s+/).filter((w) => w && !["the", "a", "an", "new", "us", "u.s."].includes(w));
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
  const claimsByDoc = new Map<string, Claim[]>();
  for (const c of claims) {
    const list = claimsByDoc.get(c.docId);
    if (list) list.push(c);
    else claimsByDoc.set(c.docId, [c]);
  }
  const people = new Map<string, { label: string; titles: TitleMention[] }>();
  const persons = indexPersons(entities);
  for (const t of titles) {
    const { key, label } = personKey(t, persons);
    const p = people.get(key) ?? { label, titles: [] };
    if (t.name.text.length > p.label.length && !key.startsWith("entity:")) p.label = t.name.text;
    p.titles.push(t);
    people.set(key, p);
  }
  for (const p of people.values()) {
    const byHead = new Map<string, TitleMention[]>();
    for (const t of p.titles) byHead.set(t.head, [...(byHead.get(t.head) ?? []), t]);
    for (const [head, ts] of byHead) {
      const docIds = [...new Set(ts.map((t) => t.docId))];
      if (docIds.length < 2) continue;
      let conflicting = false;
      for (let i = 0; i < ts.length && !conflicting; i++) for (let j = i + 1; j < ts.length; j++) if (ts[i]!.docId !== ts[j]!.docId && titlesConflict(ts[i]!.words, ts[j]!.words)) conflicting = true;
      g++;
      const related = (t: TitleMention): string[] =>
        (claimsByDoc.get(t.docId) ?? []).filter((c) => ((c.start <= t.title.start && t.name.end <= c.end) || (c.speaker?.start !== undefined && c.speaker.start <= t.title.start && t.name.end <= (c.speaker.end ?? 0)))).map((c) => c.id);
      const claimIds = [...new Set(ts.flatMap(related))];
      const evidence = ts.map((t) => {
        const start = Math.min(t.title.start, t.name.start);
        const end = Math.max(t.title.end, t.name.end);
        const doc = documents.get(t.docId);
        return { docId: t.docId, start, end, text: doc ? doc.text.slice(start, end) : `${t.title.text} ${t.name.text}` };
      });
      groups.push({ id: `g${g}`, kind: "attribute", topic: `${p.label}: ${head}`, status: conflicting ? "conflicting" : "agreeing", claimIds, docIds, evidence });
      if (conflicting) {
        const variants = new Map<string, string[]>();
        for (const t of ts) {
          const k = t.words.join(" ");
          const list = variants.get(k) ?? [];
          const label = `${quoted(t.title.text)} in ${sourceLabel(t.docId, documents)}`;
          if (!list.includes(label)) list.push(label);
          variants.set(k, list);
        }
        conflicts.push({
          id: `conflict-${conflicts.length + 1}`,
          kind: "attribute",
          about: `Sources give ${p.label} different titles: ${[...variants.values()].map((v) => v.join(" and ")).join(" vs ")}.`,
          claimIds,
          evidence: evidence.map(({ docId, start, end }) => ({ docId, start, end })),
        });
      }
    }
  }
  return { groups, conflicts, messages };
}
