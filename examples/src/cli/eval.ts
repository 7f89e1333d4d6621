/**
 * `pnpm eval [package…]`: each package's accuracy evaluation over
 * `../shared/data` (held-out splits), printed as tables. Corpora that are
 * missing are named first, with where to get them (docs/evaluation.md).
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { evalCorpora } from "./eval-corpora.js";
import { packageNames, root, runPackageScripts } from "./run-package-scripts.js";

console.log("# newsparse evaluation");
const only = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const data = resolve(root, "../shared/data");
const missing = evalCorpora.filter((c) => c.packages.some((p) => only.length === 0 || only.includes(p)) && !existsSync(join(data, c.path)));
if (missing.length > 0) {
  console.log(`\n${existsSync(data) ? "Some evaluation corpora are missing from" : "The evaluation corpora are not there:"} ${data} (../shared/data beside the checkout).`);
  console.log("Without them the scripts below score only the sets bundled in the repository and skip the rest. Missing:\n");
  console.log("| corpus | put it in ../shared/data/ | get it from | licence | used by |\n| --- | --- | --- | --- | --- |");
  for (const c of missing) console.log(`| ${c.name} | \`${c.path}\` | ${c.source} | ${c.licence} | ${c.packages.join(", ")} |`);
  console.log("\nFormats, splits (which are tuned on and which reported) and the current figures: docs/evaluation.md.");
}
const unknown = only.filter((p) => !(packageNames as readonly string[]).includes(p));
if (unknown.length > 0) {
  console.log(`unknown package ${unknown.join(", ")}; use one of ${packageNames.join(", ")}`);
  process.exitCode = 2;
} else {
  const failures = runPackageScripts("eval", only);
  process.exitCode = failures ? 1 : 0;
}
