import type { Document } from "@newsparse/corpus-loader";
import { extractEntities } from "@newsparse/entity-extract";
import { extractClaims, groupClaims } from "@newsparse/claims";
import { buildTimeline } from "@newsparse/timeline";
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
  return {
    generator: { name: "newsparse", version: "0.0.0" },
    documents: [...documents],
    entities: entityResult.entities,
    claims: claimResult.claims,
    // date conflicts come from the timeline (claims leaves the `date` kind to it)
    conflicts: [...grouping.conflicts, ...timelineResult.conflicts.map((c) => ({ id: `timeline-${c.id}`, about: c.about, kind: "date" as const, claimIds: [], evidence: c.evidence.map(({ docId, start, end }) => ({ docId, start, end })) }))],
    claimGroups: grouping.groups,
    timexes: timelineResult.timexes.map((t) => ({ ...t, docId: t.docId ?? missingDocId(t.text) })),
    timeline: timelineResult.timeline,
    messages: [
      ...documents.flatMap((d) => d.messages ?? []),
      ...entityResult.messages,
      ...claimResult.messages,
      ...grouping.messages,
      ...timelineResult.messages,
    ],
  };
}

/** buildTimeline tags documents, so every timex has a docId; anything else is a bug to surface, not to hide. */
function missingDocId(text: string): never {
  throw new Error(`internal error: timex "${text}" has no docId`);
}
