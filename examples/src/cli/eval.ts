/**
 * `pnpm eval [package…]`: each package's accuracy evaluation over
 * `../shared/data` (held-out splits), printed as tables.
 */
import { runPackageScripts } from "./run-package-scripts.js";

console.log("# newsparse evaluation");
const failures = runPackageScripts("eval", process.argv.slice(2).filter((a) => !a.startsWith("--")));
process.exitCode = failures ? 1 : 0;
