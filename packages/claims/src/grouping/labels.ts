import type { Document } from "@newsparse/corpus-loader";

/**
 * How a conflict names a source: `Outlet (docId)`, or the id alone.
 *
 * @param docId - The document id.
 * @param documents - Documents by id.
 * @returns A label for people.
 */
export function sourceLabel(docId: string, documents: ReadonlyMap<string, Document>): string {
  const d = documents.get(docId);
  return d?.outlet ? `${d.outlet} (${docId})` : docId;
}

/**
 * Text in curly quotes, its whitespace runs made single spaces.
 *
 * @param s - Text as written.
 * @returns The quoted text.
 */
export function quoted(s: string): string {
  return `“${s.replace(/\s+/g, " ")}”`;
}
