import type { Document } from "@newsparse/corpus-loader";
import type { EventMention, ReferenceDate, TimelineEntry } from "../schema.js";
import { within } from "../dates/timex-interval.js";
import { byCodeUnit } from "./by-code-unit.js";
import type { EventCluster } from "./event-cluster.js";
import type { EventTable } from "./event-table.js";
import { entryTitle } from "./entry-title.js";

/** A timex that states its year ("May 5, 2024", "2023", "'98") does not rest on the reference date. */
const ABSOLUTE = /\d{4}|'\d\d\b/;

/** The entries of a run, and the entry of each cluster. */
export interface TimelineEntries {
  /** Entries ordered by date interval, ids `t1`, `t2`, …. */
  timeline: TimelineEntry[];
  /** The entry each cluster became. */
  entryOf: Map<EventCluster, TimelineEntry>;
}

/** Each mention's span once, in mention order. */
function sourcesOf(mentions: readonly EventMention[]): TimelineEntry["sources"] {
  const sources: TimelineEntry["sources"] = [];
  const seen = new Set<string>();
  for (const m of mentions) {
    const key = `${m.docId}:${m.start}:${m.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    sources.push({ docId: m.docId, start: m.start, end: m.end });
  }
  return sources;
}

/** The mention whose sentence titles the entry: a headline among the primary sources, else the shortest primary sentence (of 30 characters or more). */
function titleMention(mentions: readonly EventMention[], docById: ReadonlyMap<string, Document>): EventMention {
  const headline = mentions.find((m) => {
    const d = docById.get(m.docId);
    return !!d?.titleSpan && d.titleSpan.start <= m.start && d.titleSpan.end >= m.end;
  });
  return (
    headline ??
    mentions.reduce((a, b) => {
      const la = a.end - a.start;
      const lb = b.end - b.start;
      return (lb >= 30 && lb < la) || la < 30 ? b : a;
    })
  );
}

/**
 * A date resting on an inferred publication date (no source states it
 * outright) is marked `inferred`, with the interval the inference allows.
 */
function markInferred(entry: TimelineEntry, mentions: readonly EventMention[], first: EventMention, referenceOf: ReadonlyMap<string, ReferenceDate>): void {
  const date = entry.date;
  const stated = mentions.some((m) => !referenceOf.get(m.docId)?.inferred || ABSOLUTE.test(m.timex.text));
  if (stated) return;
  const finest = mentions.find((m) => m.date === date) ?? first;
  const ref = referenceOf.get(finest.docId);
  entry.inferred = true;
  const shift = (iso: string | null | undefined, sign: 1 | -1, edge: string): string | null => {
    if (!iso || !ref?.value) return null;
    const delta = Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.parse(`${ref.value}T00:00:00Z`)) / 86_400_000);
    const base = Date.parse(`${edge.slice(0, 10)}T00:00:00Z`) + delta * 86_400_000 - (sign === 1 ? 86_400_000 : 0);
    return new Date(base).toISOString().slice(0, 10);
  };
  entry.earliest = shift(ref?.earliest, -1, date.start);
  entry.latest = shift(ref?.latest, 1, date.end);
}

/** One cluster as an entry (id set later); its mentions are made objects for the time it takes. */
function toEntry(
  table: EventTable,
  c: EventCluster,
  docById: ReadonlyMap<string, Document>,
  referenceOf: ReadonlyMap<string, ReferenceDate>,
  alternatives: ReadonlyMap<EventCluster, ReadonlySet<string>>,
): TimelineEntry {
  const mentions = c.mentions.map((k) => table.mention(k));
  const all = [...mentions, ...c.secondary.map((k) => table.mention(k))];
  // the finest date among the primary mentions
  const date = mentions.map((m) => m.date).reduce((a, b) => (within(b, a) ? b : a));
  const first = titleMention(mentions, docById);
  const doc = docById.get(first.docId);
  const tenses = new Set(mentions.map((m) => m.tense));
  const modalities = new Set(mentions.map((m) => m.modality));
  const entry: TimelineEntry = {
    id: "",
    date,
    title: doc ? entryTitle(doc, first) : first.trigger.text,
    sources: sourcesOf(all),
    participants: [...new Set(all.flatMap((m) => m.participants))].sort(),
    tense: tenses.size === 1 ? (first.tense as TimelineEntry["tense"]) : tenses.has("future") ? "future" : "past",
    eventClass: c.cls,
    modality: modalities.has("planned") ? "planned" : modalities.has("hypothetical") && modalities.size === 1 ? "hypothetical" : "reported",
    mentionIds: all.map((m) => m.id),
  };
  markInferred(entry, mentions, first, referenceOf);
  const f = alternatives.get(c);
  if (f) {
    entry.flags = ["date-disagreement"];
    entry.alternativeDates = [...f].sort();
  }
  return entry;
}

/**
 * Phase 5 of `buildTimeline`: one entry per cluster (sources, title,
 * participants, tense, modality, inferred-date interval, disagreement
 * flags), ordered by date interval and numbered.
 *
 * @param table - The run's event mentions.
 * @param clusters - The clusters.
 * @param docById - The documents by id.
 * @param referenceDates - The reference date of each document.
 * @param alternatives - Per cluster, the dates other sources give.
 * @returns The entries in timeline order, and the entry of each cluster.
 */
export function buildTimelineEntries(
  table: EventTable,
  clusters: readonly EventCluster[],
  docById: ReadonlyMap<string, Document>,
  referenceDates: readonly ReferenceDate[],
  alternatives: ReadonlyMap<EventCluster, ReadonlySet<string>>,
): TimelineEntries {
  const referenceOf = new Map(referenceDates.map((r) => [r.docId, r]));
  const byCluster = clusters.map((c) => toEntry(table, c, docById, referenceOf, alternatives));
  const timeline = [...byCluster];
  timeline.sort((a, b) => byCodeUnit(a.date.start, b.date.start) || byCodeUnit(a.date.end, b.date.end) || b.sources.length - a.sources.length);
  timeline.forEach((e, i) => {
    e.id = `t${i + 1}`;
  });
  return { timeline, entryOf: new Map(clusters.map((c, i) => [c, byCluster[i] as TimelineEntry])) };
}
