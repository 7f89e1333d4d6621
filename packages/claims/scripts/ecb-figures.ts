/**
 * ECB+ reader for the claims development set (`scripts/ecb-figures-gold.json`): ECB+ 1.0 (Cybulska & Vossen,
 * LREC 2014; `../shared/data/xdoc/ecbplus`) validation topics, each seminal event (`<topic>ecb` or
 * `<topic>ecbplus`) cut to its first {@link ECB_DOCS_PER_EVENT} articles in file order, so that an event looks like a
 * BASIL event (a handful of outlets on one story).
 *
 * ECB+ comes as tokens. The text of an article is rebuilt here: its sentences as paragraphs (blank line between),
 * the ECB+ articles' URL line (sentence 0) left out, tokens joined by one space except before closing punctuation
 * and inside numbers and hyphenated words that the tokeniser cut (`22 , 000` → `22,000` but `2 , 2013` → `2, 2013`, `86 - year` → `86-year`,
 * `12 : 52` → `12:52`). Gold offsets index that text. Each article is its own outlet; ECB+ gives no publication dates.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseDocument, type Document } from "@newsparse/corpus-loader";

/** ECB+ validation topics (the claims package never tuned on them before this development set). */
export const ECB_DEV_TOPICS = [2, 5, 12, 18, 21, 23, 34, 35] as const;

/** Articles kept per seminal event (file order). */
export const ECB_DOCS_PER_EVENT = 5;

const TOKEN = /<token\b[^>]*\bsentence="(\d+)"[^>]*>([^<]*)<\/token>/g;
const XML_ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'" };
const CLOSING = new Set([",", ".", ";", ":", "!", "?", "%", ")", "]", "”", "'s", "’s", "n't", "’", "'"]);
const OPENING = new Set(["(", "[", "“", "$", "#", "@"]);
const JOINERS = new Set(["-", "/", ":", ",", "."]);

function tokensOf(xml: string): { sentence: number; text: string }[] {
  const out: { sentence: number; text: string }[] = [];
  for (const m of xml.matchAll(TOKEN)) out.push({ sentence: Number(m[1]), text: m[2]!.replace(/&(?:amp|lt|gt|quot|apos);/g, (e) => XML_ENTITIES[e]!) });
  return out;
}

const alnum = (s: string | undefined): boolean => !!s && /^[\p{L}\p{N}]/u.test(s) && /[\p{L}\p{N}]$/u.test(s);
const digits = (s: string | undefined): boolean => !!s && /^\d+$/.test(s);

/** The rebuilt text of one ECB+ article (see the file comment). */
export function ecbText(xml: string, plus: boolean): string {
  const tokens = tokensOf(xml).filter((t) => !(plus && t.sentence === 0));
  let text = "";
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    if (!prev) text += t.text;
    else if (prev.sentence !== t.sentence) text += "\n\n" + t.text;
    else {
      const glueAfterJoiner = JOINERS.has(prev.text) && tokens[i - 2]?.sentence === t.sentence && (prev.text === "-" || prev.text === "/" ? alnum(tokens[i - 2]!.text) && alnum(t.text) : digits(tokens[i - 2]!.text) && (prev.text === "," ? /^\d{3}(?!\d)/.test(t.text) : digits(t.text)));
      const joinerAhead = JOINERS.has(t.text) && tokens[i + 1]?.sentence === t.sentence && (t.text === "-" || t.text === "/" ? alnum(prev.text) && alnum(tokens[i + 1]!.text) : digits(prev.text) && (t.text === "," ? /^\d{3}(?!\d)/.test(tokens[i + 1]!.text) : digits(tokens[i + 1]!.text)));
      const glue = glueAfterJoiner || joinerAhead || CLOSING.has(t.text) || OPENING.has(prev.text);
      text += (glue ? "" : " ") + t.text;
    }
  }
  return text;
}

/** The development events: `<topic>ecb` / `<topic>ecbplus` → its first articles as documents (each its own outlet). */
export function loadEcbEvents(root: string): Map<string, Document[]> {
  const events = new Map<string, Document[]>();
  if (!existsSync(root)) return events;
  for (const topic of ECB_DEV_TOPICS) {
    const dir = resolve(root, String(topic));
    const files = readdirSync(dir)
      .filter((f) => f.endsWith(".xml"))
      .sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
    for (const kind of ["ecb", "ecbplus"] as const) {
      const chosen = files.filter((f) => f.endsWith(`${kind}.xml`)).slice(0, ECB_DOCS_PER_EVENT);
      events.set(
        `${topic}${kind}`,
        chosen.map((f) => {
          const id = f.replace(/\.xml$/, "");
          return parseDocument(ecbText(readFileSync(resolve(dir, f), "utf8"), kind === "ecbplus"), { id, outlet: id });
        }),
      );
    }
  }
  return events;
}
