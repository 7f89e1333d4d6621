import { Writable } from "node:stream";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { writeJsonStream } from "../src/output/write-json-stream.js";

/** A slow sink with a tiny buffer, so that back-pressure (`drain`) is exercised. */
function sink(): { stream: Writable; text: () => Promise<string> } {
  const parts: string[] = [];
  const stream = new Writable({
    highWaterMark: 16,
    write(chunk: Buffer, _encoding, done) {
      parts.push(chunk.toString("utf8"));
      setImmediate(done);
    },
  });
  const text = async () => {
    await new Promise<void>((resolve) => stream.end(resolve));
    return parts.join("");
  };
  return { stream, text };
}

describe("writeJsonStream", () => {
  it("writes the bytes of JSON.stringify(value, null, indent)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), fc.constantFrom(0, 2, 4), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 1, max: 64 }), async (value, indent, depth, chunkSize) => {
        const { stream, text } = sink();
        await writeJsonStream(value, stream, { indent, depth, chunkSize });
        expect(await text()).toBe(JSON.stringify(value, null, indent));
      }),
      { numRuns: 300 },
    );
  });

  it("drops undefined members, turns undefined items into null and honours toJSON, as JSON.stringify does", async () => {
    const value = { a: undefined, b: [undefined, () => 1, new Date(0)], c: { toJSON: () => "x" }, d: "\u2028\n\"" };
    const { stream, text } = sink();
    await writeJsonStream(value, stream);
    expect(await text()).toBe(JSON.stringify(value, null, 2));
  });

  it("writes a long list item by item, never holding more than about one chunk", async () => {
    // 600 MB of JSON is too slow for a unit test; a counting sink shows the writer never holds more than one chunk
    let written = 0;
    let largest = 0;
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        written += chunk.length;
        largest = Math.max(largest, chunk.length);
        done();
      },
    });
    const item = { id: "x".repeat(1000), start: 1, end: 2 };
    const list = Array.from({ length: 20_000 }, () => item);
    await writeJsonStream({ items: list }, stream, { chunkSize: 64 * 1024 });
    expect(written).toBe(JSON.stringify({ items: list }, null, 2).length);
    expect(largest).toBeLessThan(64 * 1024 + 2048);
  });
});
