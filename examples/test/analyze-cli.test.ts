import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Writable } from "node:stream";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { createProgress, resolveFromCaller } from "../src/cli/progress.js";

const root = resolve(import.meta.dirname, "../..");
const work = mkdtempSync(join(tmpdir(), "newsparse-cli-"));
const run = promisify(execFile);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("pnpm analyze from another directory", () => {
  it("resolves PATH and --out against the caller's directory, writes the HTML report, and prints plain progress lines when stderr is not a terminal", async () => {
    const corpus = join(work, "my corpus");
    mkdirSync(corpus);
    const seeds = join(root, "examples/corpus/niger-2024");
    for (const f of readdirSync(seeds).filter((x) => x.endsWith(".txt"))) copyFileSync(join(seeds, f), join(corpus, f));
    writeFileSync(join(corpus, "005_extra.txt"), "Niger talks\n\nOfficials met in Niamey on 2 May 2024, Reuters reported.\n");
    const { stdout, stderr } = await run("pnpm", ["--silent", "--dir", root, "analyze", "./my corpus", "--format", "html", "--out", "out/report.html"], {
      cwd: work,
      encoding: "utf8",
      env: { ...process.env, npm_lifecycle_event: undefined, INIT_CWD: undefined, FORCE_COLOR: "0" },
    }).catch((error: { stdout: string; stderr: string; message: string }) => {
      throw new Error(`${error.message}\n${error.stderr}`);
    });
    expect(stdout).toBe("");
    const html = readFileSync(join(work, "out/report.html"), "utf8");
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain("Officials met in Niamey");
    const lines = stderr.trim().split("\n");
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(line).toMatch(/^analyze: [^\r\u001b]*$/);
    expect(lines).toContain("analyze: loaded 6 documents");
    expect(lines).toContain("analyze: entities…");
    expect(lines.at(-1)).toMatch(/^analyze: done in \d+\.\d s, wrote .*out\/report\.html$/);
  }, 180_000);
});

describe.sequential("progress", () => {
  it("draws a bar with counts and time left on a terminal", async () => {
    let written = "";
    const stream = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        written += chunk.toString();
        callback();
      },
    }) as unknown as NodeJS.WriteStream;
    Object.assign(stream, { isTTY: true, columns: 120, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
    const progress = createProgress({ stream, tty: true });
    for (let i = 1; i <= 50; i++) progress.loaded(i, 50);
    await new Promise((r) => setTimeout(r, 150));
    progress.stage("entities", 0, 4);
    progress.stop();
    expect(written).toMatch(/analyze loading \[[^\]]+\] \d+\/50 documents \| [^|]+ elapsed \| [^|]+ left/);
    expect(written).toContain("analysing: entities");
    expect(progress.announced).toBe(true);
  });

  it("stays quiet for five documents or fewer", () => {
    let written = "";
    const stream = { isTTY: false, write: (s: string) => ((written += s), true) } as unknown as NodeJS.WriteStream;
    const progress = createProgress({ stream });
    for (let i = 1; i <= 5; i++) progress.loaded(i, 5);
    expect(written).toBe("");
    expect(progress.announced).toBe(false);
  });

  it("resolves relative paths against INIT_CWD only under the analyze script", () => {
    expect(resolveFromCaller("x/y", { npm_lifecycle_event: "analyze", INIT_CWD: "/caller" })).toBe("/caller/x/y");
    expect(resolveFromCaller("/abs", { npm_lifecycle_event: "analyze", INIT_CWD: "/caller" })).toBe("/abs");
    expect(resolveFromCaller("x", { npm_lifecycle_event: "test", INIT_CWD: "/caller" })).toBe(resolve(process.cwd(), "x"));
  });
});
