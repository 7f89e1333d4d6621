/**
 * Output fingerprint for speed work: SHA-256 of `extractEntities` output (mentions, entities,
 * messages as JSON) on the seed corpus, on ~N MB of the bench text (one call over all documents,
 * as the bench does) and per document. Run before and after a change; the hashes must not move.
 *
 *   npx tsx --conditions=@newsparse/source packages/entity-extract/scripts/output-hash.ts [--mb 3]
 */
import { createHash } from "node:crypto";
import { parseDocument, type Document } from "@newsparse/corpus-loader";
import { extractEntities } from "../src/index.js";
import { readNewsTexts } from "./lib/news-texts.js";

const args = process.argv.slice(2);
const mbIndex = args.indexOf("--mb");
const targetMb = mbIndex >= 0 ? Number(args[mbIndex + 1]) : 3;
const seedTexts = readNewsTexts([]).texts;
const { texts } = readNewsTexts(["dev", "train"]);

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
