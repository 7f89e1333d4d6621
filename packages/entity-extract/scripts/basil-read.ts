/**
 * Read what entity extraction makes of BASIL events (three outlets each; BASIL has no entity
 * annotation, so this is for reading the output by eye, plus one measurement).
 *
 * Default: every entity with more than one mention, its type, aliases, documents and roles.
 *
 * `--roles`: how many named people get the role their articles write next to them. A person
 * entity (a mention of two or more words) "has a written role" when, beside one of its mentions,
 * the text shows a role cue:
 *  - before the name, in the same clause: up to six words with no punctuation but abbreviation
 *    dots and possessives, containing a role noun ("Pentagon spokeswoman Jane Doe", "the
 *    company's chief executive, Jane Doe");
 *  - after the name: a comma, then a determiner, a role noun or a role modifier opening the next
 *    phrase ("Jane Doe, the company's chief financial officer,", "Jane Doe, a nurse").
 * Role nouns are the resolver's role words (`lexicon/role-words.ts`) and the tagger's title heads,
 * honorifics excluded ("Mr." is no role). The measurement prints the share of such people with at
 * least one extracted role that is not a bare honorific, and lists the people it misses, with the
 * cue, for reading. The cue is a heuristic, not gold: a determiner after a comma is also a cue
 * when it opens a description that is no role ("Doe, a 34-year-old from Ohio").
 *
 * `--ecb train|validation`: the same on the ECB+ topics of that split instead of BASIL (each topic's
 * documents extracted together, as an event's three articles are).
 *
 *   npx tsx --conditions=@newsparse/source packages/entity-extract/scripts/basil-read.ts [--events 10] [--year 2016] [--years 2010-2014] [--ecb train] [--roles] [--misses 40] [--uncued]
 */
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { parseDocument, type Document } from "@newsparse/corpus-loader";
import { extractEntities, type Entity } from "../src/index.js";
import { getRoleWords } from "../src/lexicon/role-words.js";
import { getTitleHeadWords } from "../src/lexicon/titles.js";
import { readEcbPlus, xdocRoot } from "./lib/xdoc-corpora.js";

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const rolesMode = args.includes("--roles");
const maxEvents = Number(option("--events") ?? (rolesMode ? 1000 : 5));
const maxMisses = Number(option("--misses") ?? 40);
const ecbSplit = option("--ecb");
const root = path.join(xdocRoot, "basil", "articles");
if (!ecbSplit && !existsSync(root)) {
  console.log("skipped: ../shared/data/xdoc/basil not found");
  process.exit(0);
}
let years = ecbSplit ? [] : readdirSync(root).sort();
if (option("--year")) years = [option("--year")!];
const range = option("--years")?.split("-").map(Number);
if (range) years = years.filter((y) => Number(y) >= range[0]! && Number(y) <= (range[1] ?? range[0]!));
/** Groups of documents extracted together: BASIL events (three outlets), or ECB+ topics. */
const events = new Map<string, () => Document[]>();
if (ecbSplit) {
  const topics = readEcbPlus();
  if (!topics) {
    console.log("skipped: ../shared/data/xdoc/ecbplus not found");
    process.exit(0);
  }
  for (const t of topics) if (t.split === ecbSplit) events.set(t.name, () => t.documents.map((d) => parseDocument(d.text, { id: d.id })));
} else {
  const files = new Map<string, string[]>();
  for (const year of years)
    for (const f of readdirSync(path.join(root, year)).sort()) {
      const triplet = f.replace(/_\d\.json$/, "");
      (files.get(triplet) ?? files.set(triplet, []).get(triplet)!).push(path.join(root, year, f));
    }
  for (const [triplet, list] of files) events.set(triplet, () => readEvent(list));
}

/** Personal honorifics: courtesy, not a role ("Mr.", "Dr."); ranks and offices ("Sen.", "Gen.") are roles. */
const HONORIFIC = new Set(["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mister", "madam", "sir", "dame", "lord", "lady", "dr", "dr.", "prof", "prof.", "uncle", "aunt", "mme", "mme."]);
const ROLE_NOUNS = new Set([...getRoleWords().heads, ...getTitleHeadWords()].filter((w) => !HONORIFIC.has(w)));
const MODIFIERS = getRoleWords().modifiers;
const DETERMINERS = new Set(["the", "a", "an", "his", "her", "its", "their", "our"]);
/** Lower-case words that may stand inside a title before a name ("lawyer for the …", "secretary of state"). */
const CUE_LINKS = new Set(["of", "for", "to", "the", "at", "in", "on"]);

/** The role cue beside a mention, or null. */
function roleCue(text: string, start: number, end: number): string | null {
  // Before: the clause up to six words back, words only (abbreviation dots, possessives, hyphens).
  const before = text.slice(Math.max(0, start - 80), start);
  const clause = /(?:^|[,;:()"“”—–]|[.!?]\s+(?=\p{Lu}))\s*([^,;:()"“”—–]*)$/u.exec(before)?.[1] ?? before;
  const words = clause.trim().split(/\s+/).filter(Boolean).slice(-6);
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!.toLowerCase().replace(/[’']s$/u, "");
    if (/[.!?]$/.test(words[i]!) && !/^\p{L}{1,4}\.$/u.test(words[i]!)) break; // a sentence end, not "Gen."
    if (ROLE_NOUNS.has(w) || ROLE_NOUNS.has(w.replace(/\.$/, ""))) return `${words.slice(i).join(" ")} ▸`;
    // Between a role noun and the name only a title's own words can stand: capitalised words, role modifiers, and
    // the links of "lawyer for", "secretary of the". A verb, adverb or conjunction means the role noun is in another
    // phrase ("host Jane Roe asked ▸", "director with ▸", "Representative Jane Roe and ▸").
    if (!(/^\p{Lu}/u.test(words[i]!) || MODIFIERS.has(w) || CUE_LINKS.has(w) || /^[-–]$/u.test(w))) break;
  }
  // After: ", [age,] the|a|role word …".
  const after = /^,\s+(?:\d{1,3},\s+)?([\p{L}’'-]+)([^,;:.()"“”—–]{0,60})/u.exec(text.slice(end, end + 90));
  if (after) {
    const w = after[1]!.toLowerCase();
    const rest = after[2]!.toLowerCase().split(/\s+/).filter(Boolean);
    const noun = [w, ...rest.slice(0, 4)].some((x) => ROLE_NOUNS.has(x.replace(/[’']s$/u, "")));
    if (noun && (DETERMINERS.has(w) || ROLE_NOUNS.has(w) || MODIFIERS.has(w) || /[’']s$/u.test(w) || /^\p{Lu}/u.test(after[1]!))) return `◂ ${after[0]!.trim()}`;
  }
  return null;
}

function readEvent(files: readonly string[]): Document[] {
  return files.map((file) => {
    const a = JSON.parse(readFileSync(file, "utf8")) as { title: string; source: string; date: string; "body-paragraphs": string[][] };
    const text = `${a.title}\n\n${a["body-paragraphs"].map((p) => p.join(" ")).join("\n\n")}\n`;
    return parseDocument(text, { id: `${a.source}:${path.basename(file, ".json")}`, title: a.title, publishedAt: a.date, outlet: a.source });
  });
}

/** Whether an entity carries a role that is more than an honorific. */
function hasRealRole(e: Entity): boolean {
  return e.roles.some((r) => !r.text.toLowerCase().split(/\s+/).every((w) => HONORIFIC.has(w)));
}

let shown = 0;
let people = 0;
let withCue = 0;
let cueAndRole = 0;
let roleNoCue = 0;
let withRole = 0;
const misses: string[] = [];
/** People with a role but no cue (`--uncued`): roles the cue does not see, or false roles. */
const uncued: string[] = [];
for (const [triplet, read] of events) {
  if (shown++ >= maxEvents) break;
  const documents = read();
  const textOf = new Map(documents.map((d) => [d.id, d.text]));
  const r = extractEntities(documents);
  if (rolesMode) {
    for (const e of r.entities) {
      if (e.type !== "PERSON" || !e.mentions.some((m) => m.text.includes(" "))) continue;
      people++;
      let cue: string | null = null;
      for (const m of e.mentions) {
        cue = roleCue(textOf.get(m.docId)!, m.start, m.end);
        if (cue) break;
      }
      const role = hasRealRole(e);
      if (role) withRole++;
      if (cue) {
        withCue++;
        if (role) cueAndRole++;
        else misses.push(`${triplet} ${e.name}: ${cue}`);
      } else if (role) {
        roleNoCue++;
        uncued.push(`${triplet} ${e.name}: ${[...new Set(e.roles.map((x) => x.text))].join(" | ")}`);
      }
    }
    continue;
  }
  console.log(`\n## ${triplet} ${documents.map((d) => d.id).join(", ")}`);
  for (const e of r.entities) {
    if (e.mentions.length < 2) continue;
    const docs = new Set(e.mentions.map((m) => m.docId.split(":")[0])).size;
    const types = [...new Set(e.mentions.map((m) => m.type))].join("/");
    console.log(`${e.id} ${e.type} (${types}) "${e.name}" ×${e.mentions.length} in ${docs} outlet(s); aliases: ${e.aliases.map((a) => a.text).join(" | ")}; roles: ${[...new Set(e.roles.map((x) => x.text))].join(" | ")}`);
  }
}
if (rolesMode) {
  const pct = (a: number, b: number): string => (b ? ((100 * a) / b).toFixed(1) : "-");
  const what = ecbSplit ? `ECB+ ${ecbSplit} topics (${Math.min(shown, events.size)})` : `BASIL (${Math.min(shown, events.size)} events, years ${years[0]}–${years[years.length - 1]})`;
  console.log(`### Roles of named people in ${what}`);
  console.log("| named people | with a role cue in the text | of those, with an extracted role | people with any extracted role | extracted role without a cue |");
  console.log("|---:|---:|---:|---:|---:|");
  console.log(`| ${people} | ${withCue} (${pct(withCue, people)} %) | ${cueAndRole} (${pct(cueAndRole, withCue)} %) | ${withRole} (${pct(withRole, people)} %) | ${roleNoCue} |`);
  console.log(`\nmissed (cue written, no role extracted; first ${maxMisses} of ${misses.length}):`);
  for (const m of misses.slice(0, maxMisses)) console.log(`- ${m}`);
  if (args.includes("--uncued")) {
    console.log(`\nextracted role without a cue (first ${maxMisses} of ${uncued.length}):`);
    for (const m of uncued.slice(0, maxMisses)) console.log(`- ${m}`);
  }
}
