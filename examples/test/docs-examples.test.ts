/**
 * Every TypeScript and JavaScript example in README.md, packages/*\/README.md
 * and docs/**\/*.md, extracted from the Markdown (never copied), type-checked
 * with tsc and run with tsx in a fresh project where the four packed packages
 * (the same tarballs as the pack test) and zod are installed, as a user would
 * have them. An `output` block right after an example must equal what it
 * prints. Blocks marked `no-run` or `typecheck-only` are counted and reported
 * (see `support/markdown-code-blocks.ts` for the markers).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codeBlocks, markdownFiles, type CodeBlock } from "./support/markdown-code-blocks.js";
import { packageNames, packedTarballs, root, run } from "./support/packed-packages.js";

const blocks: CodeBlock[] = markdownFiles(root).flatMap((file) => codeBlocks(file, readFileSync(join(root, file), "utf8")));
const checked = blocks.filter((b) => b.mode !== "no-run");
const runnable = blocks.filter((b) => b.mode === "run");
const project = mkdtempSync(join(tmpdir(), "newsparse-docs-"));
const fileOf = (b: CodeBlock) => `${b.file.replace(/[^A-Za-z0-9]+/g, "-")}-L${b.line}.${b.language === "ts" ? "ts" : "mjs"}`;
/** tsc's diagnostics per block file. */
const typeErrors = new Map<string, string[]>();
const ran = { passed: 0, failed: 0 };

beforeAll(async () => {
  const tarballs = await packedTarballs();
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "docs-examples", private: true, version: "1.0.0", type: "module" }));
  run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", ...packageNames.map((n) => tarballs[n]), "zod@4.6.7"], project);
  mkdirSync(join(project, "examples"));
  for (const b of checked) writeFileSync(join(project, "examples", fileOf(b)), `${b.code}\n`);
  const tsFiles = checked.filter((b) => b.language === "ts").map((b) => `examples/${fileOf(b)}`);
  if (tsFiles.length === 0) return;
  writeFileSync(
    join(project, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: { module: "nodenext", moduleResolution: "nodenext", target: "es2022", strict: true, noEmit: true, skipLibCheck: true, moduleDetection: "force", lib: ["es2022", "dom"], typeRoots: [join(root, "node_modules/@types")], types: ["node"] },
      files: tsFiles,
    }),
  );
  try {
    run("node", [join(root, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.json", "--pretty", "false"], project);
  } catch (error) {
    for (const line of String((error as { stdout?: string }).stdout ?? "").split("\n")) {
      const file = /^examples\/([^(]+)\(/.exec(line)?.[1];
      if (file) typeErrors.set(file, [...(typeErrors.get(file) ?? []), line]);
    }
    if (typeErrors.size === 0) throw error;
  }
  // waits for the packing (which may run in the pack test's worker), then installs and type-checks: long on a busy machine
}, 900_000);

afterAll(() => {
  const marked = blocks.length - runnable.length;
  console.log(
    `docs examples: ${blocks.length} ts/js blocks in ${new Set(blocks.map((b) => b.file)).size} Markdown files; ${runnable.length} run (${ran.passed} passed, ${ran.failed} failed), ` +
      `${blocks.filter((b) => b.mode === "typecheck-only").length} marked typecheck-only, ${blocks.filter((b) => b.mode === "no-run").length} marked no-run (${marked} marked in all)`,
  );
  rmSync(project, { recursive: true, force: true });
});

it("finds the examples of the root README and the guides", () => {
  expect(runnable.some((b) => b.file.startsWith("docs/guides/"))).toBe(true);
});

describe.each(checked.map((b) => ({ ...b, where: `${b.file}:${b.line}` })))("$where ($mode)", (b) => {
  it("type-checks", () => {
    expect(typeErrors.get(fileOf(b)) ?? [], `tsc on the block at ${b.where}`).toEqual([]);
  });

  if (b.mode === "run") {
    it("runs against the packed packages" + (b.expectedOutput !== undefined ? " and prints its output block" : ""), () => {
      let stdout: string;
      try {
        stdout = execFileSync(process.execPath, [join(root, "node_modules/tsx/dist/cli.mjs"), join("examples", fileOf(b))], { cwd: project, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 60_000 });
      } catch (error) {
        ran.failed++;
        const { stderr = "", stdout: out = "" } = error as { stderr?: string; stdout?: string };
        throw new Error(`the example at ${b.where} failed:\n${out}\n${stderr}`.slice(0, 4000));
      }
      ran.passed++;
      if (b.expectedOutput !== undefined) expect(normalise(stdout), `output of the example at ${b.where}`).toBe(normalise(b.expectedOutput));
    });
  }
});

function normalise(text: string): string {
  return text
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n")
    .trim();
}
