/**
 * Print what resolution makes of BASIL events (three outlets each): every entity with more than
 * one mention, its type, aliases, documents and roles. For reading the output by eye (BASIL has
 * no entity annotation).
 *
 *   npx tsx --conditions=@newsparse/source packages/entity-extract/scripts/basil-read.ts [--events 10] [--year 2016]
 */
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { parseDocument } from "@newsparse/corpus-loader";
import { extractEntities } from "../src/index.js";
import { xdocRoot } from "./lib/xdoc-corpora.js";

const args = process.argv.slice(2);
const eventsIndex = args.indexOf("--events");
const maxEvents = eventsIndex >= 0 ? Number(args[eventsIndex + 1]) : 5;
const yearIndex = args.indexOf("--year");
const root = path.join(xdocRoot, "basil", "articles");
if (!existsSync(root)) {
  console.log("skipped: ../shared/data/xdoc/basil not found");
  process.exit(0);
}
const years = yearIndex >= 0 ? [args[yearIndex + 1]!] : readdirSync(root).sort();
const events = new Map<string, string[]>();
for (const year of years) for (const f of readdirSync(path.join(root, year)).sort()) {
  const triplet = f.replace(/_\d\.json$/, "");
  (events.get(triplet) ?? events.set(triplet, []).get(triplet)!).push(path.join(root, year, f));
}
let shown = 0;
for (const [triplet, files] of events) {
  if (shown++ >= maxEvents) break;
  const documents = files.map((file) => {
    const a = JSON.parse(readFileSync(file, "utf8")) as { title: string; source: string; date: string; "body-paragraphs": string[][] };
    const text = `${a.title}\n\n${a["body-paragraphs"].map((p) => p.join(" ")).join("\n\n")}\n`;
    return parseDocument(text, { id: `${a.source}:${path.basename(file, ".json")}`, title: a.title, publishedAt: a.date, outlet: a.source });
  });
  const r = extractEntities(documents);
  console.log(`\n## ${triplet} ${documents.map((d) => d.id).join(", ")}`);
  for (const e of r.entities) {
    if (e.mentions.length < 2) continue;
    const docs = new Set(e.mentions.map((m) => m.docId.split(":")[0])).size;
    const types = [...new Set(e.mentions.map((m) => m.type))].join("/");
    console.log(`${e.id} ${e.type} (${types}) "${e.name}" ×${e.mentions.length} in ${docs} outlet(s); aliases: ${e.aliases.map((a) => a.text).join(" | ")}; roles: ${[...new Set(e.roles.map((x) => x.text))].join(" | ")}`);
  }
}
