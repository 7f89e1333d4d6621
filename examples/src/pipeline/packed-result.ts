import { deserialize, serialize } from "node:v8";
import type { Mention } from "@newsparse/entity-extract";
import type { Claim } from "@newsparse/claims";
import { compactResult, type StringPool } from "./compact-result.js";
import type { DocumentResult } from "./document-stage.js";

/**
 * Keep a per-document result packed until a cross-document stage reads it:
 * its mentions and claims (the bulk of it) are held as V8-serialised bytes
 * outside the JavaScript heap (about half the memory of the objects: 16 against 32 KiB
 * for an article of 4,900 characters; and no garbage-collector work while the corpus
 * streams in) and are unpacked when
 * `mentions` or `claims` is read; each read unpacks afresh, so read each once.
 * Assigning either (as `reduceCorpus`'s `release` does) replaces it. Timexes and
 * messages stay as they are (small). Unpacked records share the run's repeated
 * strings ({@link compactResult}).
 *
 * @param result - A per-document result.
 * @param pool - The run's string pool.
 * @returns A result with the same content.
 */
export function packResult(result: DocumentResult, pool: StringPool): DocumentResult {
  // copied to a buffer of its own size: `serialize` answers with a view on a larger, growing allocation
  let mentions: Buffer | Mention[] = Buffer.from(serialize(result.mentions));
  let claims: Buffer | Claim[] = Buffer.from(serialize(result.claims));
  const packed = { ...result } as DocumentResult;
  // the closures below must not hold `result` (it would keep the unpacked records alive)
  const docId = result.docId;
  const unpack = <T>(value: Buffer | T[], key: "mentions" | "claims"): T[] => {
    if (!Buffer.isBuffer(value)) return value;
    const records = deserialize(value) as T[];
    compactResult({ docId, mentions: [], entityMessages: [], claims: [], claimMessages: [], [key]: records } as DocumentResult, pool);
    return records;
  };
  Object.defineProperty(packed, "mentions", {
    enumerable: true,
    get: () => unpack<Mention>(mentions, "mentions"),
    set: (value: Mention[]) => {
      mentions = value;
    },
  });
  Object.defineProperty(packed, "claims", {
    enumerable: true,
    get: () => unpack<Claim>(claims, "claims"),
    set: (value: Claim[]) => {
      claims = value;
    },
  });
  return packed;
}
