import type { Document } from "@newsparse/corpus-loader";
import { extractEntities } from "@newsparse/entity-extract";
import { extractClaims, groupClaims } from "@newsparse/claims";
import { buildTimeline } from "@newsparse/timeline";
import { assembleAnalysis } from "./assemble-analysis.js";
import type { CorpusAnalysis } from "./corpus-analysis.js";

/** Options of {@link analyzeCorpus}. */
export interface AnalyzeCorpusOptions {
  /** Called when a stage starts, for progress output. */
  onStage?: (stage: string) => void;
}

/**
 * Run the whole pipeline (entities, claims, timeline) over loaded documents.
 *
 * @param documents - Documents from `loadCorpus` or `parseDocument`.
 * @param options - Progress hook.
 * @returns The full analysis.
 */
export function analyzeCorpus(documents: readonly Document[], options: AnalyzeCorpusOptions = {}): CorpusAnalysis {
  options.onStage?.("entities");
  const entityResult = extractEntities(documents);
  options.onStage?.("claims");
  const claimResult = extractClaims(documents, { entities: entityResult.entities });
  const grouping = groupClaims(claimResult.claims, { documents, entities: entityResult.entities });
  options.onStage?.("timeline");
  const timelineResult = buildTimeline(documents, { entities: entityResult.entities });
  return assembleAnalysis({
    documents,
    entities: entityResult.entities,
    claims: claimResult.claims,
    grouping,
    timeline: timelineResult,
    stageMessages: [entityResult.messages, claimResult.messages, grouping.messages, timelineResult.messages],
  });
}
