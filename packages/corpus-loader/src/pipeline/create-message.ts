import type { Message, Severity } from "../schema/message.js";

/** Where and what a message is about; everything but `ruleId` is optional. */
export interface MessageOptions {
  /** Kebab-case id of the rule or check, e.g. `invalid-span`. */
  ruleId: string;
  /** Default `"warning"`. */
  severity?: Severity;
  /** Package (or parser) that produced the message, e.g. `@newsparse/claims`. */
  source?: string;
  /** The document the message is about. */
  docId?: string;
  /** The file the message is about. */
  file?: string;
  /** 1-based line in `file` or in the document text. */
  line?: number;
  /** 1-based column. */
  column?: number;
  /** Byte offset in the raw file. */
  byteOffset?: number;
  /** Start offset in the document text. */
  start?: number;
  /** End offset in the document text. */
  end?: number;
}

const isCount = (n: unknown): n is number => typeof n === "number" && Number.isInteger(n) && n >= 0;
const isPositive = (n: unknown): n is number => isCount(n) && n > 0;

/**
 * Build a diagnostic {@link Message}, in the spirit of vfile's
 * `file.message(reason, place)`: the one way newsparse packages make
 * messages. Fields that are absent (`undefined`, or an empty `file` or
 * `source`), or that would not be schema-valid (a negative or fractional
 * offset), are left out, so the message always validates.
 *
 * @param reason - What happened, for a human.
 * @param options - Rule id, severity and place.
 * @returns A schema-valid message.
 * @example
 * ```ts
 * import { createMessage } from "@newsparse/corpus-loader";
 *
 * createMessage("Quote has no speaker.", { ruleId: "no-speaker", source: "@newsparse/claims", docId: "a", start: 10, end: 42 });
 * // { severity: "warning", ruleId: "no-speaker", reason: "Quote has no speaker.", source: "@newsparse/claims", docId: "a", start: 10, end: 42 }
 * ```
 */
export function createMessage(reason: string, options: MessageOptions): Message {
  const message: Message = { severity: options.severity ?? "warning", ruleId: options.ruleId, reason };
  if (options.source) message.source = options.source;
  if (options.docId !== undefined) message.docId = options.docId;
  if (options.file) message.file = options.file;
  if (isPositive(options.line)) message.line = options.line;
  if (isPositive(options.column)) message.column = options.column;
  if (isCount(options.byteOffset)) message.byteOffset = options.byteOffset;
  if (isCount(options.start)) message.start = options.start;
  if (isCount(options.end)) message.end = options.end;
  return message;
}
