/**
 * Output fingerprint for speed work: SHA-256 of `extractEntities` output (mentions, entities,
 * messages as JSON) on the seed corpus, on ~N MB of the bench text (one call over all documents,
 * as the bench does) and per document. Run before and after a change; the hashes must not move.
 *
 *   npx tsx --conditions=@newsparse/source packages/entity-extract/scripts/output-hash.ts [--mb 3]
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseDocument, type Document } from "@newsparse/corpus-loader";
import { extractEntities } from "../src/index.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, "../../..");
const args = process.argv.slice(2);
const mbIndex = args.indexOf("--mb");
const targetMb = mbIndex >= 0 ? Number(args[mbIndex + 1]) : 3;
const seedTexts: string[] = [];
const seeds = path.join(repoRoot, "examples/corpus/niger-2024");
for (const f of readdirSync(seeds).filter((x) => x.endsWith(".txt")).sort()) seedTexts.push(readFileSync(path.join(seeds, f), "utf8"));
const texts = [...seedTexts];
const polnear = path.resolve(repoRoot, "../shared/data/quotes/polnear/dev/text");
if (existsSync(polnear)) for (const f of readdirSync(polnear).sort()) texts.push(readFileSync(path.join(polnear, f), "utf8"));
const polnearTrain = path.resolve(repoRoot, "../shared/data/quotes/polnear/train/text");
if (existsSync(polnearTrain)) for (const f of readdirSync(polnearTrain).sort()) texts.push(readFileSync(path.join(polnearTrain, f), "utf8"));

const sha = (x: unknown): string => createHash("sha256").update(JSON.stringify(x)).digest("hex").slice(0, 16);
const seedDocs = seedTexts.map((t, i) => parseDocument(t, { id: `seed${i}` }));
const docs: Document[] = [];
let bytes = 0;
for (const t of texts) {
  if (bytes >= targetMb * 1e6) break;
  docs.push(parseDocument(t, { id: `d${docs.length}` }));
  bytes += Buffer.byteLength(t, "utf8");
}
const seedOut = extractEntities(seedDocs);
console.log(`seed corpus (${seedDocs.length} docs): ${sha(seedOut)} (${seedOut.mentions.length} mentions, ${seedOut.entities.length} entities)`);
const all = extractEntities(docs);
console.log(`bench text (${docs.length} docs, ${(bytes / 1e6).toFixed(2)} MB): ${sha(all)} (${all.mentions.length} mentions, ${all.entities.length} entities)`);
const again = extractEntities(docs);
console.log(`bench text, second call: ${sha(again)}`);
const per = createHash("sha256");
for (const d of docs.slice(0, 300)) per.update(JSON.stringify(extractEntities(d)));
console.log(`per document (first 300): ${per.digest("hex").slice(0, 16)}`);
const tagOnly = extractEntities(docs.slice(0, 300), { resolve: false });
console.log(`no resolve (first 300): ${sha(tagOnly)}`);
