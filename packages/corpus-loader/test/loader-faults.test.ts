/**
 * Loader faults a hostile or careless corpus holds: pipes, symlink loops,
 * unreadable files, folders named like files, pathologically nested HTML, and
 * the same files created in a different order. Each becomes a message naming
 * the file, never a hang, and the rest of the corpus loads.
 */
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../src/node.js";

let root: string;
beforeAll(() => {
  // tmpfs lists a folder in reverse creation order, so creation order shows there.
  root = mkdtempSync(join(existsSync("/dev/shm") ? "/dev/shm" : tmpdir(), "corpus-loader-faults-"));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const GOOD = "The minister spoke in Niamey on Monday. Soldiers left.";

function folder(name: string): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "good.txt"), GOOD);
  return dir;
}

function hasMkfifo(): boolean {
  try {
    execFileSync("mkfifo", ["--version"], { stdio: "ignore" });
    return process.platform !== "win32";
  } catch {
    return false;
  }
}

describe("loader faults", () => {
  it.skipIf(!hasMkfifo())("reports a FIFO and a .txt symlink to it instead of waiting for a writer", async () => {
    const dir = folder("fifo");
    execFileSync("mkfifo", [join(dir, "pipe.txt")]);
    symlinkSync(join(dir, "pipe.txt"), join(dir, "link.txt"));
    const { documents, messages } = await loadCorpus(dir);
    expect(documents.map((d) => d.source)).toEqual(["good.txt"]);
    expect(messages.filter((m) => m.ruleId === "not-a-regular-file").map((m) => m.file).sort()).toEqual(["link.txt", "pipe.txt"]);
    expect(messages.find((m) => m.file === "link.txt")!.reason).toContain("named pipe");
  });

  it.skipIf(!hasMkfifo())("reports a FIFO given as the input path", async () => {
    const dir = folder("fifo-input");
    execFileSync("mkfifo", [join(dir, "only.txt")]);
    const { documents, messages } = await loadCorpus(join(dir, "only.txt"));
    expect(documents).toEqual([]);
    expect(messages.map((m) => m.ruleId)).toEqual(["not-a-regular-file"]);
  });

  it("reports a symlink loop as unreadable", async () => {
    const dir = folder("loop");
    symlinkSync(join(dir, "b.txt"), join(dir, "a.txt"));
    symlinkSync(join(dir, "a.txt"), join(dir, "b.txt"));
    const { documents, messages } = await loadCorpus(dir);
    expect(documents.map((d) => d.source)).toEqual(["good.txt"]);
    expect(messages.filter((m) => m.ruleId === "unreadable-file").map((m) => m.file)).toEqual(["a.txt", "b.txt"]);
  });

  it("reports a symlink to a folder as not a regular file (no descent, no loop)", async () => {
    const dir = folder("dirlink");
    symlinkSync(dir, join(dir, "self.txt"));
    const { documents, messages } = await loadCorpus(dir, { recursive: true });
    expect(documents.map((d) => d.source)).toEqual(["good.txt"]);
    expect(messages.map((m) => [m.ruleId, m.file])).toEqual([["not-a-regular-file", "self.txt"]]);
  });

  const root0 = typeof process.getuid === "function" && process.getuid() === 0;
  it.skipIf(root0)("reports an unreadable file (skipped as root, who can read anything)", async () => {
    const dir = folder("unreadable");
    writeFileSync(join(dir, "secret.txt"), GOOD);
    chmodSync(join(dir, "secret.txt"), 0o000);
    const { documents, messages } = await loadCorpus(dir);
    expect(documents.map((d) => d.source)).toEqual(["good.txt"]);
    expect(messages.map((m) => [m.ruleId, m.file])).toEqual([["unreadable-file", "secret.txt"]]);
  });

  it("reports a folder named like a file when not recursive, and reads into it when recursive", async () => {
    const dir = folder("named-like-file");
    mkdirSync(join(dir, "story.txt"));
    writeFileSync(join(dir, "story.txt", "inner.txt"), GOOD.replace("minister", "president"));
    mkdirSync(join(dir, "plain-folder"));
    const flat = await loadCorpus(dir);
    expect(flat.documents.map((d) => d.source)).toEqual(["good.txt"]);
    expect(flat.messages.map((m) => [m.ruleId, m.file])).toEqual([["folder-not-read", "story.txt"]]);
    const deep = await loadCorpus(dir, { recursive: true });
    expect(deep.documents.map((d) => d.source)).toEqual(["good.txt", "story.txt/inner.txt"]);
  });

  it("reads 2,500 nested <div>s without Readability, with a message", async () => {
    const dir = folder("deep-html");
    writeFileSync(join(dir, "deep.html"), `<html><body>${"<div>".repeat(2500)}<p>The minister spoke in Niamey on Monday.</p>${"</div>".repeat(2500)}</body></html>`);
    const { documents, messages } = await loadCorpus(join(dir, "deep.html"));
    expect(documents).toHaveLength(1);
    expect(documents[0]!.text).toBe("The minister spoke in Niamey on Monday.");
    expect(messages.map((m) => [m.ruleId, m.file])).toEqual([["html-too-deep", "deep.html"]]);
  });
});

describe("same files, same ids, whatever the creation order", () => {
  const files: [string, string][] = [
    ["a/dupid.txt", "The minister spoke in Niamey on Monday. Soldiers left."],
    ["b/dupid.txt", "The president spoke in Abuja on Tuesday. Troops arrived."],
    ["c/copy.txt", "The minister spoke in Niamey on Monday. Soldiers left."],
    ["c/Zeta.txt", "Zeta text here."],
    ["c/alpha.txt", "Alpha text here."],
  ];
  async function load(order: [string, string][], name: string) {
    const dir = join(root, name);
    for (const [file, text] of order) {
      mkdirSync(join(dir, file, ".."), { recursive: true });
      writeFileSync(join(dir, file), text);
    }
    return loadCorpus(dir, { recursive: true });
  }

  it("gives the same ids, duplicate flags, order and messages", async () => {
    const forward = await load(files, "order-forward");
    const backward = await load([...files].reverse(), "order-backward");
    expect(JSON.stringify(backward)).toBe(JSON.stringify(forward));
    // files are read in code-unit order of their paths: the first dupid.txt keeps the id, the second is
    // renamed, and the copy points at the first; documents are then listed in the loader's natural order
    expect(forward.documents.map((d) => [d.source, d.id, d.duplicateOf?.id ?? null])).toEqual([
      ["a/dupid.txt", "dupid", null],
      ["b/dupid.txt", "dupid~2", null],
      ["c/alpha.txt", "alpha", null],
      ["c/copy.txt", "copy", "dupid"],
      ["c/Zeta.txt", "Zeta", null],
    ]);
  });
});
