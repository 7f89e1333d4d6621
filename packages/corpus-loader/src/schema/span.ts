import * as z from "zod";

/**
 * A half-open range `[start, end)` of UTF-16 code units into a document's
 * original `text`, so that `text.slice(start, end)` is the covered text.
 *
 * This is the one offset convention of every newsparse package.
 */
export const Span = z
  .object({
    start: z.number().int().nonnegative().describe("First UTF-16 code unit, inclusive."),
    end: z.number().int().nonnegative().describe("Last UTF-16 code unit, exclusive."),
  })
  .meta({ id: "Span", description: "Half-open UTF-16 range into a document's original text." });

/** A half-open UTF-16 range into a document's original text. */
export type Span = z.infer<typeof Span>;

/**
 * A span located in a given document: the `docId` plus `start`/`end`.
 */
export const DocSpan = Span.extend({
  docId: z.string().describe("Id of the document the offsets count into."),
}).meta({ id: "DocSpan", description: "A span in a named document." });

/** A span located in a named document. */
export type DocSpan = z.infer<typeof DocSpan>;
