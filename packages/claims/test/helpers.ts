import { readFileSync, readdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseDocument, type Document } from "@newsparse/corpus-loader";
import { expect } from "vitest";
import { extractClaims } from "../src/extract-claims.js";
import { groupClaims, type ClaimGrouping } from "../src/group-claims.js";
import { Claim } from "../src/schema.js";

const here = dirname(fileURLToPath(import.meta.url));
/** The bundled seed corpus directory. */
export const seedDir = resolve(here, "../../../examples/corpus/niger-2024");

/** Load the five seed articles as Documents with ids `000`…`004`. */
export function loadSeeds(): Document[] {
  const manifest = JSON.parse(readFileSync(resolve(seedDir, "manifest.json"), "utf8")) as { documents: Array<{ file: string; publishedAt: string; outlet?: string }> };
  const files = readdirSync(seedDir).filter((f) => f.endsWith(".txt")).sort();
  return files.map((f) => {
    const meta = manifest.documents.find((d) => d.file === f);
    return parseDocument(readFileSync(resolve(seedDir, f), "utf8"), { id: f.slice(0, 3), publishedAt: meta?.publishedAt ?? null, outlet: meta?.outlet ?? null });
  });
}

/** Assert every claim is schema-valid and its offsets slice to its text. */
export function expectValidClaims(claims: readonly Claim[], texts: ReadonlyMap<string, string> | string): void {
  for (const c of claims) {
    expect(Claim.safeParse(c).success).toBe(true);
    const text = typeof texts === "string" ? texts : texts.get(c.docId)!;
    expect(text.slice(c.start, c.end)).toBe(c.text);
    if (c.speaker?.start !== undefined) expect(text.slice(c.speaker.start, c.speaker.end)).toBe(c.speaker.text);
    if (c.speaker?.mention) expect(text.slice(c.speaker.mention.start, c.speaker.mention.end)).toBe(c.speaker.mention.text);
    if (c.cue) expect(text.slice(c.cue.start, c.cue.end)).toBe(c.cue.text);
  }
}

/** The claims of one kind that `extractClaims` finds in a text, after checking every claim's offsets. */
export function claimsOfKind(text: string, kind: Claim["kind"]): Claim[] {
  const { claims } = extractClaims(text);
  expectValidClaims(claims, text);
  return claims.filter((c) => c.kind === kind);
}

/** One document per text (ids `d0`, `d1`, …, optional publication dates), their claims extracted and grouped across documents. */
export function groupTexts(texts: readonly string[], dates?: readonly (string | undefined)[]): ClaimGrouping {
  const documents = texts.map((t, i) => parseDocument(t, { id: `d${i}`, publishedAt: dates?.[i] }));
  const { claims } = extractClaims(documents);
  return groupClaims(claims, { documents });
}

/** The evidence texts of every group that spans more than one document, for {@link groupTexts}' input. */
export function crossGroupTexts(texts: readonly string[]): string[][] {
  return groupTexts(texts)
    .groups.filter((g) => g.docIds.length > 1)
    .map((g) => g.evidence.map((e) => e.text));
}
