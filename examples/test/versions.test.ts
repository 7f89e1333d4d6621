/**
 * Each package's exported `VERSION` is the version in its package.json (the
 * generated `src/version.ts` is in step), and `analyze` reports those
 * versions rather than a hard-coded number.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import * as corpusLoader from "@newsparse/corpus-loader";
import * as entityExtract from "@newsparse/entity-extract";
import * as claims from "@newsparse/claims";
import * as timeline from "@newsparse/timeline";
import { packageVersions, versionFileText } from "../../scripts/sync-versions.js";
import { analysisGenerator } from "../src/generator.js";

const root = resolve(import.meta.dirname, "../..");
const exported: Record<string, string> = {
  "@newsparse/corpus-loader": corpusLoader.VERSION,
  "@newsparse/entity-extract": entityExtract.VERSION,
  "@newsparse/claims": claims.VERSION,
  "@newsparse/timeline": timeline.VERSION,
};
const manifestVersion = (name: string) => JSON.parse(readFileSync(join(root, "packages", name.replace("@newsparse/", ""), "package.json"), "utf8")).version as string;

describe("package versions", () => {
  it("every package has a version file, and scripts/sync-versions.ts would leave it unchanged", () => {
    const packages = packageVersions();
    expect(packages.map((p) => p.name).sort()).toEqual(Object.keys(exported).sort());
    for (const p of packages) expect(readFileSync(p.file, "utf8"), `${p.file} is out of step with package.json: run pnpm exec tsx scripts/sync-versions.ts`).toBe(versionFileText(p.name, p.version));
  });

  it.each(Object.keys(exported))("%s exports the VERSION of its package.json", (name) => {
    expect(exported[name]).toBe(manifestVersion(name));
  });

  it("the analysis generator reports each package's version, and one version when they agree", () => {
    const generator = analysisGenerator();
    expect(generator.packages).toEqual(Object.fromEntries(Object.keys(exported).map((name) => [name, manifestVersion(name)])));
    const distinct = new Set(Object.values(generator.packages));
    if (distinct.size === 1) expect(generator.version).toBe([...distinct][0]);
    else for (const [name, version] of Object.entries(generator.packages)) expect(generator.version).toContain(`${name}@${version}`);
  });
});
