/** The Markdown reader of the docs-examples test: which blocks run, which are marked, which output belongs to which example. */
import { describe, expect, it } from "vitest";
import { codeBlocks } from "./support/markdown-code-blocks.js";

const md = [
  "# Title", // 1
  "", // 2
  "```ts", // 3
  'console.log("a");', // 4
  "```", // 5
  "", // 6
  "```text output", // 7
  "a", // 8
  "```", // 9
  "", // 10
  "```ts no-run", // 11
  "function f(x: number): string;", // 12
  "```", // 13
  "<!-- typecheck-only -->", // 14
  "```js", // 15
  'await fetch("https://example.org");', // 16
  "```", // 17
  "<!-- no-run -->", // 18
  "````typescript", // 19
  "```", // 20
  "inside", // 21
  "````", // 22
  "```sh", // 23
  "npm run demo", // 24
  "```", // 25
  "```ts", // 26
  "let x = 1;", // 27
  "```", // 28
  "Some text.", // 29
  "```text output", // 30
  "not x's output: text came between", // 31
  "```", // 32
].join("\n");

describe("codeBlocks", () => {
  const blocks = codeBlocks("doc.md", md);

  it("finds every ts/js block with its line, language and mode, and no shell block", () => {
    expect(blocks.map((b) => [b.line, b.language, b.mode])).toEqual([
      [3, "ts", "run"],
      [11, "ts", "no-run"],
      [15, "js", "typecheck-only"],
      [19, "ts", "no-run"],
      [26, "ts", "run"],
    ]);
  });

  it("attaches an output block only when it follows the example directly", () => {
    expect(blocks[0]!.expectedOutput).toBe("a");
    expect(blocks[4]!.expectedOutput).toBeUndefined();
  });

  it("reads a longer fence whole, with shorter fences inside", () => {
    expect(blocks[3]!.code).toBe("```\ninside");
  });
});
