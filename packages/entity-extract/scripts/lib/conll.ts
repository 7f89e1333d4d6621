/**
 * Readers for the NER corpora in ../shared/data/ner and their mapping onto
 * OntoNotes types. Shared by train.ts and eval.ts so both see identical
 * splits and labels.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { getCountryLexicon } from "../../src/lexicon/countries.js";
import { getTitleWords } from "../../src/lexicon/titles.js";

export interface GoldSpan {
  start: number; // token index
  end: number; // exclusive
  type: string;
}

export interface Sentence {
  words: string[];
  pos?: string[];
  spans: GoldSpan[];
  doc: number;
}

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");
export const dataRoot = path.resolve(repoRoot, "../shared/data");
export const nerRoot = path.join(dataRoot, "ner");

export function requireData(): boolean {
  if (!existsSync(nerRoot)) {
    console.log("skipped: ../shared/data not found (needs ner/gmb.conll, ner/wikigold.conll, ner/wnut17, ner/uner and ner/crossner; docs/evaluation.md says where to get each)");
    return false;
  }
  return true;
}

/** Parse IOB1/IOB2 tags into spans (I- after O or another type opens a span, as conlleval does). */
function tagsToSpans(tags: string[]): { start: number; end: number; raw: string }[] {
  const spans: { start: number; end: number; raw: string }[] = [];
  let cur: { start: number; end: number; raw: string } | null = null;
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    if (t === "O" || t.length < 2) {
      if (cur) spans.push(cur);
      cur = null;
      continue;
    }
    const prefix = t[0];
    const type = t.slice(2);
    if (prefix === "B" || !cur || cur.raw !== type) {
      if (cur) spans.push(cur);
      cur = { start: i, end: i + 1, raw: type };
    } else cur.end = i + 1;
  }
  if (cur) spans.push(cur);
  return spans;
}

const LOC_WORDS = new Set(
  "river sea ocean gulf lake mountain mountains valley desert strait peninsula island islands bay coast region continent basin plateau canal channel delta hills range".split(" "),
);

/** GPE for countries, cities, states; LOC for continents, regions, water bodies and landforms. */
export function geoType(words: string[]): "GPE" | "LOC" {
  const lex = getCountryLexicon();
  const phrase = words.join(" ").toLowerCase();
  if (lex.locations.has(phrase)) return "LOC";
  if (lex.countryByName.has(phrase) || lex.countryByCapital.has(phrase) || lex.cities.has(phrase)) return "GPE";
  for (const w of words) if (LOC_WORDS.has(w.toLowerCase())) return "LOC";
  return "GPE";
}

function isNorpWord(words: string[], pos: string[] | undefined): boolean {
  const lex = getCountryLexicon();
  const phrase = words.join(" ").toLowerCase();
  if (lex.countryByDemonym.has(phrase) || lex.groupNorp.has(phrase)) return true;
  if (lex.countryByName.has(phrase)) return false;
  const last = pos?.[pos.length - 1];
  return last === "JJ" || last === "NNS" || last === "NNPS";
}

/** Trim leading lower-case words (GMB's "southern Afghanistan") and, for people, titles ("Mr.", "President"). */
function trimSpan(words: string[], s: GoldSpan): GoldSpan | null {
  const titles = getTitleWords();
  let { start } = s;
  while (start < s.end) {
    const w = words[start]!;
    const lower = w.toLowerCase();
    const isLower = w[0] !== undefined && w[0] === lower[0] && w[0] !== w[0].toUpperCase();
    // A lower-case particle joined to a capitalised word ("al-Qaida", "bin-Laden") is part of the name.
    const joinedName = w !== lower;
    if (isLower && !joinedName && s.type !== "PRODUCT" && s.type !== "WORK_OF_ART") start++;
    else if (s.type === "PERSON" && (titles.has(lower) || lower === "of")) start++;
    else break;
  }
  return start < s.end ? { ...s, start } : null;
}

/** Corpora the readers know; see {@link readConll}. */
export type Corpus = "gmb" | "btc" | "wnut" | "wikigold" | "crossner" | "uner" | "gum" | "redocred";

/**
 * Span types that are not tagger types but masks: the corpus marks a name there without an OntoNotes type we can
 * train on. `LOC_OR_GPE`: a place that may be a GPE or a LOC (CrossNER `location`, UNER and Re-DocRED `LOC`);
 * `MISC`: a name of any type (CrossNER and Re-DocRED `MISC`, GUM's named abstracts), also GUM `FAC`, `LAW` and
 * `LANGUAGE`, types the tagger does not predict (the rule layers do).
 */
export const MASK_TYPES = new Set(["LOC_OR_GPE", "MISC"]);

function mapSpans(words: string[], pos: string[] | undefined, tags: string[], corpus: Corpus): GoldSpan[] {
  const out: GoldSpan[] = [];
  for (const s of tagsToSpans(tags)) {
    const w = words.slice(s.start, s.end);
    const p = pos?.slice(s.start, s.end);
    let type: string | null = null;
    const raw = s.raw;
    if (corpus === "gmb") {
      if (raw === "per") type = "PERSON";
      else if (raw === "org") type = "ORG";
      else if (raw === "geo") type = geoType(w);
      else if (raw === "gpe") type = isNorpWord(w, p) ? "NORP" : "GPE";
      else if (raw === "art") type = "PRODUCT";
      else if (raw === "eve") type = "EVENT";
      else type = null; // tim (dates are not entities), nat (natural phenomena: dropped)
    } else if (corpus === "btc") {
      if (raw === "PER") type = "PERSON";
      else if (raw === "ORG") type = "ORG";
      else if (raw === "LOC") type = geoType(w);
    } else if (corpus === "wnut") {
      if (raw === "person") type = "PERSON";
      else if (raw === "location") type = geoType(w);
      else if (raw === "corporation" || raw === "group") type = "ORG";
      else if (raw === "creative-work") type = "WORK_OF_ART";
      else if (raw === "product") type = "PRODUCT";
    } else if (corpus === "crossner" || corpus === "gum") {
      // CrossNER `*.onto.iob2` and GUM are already in OntoNotes types (see their READMEs).
      if (raw === "FAC" || raw === "LAW" || raw === "LANGUAGE") type = "MISC";
      else type = raw;
    } else if (corpus === "uner") {
      if (raw === "PER") type = "PERSON";
      else if (raw === "ORG") type = "ORG";
      else if (raw === "LOC") type = "LOC_OR_GPE";
      else if (raw === "NORP") type = "NORP";
    } else if (corpus === "redocred") {
      if (raw === "PER") type = "PERSON";
      else if (raw === "ORG") type = "ORG";
      else if (raw === "LOC") type = isNorpWord(w, undefined) ? "NORP" : "LOC_OR_GPE";
      else if (raw === "MISC") type = "MISC";
      // TIME and NUM are not names.
    } else {
      type = raw; // wikigold keeps PER ORG LOC MISC
    }
    if (!type) continue;
    const span = corpus === "gmb" ? trimSpan(words, { start: s.start, end: s.end, type }) : { start: s.start, end: s.end, type };
    if (span) out.push(span);
  }
  return out;
}

/** Read a CoNLL file: sentences separated by blank lines, `-DOCSTART-` starts a document. */
export function readConll(file: string, corpus: Corpus): Sentence[] {
  const text = readFileSync(file, "utf8");
  const out: Sentence[] = [];
  let words: string[] = [];
  let pos: string[] = [];
  let tags: string[] = [];
  let doc = -1;
  const flush = (): void => {
    if (words.length) out.push({ words, pos: corpus === "gmb" ? pos : undefined, spans: mapSpans(words, corpus === "gmb" ? pos : undefined, tags, corpus), doc: Math.max(doc, 0) });
    words = [];
    pos = [];
    tags = [];
  };
  for (const line of text.split("\n")) {
    const trimmed = line.trim();
    if (!trimmed) {
      flush();
      continue;
    }
    const parts = trimmed.split(/[\t ]/);
    if (parts[0] === "-DOCSTART-") {
      flush();
      doc++;
      continue;
    }
    words.push(parts[0]!);
    if (parts.length >= 3) pos.push(parts[1]!);
    tags.push(parts[parts.length - 1]!);
  }
  flush();
  return out;
}

/** GMB split: documents whose index % 10 === 9 are held out (≈10%), the rest train. */
export function isGmbHeldOut(doc: number): boolean {
  return doc % 10 === 9;
}

/**
 * GMB tuning (dev) split: documents whose index % 10 === 5 (≈10%). `train --tune` leaves them
 * (and {@link BTC_TUNING_FILE}) out so rule and feature changes can be measured on them; the
 * shipped model is trained on every non-held-out document.
 */
export function isGmbDev(doc: number): boolean {
  return doc % 10 === 5;
}

/** The Broad Twitter Corpus file used for tuning (left out of training by `train --tune`). */
export const BTC_TUNING_FILE = "f.conll";

/**
 * Tuning part of a corpus whose only training-side split is also its dev split (CrossNER dev, UNER EWT dev):
 * sentences with index % 5 === 2. `train --tune` leaves them out; `tune.ts` scores on them.
 */
export function isTuningSentence(index: number): boolean {
  return index % 5 === 2;
}
