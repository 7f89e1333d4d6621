/**
 * Generates the JSON Schemas of the analysis contract into `docs/schema/`
 * from the zod schemas (the single source of types).
 *
 * Usage: `tsx --conditions=@newsparse/source scripts/gen-json-schema.ts [--check]`
 * With `--check`, exits non-zero when the committed files are out of date.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { jsonSchemas } from "../examples/src/json-schemas.js";

const out = resolve(import.meta.dirname, "../docs/schema");
const check = process.argv.includes("--check");
let stale = 0;
mkdirSync(out, { recursive: true });
for (const [name, schema] of Object.entries(jsonSchemas())) {
  const file = join(out, `${name}.schema.json`);
  const text = `${JSON.stringify(schema, null, 2)}\n`;
  if (check) {
    if (!existsSync(file) || readFileSync(file, "utf8") !== text) {
      console.error(`out of date: docs/schema/${name}.schema.json (run pnpm run docs)`);
      stale++;
    }
  } else writeFileSync(file, text);
}
if (stale) process.exitCode = 1;
else console.log(check ? "docs/schema is up to date" : `wrote ${out}`);
