/**
 * BASIL (Fan et al., EMNLP 2019) reader for the cross-outlet claims evaluation: one event = three articles
 * (New York Times, Fox News, HuffPost) of `../shared/data/xdoc/basil/articles/<year>/<event>_<n>.json`.
 *
 * The text of an article is its title, a blank line, then its body paragraphs separated by blank lines
 * (the sentences of a paragraph joined by one space), parsed by `parseDocument`; gold offsets index that text.
 * The article id is `<event>_<n>`.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseDocument, type Document } from "@newsparse/corpus-loader";

interface BasilJson {
  source: string;
  title: string;
  date?: string;
  "triplet-uuid": string;
  "body-paragraphs": string[][];
}

const OUTLETS: Record<string, string> = { nyt: "New York Times", fox: "Fox News", hpo: "HuffPost" };

/** The text of one BASIL article, as the gold offsets see it. */
export function basilText(json: { title: string; "body-paragraphs": string[][] }): string {
  return [json.title, ...json["body-paragraphs"].map((p) => p.join(" "))].join("\n\n");
}

/** Every BASIL event: id → its articles as documents (in file order). */
export function loadBasil(dir: string): Map<string, Document[]> {
  const events = new Map<string, Document[]>();
  if (!existsSync(dir)) return events;
  for (const year of readdirSync(dir).sort()) {
    for (const file of readdirSync(resolve(dir, year)).sort()) {
      if (!file.endsWith(".json")) continue;
      const json = JSON.parse(readFileSync(resolve(dir, year, file), "utf8")) as BasilJson;
      const id = file.replace(/\.json$/, "");
      const doc = parseDocument(basilText(json), { id, outlet: OUTLETS[json.source] ?? json.source, publishedAt: json.date });
      const list = events.get(json["triplet-uuid"]) ?? [];
      list.push(doc);
      events.set(json["triplet-uuid"], list);
    }
  }
  return events;
}

/** sha1 of an event id, hex. */
export function eventHash(eventId: string): string {
  return createHash("sha1").update(eventId).digest("hex");
}

/** The gold's split rule, fixed before any system output was looked at: last hex digit of sha1(event id) even → tune, odd → report. */
export function splitOf(eventId: string): "tune" | "report" {
  return parseInt(eventHash(eventId).slice(-1), 16) % 2 === 0 ? "tune" : "report";
}
