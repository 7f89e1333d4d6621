import * as z from "zod";
import { Document, Message } from "@newsparse/corpus-loader";
import { Entity } from "@newsparse/entity-extract";
import { Claim, ClaimGroup, Conflict } from "@newsparse/claims";
import { Timex, TimelineEntry } from "@newsparse/timeline";

/**
 * The output contract of `pnpm analyze --format json`: everything newsparse
 * found in a corpus, each item with `docId` and UTF-16 offsets into
 * `documents[].text`.
 */
export const CorpusAnalysis = z
  .object({
    generator: z.object({ name: z.literal("newsparse"), version: z.string() }).optional(),
    documents: z.array(Document),
    entities: z.array(Entity),
    claims: z.array(Claim),
    conflicts: z.array(Conflict),
    claimGroups: z.array(ClaimGroup).optional().describe("Every cross-source group of claims, agreeing or conflicting."),
    timexes: z.array(Timex.extend({ docId: z.string() })),
    timeline: z.array(TimelineEntry),
    messages: z.array(Message),
  })
  .meta({ id: "CorpusAnalysis", description: "Entities, claims, conflicts, timexes and timeline of a corpus." });

/** The output of `pnpm analyze --format json`. */
export type CorpusAnalysis = z.infer<typeof CorpusAnalysis>;
