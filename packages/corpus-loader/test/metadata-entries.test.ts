import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateMetadata } from "../src/index.js";
import { loadCorpus } from "../src/node.js";

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "corpus-loader-meta-"));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function folder(name: string, files: Record<string, string>): Promise<string> {
  const dir = join(root, name);
  await mkdir(dir, { recursive: true });
  for (const [file, content] of Object.entries(files)) await writeFile(join(dir, file), content);
  return dir;
}

describe("manifest entries are validated one by one", () => {
  it("keeps every good entry when one has null, a bad field or no file", async () => {
    const dir = await folder("manifest", {
      "a.txt": "Alpha text. It has words.",
      "b.txt": "Beta text. It has words too.",
      "c.txt": "Gamma text. More words here.",
      "d.txt": "Delta text. Even more words.",
      "manifest.json": JSON.stringify({
        documents: [
          { file: "a.txt", publishedAt: "2024-05-15", outlet: "Alpha News" },
          { file: "b.txt", publishedAt: null, outlet: "Beta Post" },
          { file: "c.txt", publishedAt: "2024-05-16", outlet: 42 },
          { publishedAt: "2024-05-17" },
          { file: "d.txt", publishedAt: "next Tuesday", outlet: "Delta" },
        ],
      }),
    });
    const { documents, messages } = await loadCorpus(dir);
    const by = new Map(documents.map((d) => [d.source, d]));
    expect(by.get("a.txt")).toMatchObject({ publishedAt: "2024-05-15", outlet: "Alpha News" });
    // null = unknown: no message, the outlet still applies
    expect(by.get("b.txt")).toMatchObject({ publishedAt: null, outlet: "Beta Post" });
    // a bad field drops only that field
    expect(by.get("c.txt")?.publishedAt).toBe("2024-05-16");
    expect(by.get("c.txt")?.outlet ?? null).toBeNull();
    expect(by.get("d.txt")).toMatchObject({ publishedAt: null, outlet: "Delta" });
    const reasons = messages.filter((m) => m.file?.endsWith("manifest.json")).map((m) => m.reason);
    expect(reasons).toHaveLength(3);
    expect(reasons.some((r) => r.includes("entry 2 (c.txt)") && r.includes("`outlet`"))).toBe(true);
    expect(reasons.some((r) => r.includes("entry 3") && r.includes("`file`") && r.includes("missing"))).toBe(true);
    expect(reasons.some((r) => r.includes("entry 4 (d.txt)") && r.includes("`publishedAt`") && r.includes("next Tuesday"))).toBe(true);
    expect(messages.some((m) => m.reason.includes("b.txt"))).toBe(false);
  });

  it("a bad sidecar field keeps the manifest's value and the sidecar's other fields", async () => {
    const dir = await folder("sidecar", {
      "a.txt": "Alpha text. It has words.",
      "a.meta.json": JSON.stringify({ publishedAt: "soon", outlet: "Side", title: null }),
      "manifest.json": JSON.stringify({ documents: [{ file: "a.txt", publishedAt: "2024-05-15", outlet: "Manifest" }] }),
    });
    const { documents, messages } = await loadCorpus(dir);
    expect(documents[0]).toMatchObject({ publishedAt: "2024-05-15", outlet: "Side" });
    const m = messages.find((x) => x.ruleId === "invalid-date");
    expect(m?.file).toBe("a.meta.json");
    expect(m?.reason).toContain("`publishedAt`");
  });

  it("front matter: null means unknown, a bad field is named", async () => {
    const dir = await folder("fm", { "a.md": "---\ntitle: null\npublishedAt: 2024-05-15\nauthors: 12\n---\nBody text. More words.\n" });
    const { documents, messages } = await loadCorpus(dir);
    expect(documents[0]?.publishedAt).toBe("2024-05-15");
    const m = messages.find((x) => x.ruleId === "invalid-metadata");
    expect(m?.reason).toMatch(/a\.md front matter: field `authors`/);
  });

  it("validateMetadata names the origin, field and reason", () => {
    const r = validateMetadata({ file: "x.txt", seq: "one", title: null }, { file: "manifest.json", entry: "entry 7 (x.txt)" });
    expect(r.data).toEqual({ file: "x.txt" });
    expect(r.messages).toHaveLength(1);
    expect(r.messages[0]?.reason).toMatch(/^manifest\.json entry 7 \(x\.txt\): field `seq` ignored/);
    expect(validateMetadata([1], { file: "a.meta.json" }).messages[0]?.reason).toContain("expected an object");
  });
});
