import type { Document, Message } from "@newsparse/corpus-loader";
import type { DocumentResult } from "../document-stage.js";

/** BullMQ queue name of a run. */
export function queueName(run: string): string {
  return `newsparse-${run}`;
}

/** Redis key holding a run's corpus description, written by the producer once every document is queued. */
export function corpusKey(run: string): string {
  return `newsparse:run:${run}:corpus`;
}

/** What the producer writes once the whole corpus is queued. */
export interface CorpusManifest {
  /** Documents queued (job ids `doc-0` … `doc-<total - 1>`). */
  total: number;
  /** Loader messages (file problems, duplicates). */
  messages: Message[];
  /** What was loaded. */
  input: string;
}

/** A job's data: one document and its arrival index (job id `doc-<index>`). */
export interface DocumentJob {
  index: number;
  document: Document;
}

/** A job's return value. */
export type DocumentJobResult = DocumentResult;

/** Run names become Redis keys and queue names: keep them simple. */
export function checkRunName(run: string): string | undefined {
  return /^[A-Za-z0-9_.-]{1,64}$/.test(run) ? undefined : `run name must be 1-64 letters, digits, '.', '_' or '-', not "${run}"`;
}

/** Job id of the document at an arrival index (BullMQ refuses ids that look like integers). */
export function jobIdOf(index: number): string {
  return `doc-${index}`;
}
