import { z } from "zod";
import { Message } from "./message.js";
import { Span } from "./span.js";

/** A range of the text left out of analysis, with why. Never deleted from `text`. */
export const ExcludedRange = Span.extend({
  reason: z.string().describe("Why the range is excluded, e.g. `newsletter call to action`."),
  ruleId: z.string().describe("Id of the boilerplate rule that matched, e.g. `newsletter-cta`."),
}).meta({ id: "ExcludedRange" });

/** A range of the text excluded from analysis. */
export type ExcludedRange = z.infer<typeof ExcludedRange>;

/**
 * One article: the original text, unchanged, plus metadata and structure.
 * Every offset anywhere in newsparse counts UTF-16 code units into `text`.
 */
export const Document = z
  .object({
    id: z.string().min(1).describe("Stable id: for `000_fbe54c2202b345c3.txt`, `fbe54c2202b345c3`."),
    seq: z.number().int().nullable().describe("Sequence number from the file name or record, or null."),
    source: z.string().nullable().describe("File name or path (or record locator) the text came from."),
    title: z.string().nullable().describe("Detected or given headline, or null."),
    titleSpan: Span.nullable().optional().describe("Where the title sits in `text`, when it was found there."),
    publishedAt: z.string().nullable().describe("Publication date as an ISO date (YYYY-MM-DD) or datetime, or null."),
    outlet: z.string().nullable().optional(),
    url: z.string().nullable().optional(),
    authors: z.array(z.string()).optional(),
    text: z.string().describe("The decoded original text, unchanged."),
    excluded: z.array(ExcludedRange).describe("Boilerplate and noise, marked, never deleted."),
    paragraphs: z.array(Span),
    sentences: z.array(Span).describe("Sentences over kept (non-excluded) text only."),
    meta: z.record(z.string(), z.unknown()).optional().describe("Any further metadata."),
    messages: z.array(Message).optional().describe("Diagnostics about this document."),
  })
  .meta({ id: "Document", description: "A loaded article with metadata and structure." });

/** A loaded article with metadata and structure. */
export type Document = z.infer<typeof Document>;
