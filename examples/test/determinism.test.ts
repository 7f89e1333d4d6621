/**
 * Same corpus, same output: the analyze command gives the same JSON and
 * Markdown, byte for byte, whatever the order in which the files were created,
 * the machine's locale and its time zone.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
const tsx = join(root, "node_modules/.bin/tsx");
const cli = join(root, "examples/src/cli/analyze.ts");
// tmpfs lists a folder in reverse creation order (ext4 in hash order), so creation order shows there.
const work = mkdtempSync(join(existsSync("/dev/shm") ? "/dev/shm" : tmpdir(), "newsparse-determinism-"));
const run = promisify(execFile);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const FILES: [string, string][] = [
  ["dupid.md", "---\npublished: Wed, 15 May 2024 23:30:00 GMT\noutlet: Zeta News\n---\nÅsa Öberg met Zoe Adams in Niamey on Monday. \"We will leave,\" Öberg said.\n"],
  ["dupid.txt", "Zoe Adams met Anna Berg in Abuja on Tuesday. Adams said 300 soldiers would leave by August 5, 2024.\n"],
  ["copy.txt", "Åsa Öberg met Zoe Adams in Niamey on Monday. \"We will leave,\" Öberg said.\n"],
  ["Zeta.txt", "Ölander and Zander spoke in Paris on Friday, July 26, 2024. Ölander said talks would resume next week.\n"],
  ["alpha.txt", "Anna Berg said on 20 July 2024 that 1,200 troops had left. Berg spoke in Agadez.\n"],
];

function corpus(name: string, order: [string, string][]): string {
  const dir = join(work, name);
  for (const [file, text] of order) {
    mkdirSync(join(dir, file, ".."), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

async function analyze(dir: string, format: "json" | "md", env: Record<string, string>): Promise<string> {
  const r = await run(tsx, ["--conditions=@newsparse/source", cli, dir, "--format", format], { cwd: root, encoding: "utf8", env: { ...process.env, ...env }, maxBuffer: 64 << 20 });
  // the corpus path is the one thing that differs between the two folders
  return r.stdout.split(dir).join("<corpus>");
}

describe("same corpus, same output", () => {
  it("gives byte-identical JSON and Markdown across creation order, locale and time zone", async () => {
    const forward = corpus("forward", FILES);
    const backward = corpus("backward", [...FILES].reverse());
    const a = { TZ: "UTC", LC_ALL: "en_US.UTF-8", LANG: "en_US.UTF-8" };
    const b = { TZ: "Pacific/Kiritimati", LC_ALL: "sv_SE.UTF-8", LANG: "sv_SE.UTF-8" };
    const [jsonA, jsonB, mdA, mdB] = await Promise.all([analyze(forward, "json", a), analyze(backward, "json", b), analyze(forward, "md", a), analyze(backward, "md", b)]);
    const documents = JSON.parse(jsonA).documents as { id: string; source: string; duplicateOf?: { id: string } }[];
    expect(documents.map((d) => [d.source, d.id, d.duplicateOf?.id ?? null])).toEqual([
      ["alpha.txt", "alpha", null],
      ["copy.txt", "copy", null],
      ["dupid.md", "dupid", "copy"], // read after copy.txt (code-unit order of names)
      ["dupid.txt", "dupid~2", null],
      ["Zeta.txt", "Zeta", null],
    ]);
    expect(jsonB).toBe(jsonA);
    expect(mdB).toBe(mdA);
  }, 180_000);
});

describe("analyze lists each message once", () => {
  it("does not repeat document-level loader messages (duplicate id, invalid UTF-8)", async () => {
    const dir = join(work, "messages");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "same.txt"), "One text here about Niger.");
    writeFileSync(join(dir, "same.md"), "Other text here about Mali.");
    writeFileSync(join(dir, "bad.txt"), Uint8Array.from([0x61, 0xff, 0x62, 0x20, 0x63]));
    const messages = (JSON.parse(await analyze(dir, "json", {})) as { messages: { ruleId: string }[] }).messages;
    const keys = messages.map((m) => JSON.stringify(m));
    expect(new Set(keys).size).toBe(keys.length);
    expect(messages.filter((m) => m.ruleId === "duplicate-id")).toHaveLength(1);
    expect(messages.filter((m) => m.ruleId === "invalid-utf8")).toHaveLength(1);
  }, 120_000);
});
