import * as z from "zod";
import { Message } from "./message.js";
import { Span } from "./span.js";

/** A range of the text left out of analysis, with why. Never deleted from `text`. */
export const ExcludedRange = Span.extend({
  reason: z.string().describe("Why the range is excluded, e.g. `newsletter call to action`."),
  ruleId: z.string().describe("Id of the boilerplate rule that matched, e.g. `newsletter-cta`."),
}).meta({ id: "ExcludedRange" });

/** A range of the text excluded from analysis. */
export type ExcludedRange = z.infer<typeof ExcludedRange>;

/** Which earlier document this one duplicates, and how closely. */
export const DuplicateInfo = z
  .object({
    id: z.string().describe("Id of the earlier (kept-as-original) document."),
    kind: z.enum(["exact", "near"]).describe("`exact`: same text; `near`: estimated Jaccard similarity of shingles above the threshold."),
    similarity: z.number().min(0).max(1).describe("Estimated Jaccard similarity (1 for exact)."),
  })
  .meta({ id: "DuplicateInfo", description: "Duplicate flag on a document." });

/** Duplicate flag on a document. */
export type DuplicateInfo = z.infer<typeof DuplicateInfo>;

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
    authors: z.array(z.string()).optional().describe("Authors: given in metadata, or recovered from excluded bylines."),
    contributors: z.array(z.string()).optional().describe("Contributors named in excluded contributor lines."),
    dateline: z.string().nullable().optional().describe("Place from an excluded dateline or `reported from` line."),
    format: z
      .enum(["text", "markdown", "html", "json", "jsonl", "csv", "tsv", "concatenated", "record"])
      .optional()
      .describe("Format the document came from; for `html`, `text` is the extracted main text."),
    encoding: z.string().optional().describe("Encoding the bytes were decoded from, e.g. `utf-8`, `utf-16le`."),
    duplicateOf: DuplicateInfo.nullable().optional().describe("Set when this document duplicates an earlier one (kept, but flagged)."),
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
