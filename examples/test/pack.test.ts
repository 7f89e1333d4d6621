/**
 * Pack test: each package is packed with `pnpm pack`, installed ALONE (with the
 * tarballs of its workspace dependencies and its zod peer) into a fresh
 * temporary project, and run from `import`, from `require`, and from a
 * TypeScript file compiled with `module: nodenext`.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packedTarballs, root, run, type PackageName } from "./support/packed-packages.js";

const work = mkdtempSync(join(tmpdir(), "newsparse-pack-"));
let tarballs: Record<PackageName, string>;

interface Case {
  name: PackageName;
  deps: PackageName[];
  /** A statement run in ESM and CJS; it must print a JSON line. `lib` is the module namespace. */
  smoke: string;
  /** A TypeScript snippet using the types; `lib` is imported as a namespace. */
  typed: string;
  expected: unknown;
}

const cases: Case[] = [
  {
    name: "corpus-loader",
    deps: [],
    smoke: `const d = lib.parseDocument("Headline here\\n\\nOfficials met on Monday. They talked.", { id: "a" }); console.log(JSON.stringify({ id: d.id, ok: lib.Document.safeParse(d).success, sentences: d.sentences.map((s) => d.text.slice(s.start, s.end)).length > 0 }));`,
    typed: `const d: lib.Document = lib.parseDocument("Officials met. They talked.", { id: "a" }); const n: number = d.sentences.length; console.log(JSON.stringify({ id: d.id, ok: lib.Document.safeParse(d).success, sentences: n > 0 }));`,
    expected: { id: "a", ok: true, sentences: true },
  },
  {
    name: "entity-extract",
    deps: ["corpus-loader"],
    smoke: `const r = lib.extractEntities("Chris Maier met officials in Niamey, Niger."); console.log(JSON.stringify({ ok: Array.isArray(r.entities) && r.entities.every((e) => lib.Entity.safeParse(e).success) }));`,
    typed: `const r = lib.extractEntities("Chris Maier met officials in Niamey, Niger."); const e: lib.Entity[] = r.entities; console.log(JSON.stringify({ ok: e.every((x) => lib.Entity.safeParse(x).success) }));`,
    expected: { ok: true },
  },
  {
    name: "claims",
    deps: ["corpus-loader", "entity-extract"],
    smoke: `const r = lib.extractClaims("“We will leave,” a senior official said. About 1,000 troops remain."); console.log(JSON.stringify({ ok: r.claims.every((c) => lib.Claim.safeParse(c).success) }));`,
    typed: `const r = lib.extractClaims("About 1,000 troops remain."); const c: lib.Claim[] = r.claims; console.log(JSON.stringify({ ok: c.every((x) => lib.Claim.safeParse(x).success) }));`,
    expected: { ok: true },
  },
  {
    name: "timeline",
    deps: ["corpus-loader"],
    smoke: `const t = lib.tagTemporalExpressions("They met on April 25.", { referenceDate: "2024-04-19" }); console.log(JSON.stringify({ ok: t.every((x) => lib.Timex.safeParse(x).success) }));`,
    typed: `const t: lib.Timex[] = lib.tagTemporalExpressions("They met on April 25.", { referenceDate: "2024-04-19" }); console.log(JSON.stringify({ ok: t.every((x) => lib.Timex.safeParse(x).success) }));`,
    expected: { ok: true },
  },
];

// packed once per run, shared with the docs-examples test (`pnpm pack` runs each package's prepack build)
beforeAll(async () => {
  tarballs = await packedTarballs();
}, 900_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.each(cases)("packed @newsparse/$name", (c) => {
  const project = join(work, `use-${c.name}`);

  it("installs alone from its tarball with its workspace dependencies", () => {
    run("mkdir", ["-p", project], work);
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: `use-${c.name}`, private: true, version: "1.0.0" }));
    const files = [c.name, ...c.deps].map((n) => tarballs[n]);
    run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", ...files, "zod@4.6.7"], project);
    const installed = JSON.parse(readFileSync(join(project, "node_modules/@newsparse", c.name, "package.json"), "utf8"));
    expect(installed.name).toBe(`@newsparse/${c.name}`);
    // workspace:* must have been rewritten to real versions by pnpm pack
    expect(JSON.stringify(installed.dependencies ?? {})).not.toContain("workspace:");
  }, 180_000);

  it("runs from ESM import", () => {
    writeFileSync(join(project, "smoke.mjs"), `import * as lib from "@newsparse/${c.name}";\n${c.smoke}\n`);
    expect(JSON.parse(run("node", ["smoke.mjs"], project))).toEqual(c.expected);
  });

  it("exports from its built dist/ the VERSION of its package.json (ESM and CJS)", () => {
    const { version } = JSON.parse(readFileSync(join(root, "packages", c.name, "package.json"), "utf8")) as { version: string };
    writeFileSync(join(project, "version.mjs"), `import { VERSION } from "@newsparse/${c.name}";\nconsole.log(JSON.stringify(VERSION));\n`);
    writeFileSync(join(project, "version.cjs"), `console.log(JSON.stringify(require("@newsparse/${c.name}").VERSION));\n`);
    expect(JSON.parse(run("node", ["version.mjs"], project))).toBe(version);
    expect(JSON.parse(run("node", ["version.cjs"], project))).toBe(version);
  });

  it("runs from CommonJS require", () => {
    writeFileSync(join(project, "smoke.cjs"), `const lib = require("@newsparse/${c.name}");\n${c.smoke}\n`);
    expect(JSON.parse(run("node", ["smoke.cjs"], project))).toEqual(c.expected);
  });

  it("type-checks and runs from TypeScript compiled with module nodenext", () => {
    writeFileSync(join(project, "smoke.mts"), `import * as lib from "@newsparse/${c.name}";\n${c.typed}\n`);
    writeFileSync(join(project, "smoke.cts"), `import lib = require("@newsparse/${c.name}");\n${c.typed}\n`);
    writeFileSync(
      join(project, "tsconfig.json"),
      JSON.stringify({ compilerOptions: { module: "nodenext", moduleResolution: "nodenext", target: "es2022", strict: true, skipLibCheck: false, types: [], lib: ["es2022", "dom"] }, files: ["smoke.mts", "smoke.cts"] }),
    );
    run("node", [join(root, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.json"], project);
    expect(JSON.parse(run("node", ["smoke.mjs"], project))).toEqual(c.expected);
    expect(JSON.parse(run("node", ["smoke.cjs"], project))).toEqual(c.expected);
  }, 240_000);
});

it("packed @newsparse/corpus-loader exposes the Node-only ./node entry from ESM and CJS", () => {
  const project = join(work, "use-corpus-loader");
  const code = (load: string) => `${load}\nlib.loadCorpus("/no/such/path").then(() => console.log("null"), (e) => console.log(JSON.stringify({ code: e.code, typed: lib.CorpusLoaderError.isInstance(e) })));\n`;
  writeFileSync(join(project, "node.mjs"), code(`import * as lib from "@newsparse/corpus-loader/node";`));
  writeFileSync(join(project, "node.cjs"), code(`const lib = require("@newsparse/corpus-loader/node");`));
  for (const file of ["node.mjs", "node.cjs"]) expect(JSON.parse(run("node", [file], project))).toEqual({ code: "ENOENT", typed: true });
});
