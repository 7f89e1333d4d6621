/**
 * Print the errors of the full pipeline on the business-news fixture (missed gold names and wrong predictions),
 * for looking at what the rules and the tagger get wrong.
 *
 *   npx tsx --conditions=@newsparse/source packages/entity-extract/scripts/fixture-errors.ts
 */
import { extractEntities } from "../src/index.js";
import { fixtureDocuments, readFixture } from "./lib/business-fixture.js";

const articles = readFixture();
const docs = fixtureDocuments(articles);
docs.forEach((doc, i) => {
  const gold = articles[i]!.gold;
  const { mentions } = extractEntities(doc, { resolve: false });
  const key = (m: { start: number; end: number; type: string }): string => `${m.start}:${m.end}:${m.type}`;
  const goldKeys = new Set(gold.map(key));
  const predKeys = new Set(mentions.map(key));
  const lines: string[] = [];
  for (const g of gold) if (!predKeys.has(key(g))) lines.push(`  missed ${g.type} "${g.text}"`);
  for (const m of mentions) if (!goldKeys.has(key(m))) lines.push(`  wrong  ${m.type} "${m.text}" (${m.source})`);
  if (lines.length) console.log(`${doc.id}\n${lines.join("\n")}`);
});
