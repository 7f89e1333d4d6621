import { parseDocument, type Document } from "@newsparse/corpus-loader";
import { InvalidClaimsInputError } from "../errors.js";

function isDocument(x: unknown): x is Document {
  return typeof x === "object" && x !== null && typeof (x as Document).text === "string" && typeof (x as Document).id === "string";
}

/**
 * The documents of an extractor's input: a string becomes one document `doc`.
 *
 * @param input - A string, a Document or an array of Documents.
 * @returns The documents, in input order.
 * @throws {@link InvalidClaimsInputError} when the input (or an item of it) is none of those.
 */
export function toDocuments(input: unknown): Document[] {
  if (typeof input === "string") return [parseDocument(input, { id: "doc" })];
  if (Array.isArray(input)) {
    const out: Document[] = [];
    input.forEach((d, i) => {
      if (!isDocument(d)) throw new InvalidClaimsInputError(`Input item ${i} is not a Document (expected an object with string \`id\` and \`text\`).`);
      out.push(d);
    });
    return out;
  }
  if (isDocument(input)) return [input];
  throw new InvalidClaimsInputError("Input must be a string, a Document or an array of Documents.");
}

/**
 * A document with usable structure arrays (robust to partial objects).
 *
 * @param d - A document, perhaps without `paragraphs` or `excluded`.
 * @returns The document, or a copy with empty arrays where they were missing.
 */
export function normalizeDocument(d: Document): Document {
  if (Array.isArray(d.paragraphs) && Array.isArray(d.excluded)) return d;
  return { ...d, paragraphs: Array.isArray(d.paragraphs) ? d.paragraphs : [], excluded: Array.isArray(d.excluded) ? d.excluded : [] };
}
