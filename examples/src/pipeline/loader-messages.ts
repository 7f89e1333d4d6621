import type { Message } from "@newsparse/corpus-loader";

/**
 * The loader messages that are not already on a document: `analyze` puts
 * document-level loader messages once, with the document's own messages, and
 * the rest (file problems, duplicates) first. Compared by content, so it also
 * holds for documents that went through Redis.
 *
 * @param loaderMessages - Every message the loader reported.
 * @param documentMessageKeys - `JSON.stringify` of every message found on a document.
 * @returns The loader messages to list before the analysis' own.
 */
export function loaderOnlyMessages(loaderMessages: readonly Message[], documentMessageKeys: ReadonlySet<string>): Message[] {
  return loaderMessages.filter((m) => !documentMessageKeys.has(JSON.stringify(m)));
}
