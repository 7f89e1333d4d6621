import { compareCorpusOrder, type Document } from "@newsparse/corpus-loader";
import type { CorpusAnalysis } from "../corpus-analysis.js";
import { AnalysisRecord } from "./analysis-record.js";
import { analysisGenerator } from "../generator.js";

/** Thrown when NDJSON analysis lines are malformed or cut short. */
export class InvalidAnalysisNdjsonError extends Error {
  /** Error code. */
  readonly code = "INVALID_ANALYSIS_NDJSON";
  /**
   * @param message - What is wrong, with the line number.
   */
  constructor(message: string) {
    super(message);
    this.name = "InvalidAnalysisNdjsonError";
  }
}

/**
 * Rebuild a `CorpusAnalysis` from the lines of `pnpm analyze --format ndjson`
 * (documents in corpus order, as `--format json` gives them).
 *
 * @param lines - The lines (an array, or an async iterable such as `readline`).
 * @returns The analysis.
 * @throws {@link InvalidAnalysisNdjsonError} on a line that is not a record, or when the `end` line is missing or disagrees.
 */
export async function readAnalysisNdjson(lines: Iterable<string> | AsyncIterable<string>): Promise<CorpusAnalysis> {
  const documents: { document: Document; index: number }[] = [];
  const analysis: CorpusAnalysis = { generator: analysisGenerator(), documents: [], entities: [], claims: [], conflicts: [], claimGroups: [], timexes: [], timeline: [], messages: [] };
  let ended = false;
  let number = 0;
  for await (const line of lines) {
    number++;
    if (line.trim() === "") continue;
    if (ended) throw new InvalidAnalysisNdjsonError(`line ${number}: a record after the end line`);
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      throw new InvalidAnalysisNdjsonError(`line ${number}: not JSON`);
    }
    const checked = AnalysisRecord.safeParse(raw);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      throw new InvalidAnalysisNdjsonError(`line ${number}: not an analysis record (${issue ? `${issue.path.join(".") || "record"}: ${issue.message}` : "invalid"})`);
    }
    // the validated copy has its keys in schema order; keep the line's own object, as written
    const record = raw as AnalysisRecord;
    switch (record.type) {
      case "header":
        analysis.generator = record.generator;
        break;
      case "document":
        documents.push({ document: record.document, index: documents.length });
        break;
      case "entity":
        analysis.entities.push(record.entity);
        break;
      case "claim":
        analysis.claims.push(record.claim);
        break;
      case "claimGroup":
        analysis.claimGroups!.push(record.claimGroup);
        break;
      case "conflict":
        analysis.conflicts.push(record.conflict);
        break;
      case "timex":
        analysis.timexes.push(record.timex);
        break;
      case "timelineEntry":
        analysis.timeline.push(record.timelineEntry);
        break;
      case "message":
        analysis.messages.push(record.message);
        break;
      case "end":
        ended = true;
        if (record.documents !== documents.length || record.entities !== analysis.entities.length || record.claims !== analysis.claims.length || record.messages !== analysis.messages.length) {
          throw new InvalidAnalysisNdjsonError(`line ${number}: the end line's counts disagree with the lines read`);
        }
        break;
    }
  }
  if (!ended) throw new InvalidAnalysisNdjsonError(`no end line after ${number} lines: the output is incomplete`);
  analysis.documents = documents
    .map((d) => ({ key: d.document, index: d.index, document: d.document }))
    .sort(compareCorpusOrder)
    .map((d) => d.document);
  return analysis;
}
