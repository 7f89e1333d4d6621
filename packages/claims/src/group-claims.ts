import type { Document, Message } from "@newsparse/corpus-loader";
import type { Entity } from "@newsparse/entity-extract";
import { mergeLexicon, type Lexicon } from "./lexicon.js";
import type { Claim, ClaimGroup, Conflict } from "./schema.js";
import { findTitles, titlesConflict, type TitleMention } from "./titles.js";
import { measureOf, type Measure } from "./grouping/measure-of.js";
import { defaultMeasureFrames, type MeasureFrames } from "./lexicon/measure-frames.js";

type ConflictKind = Conflict["kind"];

function mergeFrames(partial: Partial<MeasureFrames> | undefined): MeasureFrames {
  return { ...defaultMeasureFrames, ...partial, frames: { ...defaultMeasureFrames.frames, ...partial?.frames } };
}

/** A quantity claim with what it measures and the interval it allows. */
interface QuantityItem {
  claim: Claim;
  measure: Measure;
  interval: Interval;
  nat: { code: string; label: string } | undefined;
}

/**
 * Group quantity items: items sharing a key under the same context are one group (union-find over keys, linear);
 * a claim of unknown country joins the one country its key has, when there is exactly one; amounts of one unit
 * within 5% of each other whose sentences share two content words are linked too (sorted by value, a sliding window).
 */
function groupItems(items: QuantityItem[]): QuantityItem[][] {
  const parent = items.map((_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  // context = kind|country|year; an unknown country or year takes the one value its key has, when there is exactly one
  const split = (context: string) => context.split("|");
  const seenOfKey = [new Map<string, Set<string>>(), new Map<string, Set<string>>()];
  const baseOf = (it: QuantityItem, key: string) => `${split(it.measure.context)[0]}#${key}`;
  for (const it of items) {
    const parts = split(it.measure.context);
    for (let f = 0; f < 2; f++) {
      const value = parts[f + 1]!;
      if (value === "?" || value === undefined) continue;
      for (const key of it.measure.keys) {
        const b = baseOf(it, key);
        const set = seenOfKey[f]!.get(b) ?? new Set<string>();
        set.add(value);
        seenOfKey[f]!.set(b, set);
      }
    }
  }
  const firstOfKey = new Map<string, number>();
  items.forEach((it, i) => {
    const parts = split(it.measure.context);
    for (const key of it.measure.keys) {
      const b = baseOf(it, key);
      const fields = [0, 1].map((f) => {
        const value = parts[f + 1] ?? "?";
        const seen = seenOfKey[f]!.get(b);
        return value === "?" && seen?.size === 1 ? [...seen][0]! : value;
      });
      const full = `${b}|${fields.join("|")}`;
      const seen = firstOfKey.get(full);
      if (seen === undefined) firstOfKey.set(full, i);
      else union(seen, i);
    }
  });
  // near-equal amounts in different documents with shared context words: the same figure, rounded or misreported
  const amounts = items
    .map((it, i) => ({ it, i, v: it.claim.quantity?.value }))
    .filter((x): x is { it: QuantityItem; i: number; v: number } => x.v !== undefined && x.v > 0 && x.it.measure.keys.length === 1 && x.it.measure.keys[0]!.startsWith("same:"))
    .sort((a, b) => (a.it.measure.context < b.it.measure.context ? -1 : a.it.measure.context > b.it.measure.context ? 1 : a.v - b.v));
  for (let a = 0; a < amounts.length; a++) {
    const x = amounts[a]!;
    for (let b = a + 1; b < amounts.length && b < a + 8; b++) {
      const y = amounts[b]!;
      if (y.it.measure.context !== x.it.measure.context || y.v > x.v * 1.05) break;
      if (y.it.claim.docId === x.it.claim.docId || y.v === x.v) continue;
      let shared = 0;
      for (const w of x.it.measure.words) if (y.it.measure.words.has(w)) shared++;
      if (shared >= 2) {
        union(x.i, y.i);
        x.it.measure.strong = true;
        y.it.measure.strong = true;
      }
    }
  }
  const byRoot = new Map<number, QuantityItem[]>();
  items.forEach((it, i) => {
    const r = find(i);
    const list = byRoot.get(r);
    if (list) list.push(it);
    else byRoot.set(r, [it]);
  });
  return [...byRoot.values()];
}

const TITLE_OPENERS = new Set(["deputy", "assistant", "under", "vice", "acting", "prime", "foreign", "defense", "defence", "interior", "special", "senior", "chief", "principal", "executive", "general", "national", "security", "state", "former", "press", "finance", "justice", "health", "trade", "first", "permanent", "treasury", "homeland", "attorney", "labor", "commerce", "energy", "education", "agriculture", "transportation", "majority", "minority", "house", "senate", "white", "supreme", "lieutenant", "major", "rear", "associate", "managing", "top", "lead", "then", "current", "the", "a", "an", "new", "us", "u.s.", "u.s", "american", "united", "incoming", "outgoing", "interim"]);

/**
 * A title cut from inside an organisation's name (`Agency Administrator` from `Environmental Protection Agency
 * Administrator Jane Doe`) is not a clean title: it opens with a word that is neither a title word nor a usual
 * modifier, right after another capitalised word. Conflicts need two clean titles.
 */
function isCleanTitle(t: TitleMention, document: Document | undefined, titleHeads: ReadonlySet<string>): boolean {
  const first = (t.title.text.split(/\s+/)[0] ?? "").toLowerCase().replace(/[’']s$/, "");
  if (titleHeads.has(first) || TITLE_OPENERS.has(first)) return true;
  if (!document) return true;
  const before = document.text.slice(Math.max(0, t.title.start - 40), t.title.start);
  return !endsWithCapitalisedWord(before);
}

/** Whether `text` ends with a capitalised word and one space (`Protection `): a loop, not a regex scanned from every offset. */
function endsWithCapitalisedWord(text: string): boolean {
  let i = text.length - 1;
  if (i < 0 || !/\s/.test(text[i]!)) return false;
  i--;
  let start = -1;
  while (i >= 0 && /[\p{L}.&-]/u.test(text[i]!)) start = i--;
  return start >= 0 && /\p{Lu}/u.test(text[start]!);
}

/** Whether two members from different documents allow no common value (per-document bounds, linear). */
function crossDocumentDisjoint(members: readonly QuantityItem[]): boolean {
  const lows = new Map<string, { v: number; open: boolean }>();
  const highs = new Map<string, { v: number; open: boolean }>();
  for (const m of members) {
    const d = m.claim.docId;
    const iv = m.interval;
    if (iv.min !== null) {
      const cur = lows.get(d);
      if (!cur || iv.min > cur.v || (iv.min === cur.v && iv.minOpen)) lows.set(d, { v: iv.min, open: iv.minOpen });
    }
    if (iv.max !== null) {
      const cur = highs.get(d);
      if (!cur || iv.max < cur.v || (iv.max === cur.v && iv.maxOpen)) highs.set(d, { v: iv.max, open: iv.maxOpen });
    }
  }
  const top = <T extends { v: number }>(map: Map<string, T>, better: (a: T, b: T) => boolean): [string, T][] => {
    const out: [string, T][] = [];
    for (const e of map) {
      if (out.length < 2) out.push(e);
      else if (better(e[1], out[1]![1])) out[1] = e;
      out.sort((a, b) => (better(a[1], b[1]) ? -1 : better(b[1], a[1]) ? 1 : 0));
    }
    return out;
  };
  const lo = top(lows, (a, b) => a.v > b.v);
  const hi = top(highs, (a, b) => a.v < b.v);
  const apart = (l: { v: number; open: boolean }, h: { v: number; open: boolean }) => l.v > h.v || (l.v === h.v && (l.open || h.open));
  for (const [dl, l] of lo) for (const [dh, h] of hi) if (dl !== dh && apart(l, h)) return true;
  return false;
}

/** A disagreement ordered by publication time (each later outlet gives a higher figure) reads as a running count revised. */
function laterIsRevision(members: readonly QuantityItem[], documents: ReadonlyMap<string, Document>): boolean {
  const byDoc = new Map<string, { t: number; v: number }>();
  for (const m of members) {
    const raw = documents.get(m.claim.docId)?.publishedAt;
    const t = raw ? Date.parse(raw) : NaN;
    const v = m.claim.quantity?.value ?? m.claim.quantity?.max;
    if (!Number.isFinite(t) || v === undefined) return false;
    const cur = byDoc.get(m.claim.docId);
    if (!cur || v > cur.v) byDoc.set(m.claim.docId, { t, v });
  }
  const list = [...byDoc.values()].sort((a, b) => a.t - b.t);
  if (new Set(list.map((x) => x.t)).size < 2) return false;
  for (let i = 1; i < list.length; i++) if (list[i]!.t === list[i - 1]!.t ? list[i]!.v !== list[i - 1]!.v : list[i]!.v < list[i - 1]!.v) return false;
  return members.some((m) => /^frame:(deaths|injuries|arrests|missing|evacuations|hostages)/.test(m.measure.keys[0] ?? ""));
}

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

/** Half-width a round figure implies: `$1.4 billion` is 1.36–1.44 billion, `800,000` is 760,000–840,000; small or exact-looking figures none. */
function impliedPrecision(claim: Claim, v: number): number {
  const a = Math.abs(v);
  if (a < 10_000 && !/\b(?:thousand|million|billion|trillion|[mb]n)\b/i.test(claim.text)) return 0;
  let unit = 1;
  while (unit * 10 <= a && Math.abs(Math.round(v / (unit * 10)) * unit * 10 - v) < 1e-6 * a) unit *= 10;
  return unit >= 1000 ? 0.4 * unit : 0;
}

function intervalOf(claim: Claim, tolerance: number, limit = false): Interval | null {
  const q = claim.quantity;
  if (!q) return null;
  const v = q.value;
  if (limit && v !== undefined) return { min: v, max: v, minOpen: false, maxOpen: false };
  switch (q.relation) {
    case "eq": {
      if (v === undefined) return null;
      const p = impliedPrecision(claim, v);
      return { min: v - p, max: v + p, minOpen: false, maxOpen: false };
    }
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

  // ---- quantities: what each figure measures, grouped by key (union-find, linear), compared by interval
  const frames = mergeFrames(options.frames);
  const items: QuantityItem[] = [];
  for (const c of claims) {
    if (c.kind !== "quantity" || !c.quantity) continue;
    const document = documents.get(c.docId);
    const nat = nationalityOf(c, document);
    const measure = measureOf(c, document, lexicon, frames, nat?.code);
    if (!measure) continue;
    const interval = intervalOf(c, tolerance, measure.limit);
    if (!interval) continue;
    items.push({ claim: c, measure, interval, nat });
  }
  const quantityGroups = groupItems(items);
  let g = 0;
  for (const members of quantityGroups) {
    const docIds = [...new Set(members.map((m) => m.claim.docId))];
    if (docIds.length < 2) continue; // one source agreeing (or not) with itself is not news
    members.sort((x, y) => (x.claim.docId < y.claim.docId ? -1 : x.claim.docId > y.claim.docId ? 1 : x.claim.start - y.claim.start));
    const strong = members.some((m) => m.measure.strong);
    const disjoint = strong && crossDocumentDisjoint(members);
    let kind: ConflictKind | undefined;
    if (disjoint) kind = crossDocumentDisjoint(members.filter((m) => !m.measure.revision)) ? (laterIsRevision(members, documents) ? "revision" : "value") : "revision";
    const common = members.reduce<Interval | null>((acc, m) => (acc ? intersect(acc, m.interval) : null), { min: null, max: null, minOpen: false, maxOpen: false });
    g++;
    const labelled = members.find((m) => m.measure.strong) ?? members[0]!;
    const nat = members.find((m) => m.nat)?.nat;
    const label = `${labelled.measure.context.startsWith("age") ? "" : "number of "}${nat && !labelled.measure.context.startsWith("age") ? nat.label + " " : ""}${labelled.measure.label}`.replace(/^number of (amount|share|duration)/, "$1");
    const group: ClaimGroup = {
      id: `g${g}`,
      kind: "quantity",
      topic: label,
      status: kind ? "conflicting" : "agreeing",
      claimIds: members.map((m) => m.claim.id),
      docIds,
      evidence: members.map((m) => ({ docId: m.claim.docId, start: m.claim.start, end: m.claim.end, text: m.claim.text })),
    };
    if (!kind && common) group.interval = { min: common.min, max: common.max };
    groups.push(group);
    if (kind) {
      const bySource = docIds.map((d) => `${sourceLabel(d, documents)}: ${members.filter((m) => m.claim.docId === d).map((m) => quoted(m.claim.text)).join(", ")}`);
      conflicts.push({
        id: `conflict-${conflicts.length + 1}`,
        kind,
        about: kind === "revision" ? `The ${label} was revised over time: ${bySource.join("; ")}.` : `Sources disagree on the ${label}: ${bySource.join("; ")}.`,
        claimIds: group.claimIds,
        evidence: members.map((m) => ({ docId: m.claim.docId, start: m.claim.start, end: m.claim.end })),
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
      const clean = ts.map((t) => isCleanTitle(t, documents.get(t.docId), titleHeads));
      for (let i = 0; i < ts.length && !conflicting; i++) for (let j = i + 1; j < ts.length; j++) if (clean[i] && clean[j] && ts[i]!.docId !== ts[j]!.docId && titlesConflict(ts[i]!.words, ts[j]!.words)) conflicting = true;
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
          kind: "title",
          about: `Sources give ${p.label} different titles: ${[...variants.values()].map((v) => v.join(" and ")).join(" vs ")}.`,
          claimIds,
          evidence: evidence.map(({ docId, start, end }) => ({ docId, start, end })),
        });
      }
    }
  }
  return { groups, conflicts, messages };
}
