import * as z from "zod";
import { Document, Message } from "@newsparse/corpus-loader";
import { Entity, Mention } from "@newsparse/entity-extract";
import { Claim, Conflict } from "@newsparse/claims";
import { Timex, TimelineEntry } from "@newsparse/timeline";
import { CorpusAnalysis } from "./corpus-analysis.js";
import { AnalysisRecord } from "./pipeline/analysis-record.js";

/**
 * The JSON Schemas (draft 2020-12) of the analysis contract and its parts,
 * generated from the zod schemas, keyed by file stem.
 *
 * @returns A map from name (e.g. `corpus-analysis`) to JSON Schema object.
 */
export function jsonSchemas(): Record<string, unknown> {
  const parts = { "corpus-analysis": CorpusAnalysis, document: Document, message: Message, entity: Entity, mention: Mention, claim: Claim, conflict: Conflict, timex: Timex, "timeline-entry": TimelineEntry, "analysis-record": AnalysisRecord };
  return Object.fromEntries(Object.entries(parts).map(([name, schema]) => [name, z.toJSONSchema(schema, { io: "output", unrepresentable: "any" })]));
}
