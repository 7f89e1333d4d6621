/**
 * Fenced code blocks of the project's Markdown (README.md, packages/*\/README.md,
 * docs/**\/*.md), classified for the docs-examples test.
 *
 * A ```ts / ```js block (also `typescript`, `javascript`, `mts`, `mjs`) is an
 * example that must type-check and run against the packed packages, unless it is
 * marked: `no-run` in its info string (```ts no-run) or an HTML comment
 * `<!-- no-run -->` on the line before it, for type signatures and fragments; or
 * `typecheck-only` (```ts typecheck-only / `<!-- typecheck-only -->`), for an
 * example that needs what a test cannot give it (a folder of articles, a
 * server) but must still compile. A block whose info string contains `output`
 * right after an example is that example's expected standard output. Blocks in
 * other languages (sh, json, text …) are not code examples.
 */
import { existsSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";

/** How the docs-examples test treats a block. */
export type BlockMode = "run" | "typecheck-only" | "no-run";

/** One TypeScript or JavaScript example in the Markdown. */
export interface CodeBlock {
  /** The Markdown file, relative to the repository root. */
  file: string;
  /** The 1-based line of the opening fence. */
  line: number;
  /** `ts` or `js`. */
  language: "ts" | "js";
  /** The code. */
  code: string;
  mode: BlockMode;
  /** The expected standard output, from an `output` block right after this one. */
  expectedOutput?: string;
}

const languages: Record<string, "ts" | "js"> = { ts: "ts", typescript: "ts", mts: "ts", js: "js", javascript: "js", mjs: "js" };

/**
 * The Markdown files whose examples are tested: the root README, each package's
 * README and everything under `docs/` except the generated API site.
 *
 * @param root - The repository root.
 * @returns Paths relative to `root`, sorted.
 */
export function markdownFiles(root: string): string[] {
  const files: string[] = [];
  if (existsSync(join(root, "README.md"))) files.push("README.md");
  for (const name of readdirSync(join(root, "packages")).sort()) {
    if (existsSync(join(root, "packages", name, "README.md"))) files.push(`packages/${name}/README.md`);
  }
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (relative(root, path) !== join("docs", "api")) walk(path);
      } else if (entry.name.endsWith(".md")) files.push(relative(root, path));
    }
  };
  if (existsSync(join(root, "docs"))) walk(join(root, "docs"));
  return files;
}

const markerComment = /^\s*<!--\s*(no-run|typecheck-only)\s*-->\s*$/;

/**
 * The code examples of one Markdown text.
 *
 * @param file - Its path, for messages.
 * @param text - The Markdown.
 * @returns Its TypeScript and JavaScript blocks, in order.
 */
export function codeBlocks(file: string, text: string): CodeBlock[] {
  const lines = text.split(/\r?\n/);
  const blocks: CodeBlock[] = [];
  let previous: CodeBlock | undefined;
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([^`]*)$/.exec(lines[i]!);
    if (!open) {
      if (lines[i]!.trim() !== "" && !markerComment.test(lines[i]!)) previous = undefined;
      continue;
    }
    const fence = open[2]!;
    const info = open[3]!.trim().split(/\s+/).filter(Boolean);
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const close = /^\s*(`{3,}|~{3,})\s*$/.exec(lines[j]!);
      if (close && close[1]![0] === fence[0] && close[1]!.length >= fence.length) break;
      body.push(lines[j]!.startsWith(open[1]!) ? lines[j]!.slice(open[1]!.length) : lines[j]!);
    }
    const code = body.join("\n");
    const language = languages[(info[0] ?? "").toLowerCase()];
    if (info.includes("output") && previous) {
      previous.expectedOutput = code;
      previous = undefined;
    } else if (language) {
      const comment = i > 0 ? markerComment.exec(lines[i - 1]!)?.[1] : undefined;
      const mode: BlockMode = info.includes("no-run") || comment === "no-run" ? "no-run" : info.includes("typecheck-only") || comment === "typecheck-only" ? "typecheck-only" : "run";
      previous = { file, line: i + 1, language, code, mode };
      blocks.push(previous);
    } else previous = undefined;
    i = j;
  }
  return blocks;
}
