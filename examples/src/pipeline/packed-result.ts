import { deserialize, serialize } from "node:v8";
import type { Message } from "@newsparse/corpus-loader";
import type { Mention } from "@newsparse/entity-extract";
import type { Claim } from "@newsparse/claims";
import type { Timex } from "@newsparse/timeline";
import { compactResult, mentionLiteral, type StringPool } from "./compact-result.js";
import type { DocumentResult } from "./document-stage.js";

/** The three record lists of a result, in the order {@link PackedRecords} holds them. */
export type RecordPart = 0 | 1 | 2;
const MENTIONS = 0;
const CLAIMS = 1;
const TIMEXES = 2;

/**
 * A per-document result with its records as bytes: what a worker thread hands
 * back and what a streaming run keeps (in memory or in its spill file) until a
 * cross-document stage reads the records. Crossing a thread boundary, it is one
 * byte copy instead of a structured clone of every record object, and the main
 * thread builds no record objects until a stage needs them.
 */
export interface PackedRecords {
  /** The document's id. */
  docId: string;
  /** Diagnostics of entity extraction in this document. */
  entityMessages: Message[];
  /** Diagnostics of claim extraction in this document. */
  claimMessages: Message[];
  /** Reference day and text hash of the timexes; absent when tagging failed (as `DocumentResult.timexes`). */
  tagged?: { reference: string | null; textHash: string };
  /** V8-serialised mentions, claims and timexes, one after the other. */
  bytes: Uint8Array;
  /** Byte lengths of the mentions, claims and timexes in `bytes`. */
  lengths: [number, number, number];
  /**
   * The members `"mentions":[…],"claims":[…],"timexes":[…]` of the document's NDJSON line, exactly as
   * `JSON.stringify` writes them; present when asked for ({@link packRecords}'s `json`).
   */
  json?: string;
}

/**
 * Pack a per-document result's records into bytes.
 *
 * @param result - A per-document result.
 * @param options - `json`: also write the records' JSON for the document line (done where the records are, e.g. in the worker).
 * @returns The packed result.
 */
export function packRecords(result: DocumentResult, options: { json?: boolean } = {}): PackedRecords {
  const timexes = result.timexes?.timexes ?? [];
  const parts = [serialize(result.mentions), serialize(result.claims), serialize(timexes)];
  const packed: PackedRecords = {
    docId: result.docId,
    entityMessages: result.entityMessages,
    claimMessages: result.claimMessages,
    // one allocation of its own size: `serialize` answers with views on larger, growing allocations
    bytes: Buffer.concat(parts),
    lengths: [parts[0]!.length, parts[1]!.length, parts[2]!.length],
  };
  if (result.timexes) packed.tagged = { reference: result.timexes.reference, textHash: result.timexes.textHash };
  if (options.json) packed.json = `"mentions":${JSON.stringify(result.mentions)},"claims":${JSON.stringify(result.claims)},"timexes":${JSON.stringify(timexes)}`;
  return packed;
}

/** The byte range of one part of {@link PackedRecords.bytes}. */
export function partRange(lengths: readonly [number, number, number], part: RecordPart): [start: number, end: number] {
  let start = 0;
  for (let i = 0; i < part; i++) start += lengths[i]!;
  return [start, start + lengths[part]];
}

const NO_BYTES = new Uint8Array(0);

/**
 * A result whose record lists are unpacked on read. A class (accessors on the prototype, fields in
 * the object), so the tens of thousands a run keeps cost about a hundred bytes each, not a
 * dictionary-mode object with six closures.
 */
class RecordsView {
  readonly docId: string;
  readonly entityMessages: Message[];
  readonly claimMessages: Message[];
  readonly #packed: PackedRecords;
  readonly #pool: StringPool;
  readonly #read: ((part: RecordPart) => Uint8Array) | undefined;
  #mentions: Mention[] | undefined;
  #claims: Claim[] | undefined;
  // null: assigned `undefined` (released)
  #timexes: DocumentResult["timexes"] | null | undefined;

  constructor(packed: PackedRecords, pool: StringPool, read: ((part: RecordPart) => Uint8Array) | undefined) {
    this.docId = packed.docId;
    this.entityMessages = packed.entityMessages;
    this.claimMessages = packed.claimMessages;
    // read from elsewhere: the bytes are not kept
    this.#packed = read ? { ...packed, bytes: NO_BYTES, json: undefined } : packed;
    this.#pool = pool;
    this.#read = read;
    if (!packed.tagged) this.#timexes = null;
  }

  get packed(): PackedRecords {
    return this.#packed;
  }

  #unpack<T>(part: RecordPart): T[] {
    const bytes = this.#read ? this.#read(part) : this.#packed.bytes.subarray(...partRange(this.#packed.lengths, part));
    const records = deserialize(bytes) as T[];
    const lists = { docId: this.docId, mentions: [] as Mention[], entityMessages: [], claims: [] as Claim[], claimMessages: [] } as DocumentResult;
    if (part === MENTIONS) lists.mentions = records as Mention[];
    else if (part === CLAIMS) lists.claims = records as Claim[];
    else lists.timexes = { reference: null, textHash: "", timexes: records as Timex[] };
    compactResult(lists, this.#pool);
    if (part === MENTIONS) for (let i = 0; i < records.length; i++) records[i] = mentionLiteral(records[i] as Mention, this.#pool) as T;
    return records;
  }

  get mentions(): Mention[] {
    return this.#mentions ?? this.#unpack<Mention>(MENTIONS);
  }
  set mentions(value: Mention[]) {
    this.#mentions = value;
  }
  get claims(): Claim[] {
    return this.#claims ?? this.#unpack<Claim>(CLAIMS);
  }
  set claims(value: Claim[]) {
    this.#claims = value;
  }
  get timexes(): DocumentResult["timexes"] {
    if (this.#timexes === null) return undefined;
    if (this.#timexes) return this.#timexes;
    const { reference, textHash } = this.#packed.tagged!;
    return { reference, textHash, timexes: this.#unpack<Timex>(TIMEXES) };
  }
  set timexes(value: DocumentResult["timexes"]) {
    this.#timexes = value ?? null;
  }

  /** The plain result, keys in `DocumentResult`'s order. */
  toJSON(): DocumentResult {
    const result: DocumentResult = { docId: this.docId, mentions: this.mentions, entityMessages: this.entityMessages, claims: this.claims, claimMessages: this.claimMessages };
    const timexes = this.timexes;
    if (timexes) result.timexes = timexes;
    return result;
  }
}

/**
 * The {@link PackedRecords} a result view was made from ({@link recordsView}), if any (without its
 * bytes when they are read from elsewhere).
 *
 * @param result - A per-document result.
 * @returns Its packed form, or `undefined` for a result of plain objects.
 */
export function packedRecordsOf(result: DocumentResult): PackedRecords | undefined {
  return result instanceof RecordsView ? result.packed : undefined;
}

/**
 * A `DocumentResult` whose `mentions`, `claims` and `timexes` are unpacked from
 * bytes when read: each read unpacks afresh (read each once); assigning one (as
 * `reduceCorpus`'s `release` does, `undefined` for the timexes) replaces it. Unpacked records share the
 * run's repeated strings ({@link compactResult}). The record lists are accessors: `JSON.stringify`
 * gives the plain result; a spread does not.
 *
 * @param packed - The packed result (its `bytes` are not kept when `read` is given).
 * @param pool - The run's string pool.
 * @param read - Where a part's bytes come from (default: `packed.bytes`), e.g. a spill file.
 * @returns The result view.
 */
export function recordsView(packed: PackedRecords, pool: StringPool, read?: (part: RecordPart) => Uint8Array): DocumentResult {
  return new RecordsView(packed, pool, read) as DocumentResult;
}

/**
 * Keep a per-document result packed until a cross-document stage reads it
 * (about half the memory of the objects, outside the JavaScript heap, and no
 * garbage-collector work while the corpus streams in): {@link packRecords}
 * then {@link recordsView}.
 *
 * @param result - A per-document result.
 * @param pool - The run's string pool.
 * @returns A result with the same content.
 */
export function packResult(result: DocumentResult, pool: StringPool): DocumentResult {
  return recordsView(packRecords(result), pool);
}
