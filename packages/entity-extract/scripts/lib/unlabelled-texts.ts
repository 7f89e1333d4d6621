/**
 * Unlabelled news text for the tagger's word clusters, beyond the training sentences and PolNeAR train: the
 * ECB+ articles of the train topics (CC BY 3.0). With `research`, also all of TimeBank and the
 * AQUAINT documents at even index (the timeline's tuning part): their licence is "distributed for research", so
 * they are for experiments only, never for the shipped model. Report splits of every task are left out: MEANTIME
 * (the cross-document report topic), the AQUAINT documents at odd index (the timeline's held-out part), PolNeAR
 * dev (the quotes' report split), the ECB+ validation topics (the cross-document report topics) and BASIL (half of it is the claims' report half). Used by `train --more-text`.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { tokenize } from "@newsparse/corpus-loader";
import { dataRoot } from "./conll.js";
import { readEcbPlus } from "./xdoc-corpora.js";

const TAG = /<[^>]*>/g;
const ENTITY = /&(amp|lt|gt|quot|apos);/g;
const UNESCAPE: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** The words of each non-empty line of `text`, tokenised as the tagger tokenises names. */
function lineWords(text: string): string[][] {
  const out: string[][] = [];
  for (const line of text.split(/\n+/)) {
    const t = tokenize(line, 0, line.length, { preset: "names" });
    if (t.length) out.push(t.map((token) => token.text));
  }
  return out;
}

/** The `<TEXT>` of a TimeML file without its inline tags. */
function timemlText(xml: string): string {
  const from = xml.indexOf("<TEXT>");
  const to = xml.indexOf("</TEXT>");
  if (from < 0 || to < from) return "";
  return xml.slice(from + 6, to).replace(TAG, "").replace(ENTITY, (_m, e: string) => UNESCAPE[e] ?? "");
}

/**
 * Tokenised lines of the extra unlabelled texts (see the module comment), in a fixed order; empty when the data
 * is absent.
 *
 * @param research - Also the research-only TimeML news (TimeBank, AQUAINT's tuning half).
 * @returns One word list per line of text, and the tokens read per source.
 */
export function readExtraUnlabelled(research = false): { sentences: string[][]; sources: Record<string, number> } {
  const sentences: string[][] = [];
  const sources: Record<string, number> = {};
  const add = (name: string, lines: string[][]): void => {
    sentences.push(...lines);
    sources[name] = (sources[name] ?? 0) + lines.reduce((a, s) => a + s.length, 0);
  };
  for (const topic of readEcbPlus() ?? []) {
    if (topic.split !== "train") continue;
    for (const doc of topic.documents) add("ECB+", lineWords(doc.text));
  }
  const timeml = path.join(dataRoot, "timeml");
  for (const corpus of research ? ["TimeBank", "AQUAINT"] : []) {
    const dir = path.join(timeml, corpus);
    if (!existsSync(dir)) continue;
    const files = readdirSync(dir).filter((f) => f.endsWith(".tml")).sort();
    files.forEach((f, i) => {
      if (corpus === "AQUAINT" && i % 2 === 1) return;
      add(corpus, lineWords(timemlText(readFileSync(path.join(dir, f), "utf8"))));
    });
  }
  return { sentences, sources };
}
