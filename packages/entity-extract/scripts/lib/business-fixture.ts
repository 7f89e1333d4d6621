import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Document } from "@newsparse/corpus-loader";

/** One article of the business-news fixture: its text and gold names as character spans. */
export interface FixtureArticle {
  id: string;
  text: string;
  gold: { start: number; end: number; type: string; text: string }[];
}

/** Path of the business-news fixture (30 short hand-annotated articles, in the repository). */
export const BUSINESS_FIXTURE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../test/fixtures/business-news.txt");

const MARK = /\[([^\[\]]+)\]\(([A-Z_]+)\)/g;

/**
 * Parse a fixture in the `## id` / `[name](TYPE)` format: the markup is removed and each marked name becomes a
 * gold span into the plain text. Lines starting with `#` (other than `## id`) are comments.
 *
 * @param file - Fixture path.
 * @returns The articles, in file order.
 */
export function readFixture(file: string = BUSINESS_FIXTURE): FixtureArticle[] {
  const out: FixtureArticle[] = [];
  let cur: { id: string; lines: string[] } | null = null;
  const flush = (): void => {
    if (!cur) return;
    const marked = cur.lines.join("\n").trim();
    let text = "";
    const gold: FixtureArticle["gold"] = [];
    let last = 0;
    for (const m of marked.matchAll(MARK)) {
      text += marked.slice(last, m.index);
      gold.push({ start: text.length, end: text.length + m[1]!.length, type: m[2]!, text: m[1]! });
      text += m[1]!;
      last = m.index + m[0].length;
    }
    text += marked.slice(last);
    out.push({ id: cur.id, text: `${text}\n`, gold });
  };
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (line.startsWith("## ")) {
      flush();
      cur = { id: line.slice(3).trim(), lines: [] };
    } else if (line.startsWith("#")) continue;
    else cur?.lines.push(line);
  }
  flush();
  return out;
}

/**
 * The fixture's articles as documents for the pipeline.
 *
 * @param articles - Parsed articles.
 * @returns One `Document` per article.
 */
export function fixtureDocuments(articles: FixtureArticle[]): Document[] {
  return articles.map((a) => ({ id: a.id, seq: null, source: null, title: null, titleSpan: null, publishedAt: null, text: a.text, excluded: [], paragraphs: [], sentences: [] }));
}
