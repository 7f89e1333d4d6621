import { deserialize, serialize } from "node:v8";
import type { Message } from "@newsparse/corpus-loader";
import type { Mention } from "@newsparse/entity-extract";
import type { Claim } from "@newsparse/claims";
import type { Timex } from "@newsparse/timeline";
import { compactResult, type StringPool } from "./compact-result.js";
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

const PACKED = Symbol("newsparse.packedRecords");

/**
 * The {@link PackedRecords} a result view was made from ({@link recordsView}), if any.
 *
 * @param result - A per-document result.
 * @returns Its packed form, or `undefined` for a result of plain objects.
 */
export function packedRecordsOf(result: DocumentResult): PackedRecords | undefined {
  return (result as { [PACKED]?: PackedRecords })[PACKED];
}

/**
 * A `DocumentResult` whose `mentions`, `claims` and `timexes` are unpacked from
 * bytes when read: each read unpacks afresh (read each once); assigning one (as
 * `reduceCorpus`'s `release` does) replaces it. Unpacked records share the
 * run's repeated strings ({@link compactResult}).
 *
 * @param packed - The packed result (its `bytes` are not read here when `read` is given).
 * @param pool - The run's string pool.
 * @param read - Where a part's bytes come from (default: `packed.bytes`), e.g. a spill file.
 * @returns The result view.
 */
export function recordsView(packed: PackedRecords, pool: StringPool, read?: (part: RecordPart) => Uint8Array): DocumentResult {
  const { docId, tagged, lengths } = packed;
  const bytes = read ? undefined : packed.bytes;
  const load = read ?? ((part: RecordPart) => bytes!.subarray(...partRange(lengths, part)));
  // the closures below hold `packed` only through `bytes` (absent when read from elsewhere)
  let mentions: Mention[] | undefined;
  let claims: Claim[] | undefined;
  let timexes: DocumentResult["timexes"] | null | undefined;
  const unpack = <T>(part: RecordPart): T[] => {
    const records = deserialize(load(part)) as T[];
    const lists = { docId, mentions: [] as Mention[], entityMessages: [], claims: [] as Claim[], claimMessages: [] } as DocumentResult;
    if (part === MENTIONS) lists.mentions = records as Mention[];
    else if (part === CLAIMS) lists.claims = records as Claim[];
    else lists.timexes = { reference: null, textHash: "", timexes: records as Timex[] };
    compactResult(lists, pool);
    return records;
  };
  // the keys in `DocumentResult`'s order, so the view serialises as the result did
  const view = { docId } as DocumentResult;
  Object.defineProperty(view, PACKED, { value: read ? { ...packed, bytes: new Uint8Array(0) } : packed, enumerable: false });
  Object.defineProperty(view, "mentions", {
    enumerable: true,
    configurable: true,
    get: () => mentions ?? unpack<Mention>(MENTIONS),
    set: (value: Mention[]) => {
      mentions = value;
    },
  });
  view.entityMessages = packed.entityMessages;
  Object.defineProperty(view, "claims", {
    enumerable: true,
    configurable: true,
    get: () => claims ?? unpack<Claim>(CLAIMS),
    set: (value: Claim[]) => {
      claims = value;
    },
  });
  view.claimMessages = packed.claimMessages;
  if (tagged) {
    Object.defineProperty(view, "timexes", {
      enumerable: true,
      configurable: true,
      get: () => (timexes === null ? undefined : (timexes ?? { reference: tagged.reference, textHash: tagged.textHash, timexes: unpack<Timex>(TIMEXES) })),
      set: (value: DocumentResult["timexes"]) => {
        timexes = value ?? null;
      },
    });
  }
  return view;
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
