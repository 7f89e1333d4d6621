import * as z from "zod";
import { Document, Message } from "@newsparse/corpus-loader";
import { Entity, Mention } from "@newsparse/entity-extract";
import { Claim, ClaimGroup, Conflict } from "@newsparse/claims";
import { Timex, TimelineEntry } from "@newsparse/timeline";
import { Generator } from "../corpus-analysis.js";

/** First line of an NDJSON analysis. */
export const HeaderRecord = z.object({
  type: z.literal("header"),
  format: z.literal("newsparse-analysis-ndjson"),
  version: z.literal(1),
  generator: Generator,
});

/**
 * One line per document, written as soon as its per-document stages are done:
 * the document and what was found in it alone. `mentions` have no `entityId`
 * yet and claim speakers are not yet linked to entities; the cross-document
 * lines that follow give the final entities and claims.
 */
export const DocumentRecord = z.object({
  type: z.literal("document"),
  document: Document,
  mentions: z.array(Mention),
  claims: z.array(Claim),
  timexes: z.array(Timex).describe("Timexes against the document's own publishedAt; the final `timex` lines also cover undated documents."),
});

/** One cross-document result per line, after every document line. */
export const ResultRecord = z.discriminatedUnion("type", [
  z.object({ type: z.literal("entity"), entity: Entity }),
  z.object({ type: z.literal("claim"), claim: Claim }),
  z.object({ type: z.literal("claimGroup"), claimGroup: ClaimGroup }),
  z.object({ type: z.literal("conflict"), conflict: Conflict }),
  z.object({ type: z.literal("timex"), timex: Timex.extend({ docId: z.string() }) }),
  z.object({ type: z.literal("timelineEntry"), timelineEntry: TimelineEntry }),
  z.object({ type: z.literal("message"), message: Message }),
]);

/** Last line: counts, so a reader can tell a complete file from a cut one. */
export const EndRecord = z.object({
  type: z.literal("end"),
  documents: z.number().int(),
  entities: z.number().int(),
  claims: z.number().int(),
  timexes: z.number().int(),
  timelineEntries: z.number().int(),
  messages: z.number().int(),
});

/**
 * A line of `pnpm analyze --format ndjson`: a header, one `document` line per
 * document (in the order they were loaded), then one line per entity, claim,
 * claim group, conflict, timex, timeline entry and message, then `end`.
 */
export const AnalysisRecord = z
  .union([HeaderRecord, DocumentRecord, ResultRecord, EndRecord])
  .meta({ id: "AnalysisRecord", description: "One line of the NDJSON form of a CorpusAnalysis." });

/** A line of the NDJSON analysis. */
export type AnalysisRecord = z.infer<typeof AnalysisRecord>;
/** The `document` line. */
export type DocumentRecord = z.infer<typeof DocumentRecord>;
/** The `end` line. */
export type EndRecord = z.infer<typeof EndRecord>;
