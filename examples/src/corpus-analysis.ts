import * as z from "zod";
import { Document, Message } from "@newsparse/corpus-loader";
import { Entity } from "@newsparse/entity-extract";
import { Claim, ClaimGroup, Conflict } from "@newsparse/claims";
import { Timex, TimelineEntry } from "@newsparse/timeline";

/** What produced an analysis: the newsparse packages that ran, with their versions. */
export const Generator = z
  .object({
    name: z.literal("newsparse"),
    version: z.string().describe("The packages' version when they all have the same one; otherwise each `name@version`, in pipeline order, joined by a space."),
    packages: z
      .record(z.string(), z.string())
      .optional()
      .describe("Each package's own version (its exported `VERSION`, generated from its package.json), keyed by package name."),
  })
  .meta({ id: "Generator", description: "What produced an analysis: the newsparse packages that ran, with their versions." });

/** What produced an analysis. */
export type Generator = z.infer<typeof Generator>;

/**
 * The output contract of `pnpm analyze --format json`: everything newsparse
 * found in a corpus, each item with `docId` and UTF-16 offsets into
 * `documents[].text`.
 */
export const CorpusAnalysis = z
  .object({
    generator: Generator.optional(),
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
