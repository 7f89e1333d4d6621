import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadCorpus } from "@newsparse/corpus-loader/node";
import type { Document } from "@newsparse/corpus-loader";

const here = path.dirname(fileURLToPath(import.meta.url));
/** The bundled seed corpus folder. */
export const SEED_DIR = path.resolve(here, "../../../examples/corpus/niger-2024");

let cache: Document[] | null = null;

/** The five seed documents, in file order (000 … 004), with manifest dates. */
export async function seedDocuments(): Promise<Document[]> {
  cache ??= (await loadCorpus(SEED_DIR)).documents;
  return cache;
}

/** Seed document by its file sequence number. */
export async function seed(seq: number): Promise<Document> {
  const docs = await seedDocuments();
  const d = docs.find((x) => x.seq === seq);
  if (!d) throw new Error(`no seed ${seq}`);
  return d;
}
