import type { Document, Message } from "@newsparse/corpus-loader";
import type { Entity } from "@newsparse/entity-extract";
import type { Claim, ClaimGrouping } from "@newsparse/claims";
import type { TimelineResult } from "@newsparse/timeline";
import type { CorpusAnalysis } from "./corpus-analysis.js";
import { analysisGenerator } from "./generator.js";

/** The results of every stage, as {@link assembleAnalysis} puts them together. */
export interface AnalysisParts {
  /** The documents, in corpus order. */
  documents: readonly Document[];
  /** Resolved entities. */
  entities: Entity[];
  /** Claims with their speakers linked. */
  claims: Claim[];
  /** Claim groups and conflicts. */
  grouping: ClaimGrouping;
  /** Timexes, timeline entries and date conflicts. */
  timeline: TimelineResult;
  /** The stages' messages after the documents' own, in stage order. */
  stageMessages: readonly (readonly Message[])[];
}

/**
 * One `CorpusAnalysis` from the stages' results: the one place where the
 * in-memory run ({@link analyzeCorpus}) and the worker/distributed reducer
 * (`reduceCorpus`) decide the output's shape and order, so they stay
 * byte-identical.
 *
 * @param parts - Every stage's result.
 * @returns The analysis.
 */
export function assembleAnalysis(parts: AnalysisParts): CorpusAnalysis {
  const { documents, grouping, timeline } = parts;
  const messages: Message[] = [];
  for (const d of documents) for (const m of d.messages ?? []) messages.push(m);
  for (const list of parts.stageMessages) for (const m of list) messages.push(m);
  return {
    generator: analysisGenerator(),
    documents: [...documents],
    entities: parts.entities,
    claims: parts.claims,
    // date conflicts come from the timeline (claims leaves the `date` kind to it), after the claims' own
    conflicts: [
      ...grouping.conflicts,
      ...timeline.conflicts.map((c) => ({ id: `timeline-${c.id}`, about: c.about, kind: "date" as const, claimIds: [], evidence: c.evidence.map(({ docId, start, end }) => ({ docId, start, end })) })),
    ],
    claimGroups: grouping.groups,
    // the timeline's timexes carry their docId already: kept as they are, not copied (a large corpus has millions)
    timexes: timeline.timexes.map((t) => (t.docId !== undefined ? (t as typeof t & { docId: string }) : { ...t, docId: missingDocId(t.text) })),
    timeline: timeline.timeline,
    messages,
  };
}

/** buildTimeline tags documents, so every timex has a docId; anything else is a bug to surface, not to hide. */
function missingDocId(text: string): never {
  throw new Error(`internal error: timex "${text}" has no docId`);
}
