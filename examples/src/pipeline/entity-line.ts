import type { Entity, Mention } from "@newsparse/entity-extract";

/** Mentions serialised per piece of a long entity line. */
const MENTIONS_PER_PIECE = 2048;

/**
 * The NDJSON line of an entity (`{"type":"entity","entity":…}` and a line break) in pieces, its mentions
 * read a batch at a time: the same characters `JSON.stringify({ type: "entity", entity })` gives for the
 * entity `entityOfRows` builds (the header's keys in order, `mentions` in its place or last), without
 * holding every mention object or the whole line at once. An entity of the corpus's most named country
 * has a mention in most documents: millions in an archive, hundreds of megabytes as one string.
 *
 * @param header - The entity without its mentions (a plain object; a `mentions` key, if any, gives the place).
 * @param count - How many mentions it has.
 * @param mentions - Its mentions `from` (inclusive) to `to` (exclusive), built afresh.
 * @returns The line's pieces, in order (the last ends with `\n`).
 */
export function* entityLinePieces(header: Entity, count: number, mentions: (from: number, to: number) => Mention[]): Generator<string> {
  yield '{"type":"entity","entity":{';
  let first = true;
  const keys = Object.keys(header);
  if (!keys.includes("mentions")) keys.push("mentions");
  for (const key of keys) {
    if (key === "mentions") {
      yield `${first ? "" : ","}"mentions":[`;
      for (let from = 0; from < count; from += MENTIONS_PER_PIECE) {
        const batch = mentions(from, Math.min(count, from + MENTIONS_PER_PIECE));
        yield (from === 0 ? "" : ",") + batch.map((m) => JSON.stringify(m)).join(",");
      }
      yield "]";
      first = false;
      continue;
    }
    const value = JSON.stringify((header as unknown as Record<string, unknown>)[key]);
    // as JSON.stringify: a member whose value has no JSON (undefined, a function) is left out
    if (value === undefined) continue;
    yield `${first ? "" : ","}${JSON.stringify(key)}:${value}`;
    first = false;
  }
  yield "}}\n";
}

/**
 * Whether {@link entityLinePieces} gives a header's line exactly: a plain object (no `toJSON`, no prototype
 * of its own). Anything else is written whole.
 *
 * @param header - The entity's header.
 * @returns `true` when it can be written in pieces.
 */
export function piecewiseWritable(header: Entity): boolean {
  const proto = Object.getPrototypeOf(header) as unknown;
  return (proto === Object.prototype || proto === null) && typeof (header as { toJSON?: unknown }).toJSON !== "function";
}
