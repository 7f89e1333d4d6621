import { describe, expect, it } from "vitest";
import { loadCorpus } from "@newsparse/corpus-loader/node";
import { resolve } from "node:path";
import { resolveEntities } from "@newsparse/entity-extract";
import { entityLinkRefiner, groupClaims, type Claim, type ClaimContext } from "@newsparse/claims";
import { analyzeDocument } from "../src/pipeline/document-stage.js";
import { slimClaims, slimEntities } from "../src/pipeline/slim-records.js";
import { mentionLiteral } from "../src/pipeline/compact-result.js";
import { currentRss, residentByKind, startRssProbe } from "../src/cli/rss-probe.js";

const corpus = resolve(import.meta.dirname, "../corpus/niger-2024");

describe("slim copies for the claim stages", () => {
  it("give the same speaker links and the same claim groups as the full entities and claims", async () => {
    const { documents } = await loadCorpus(corpus);
    const results = documents.map(analyzeDocument);
    const { entities } = resolveEntities(results.flatMap((r) => r.mentions));
    const link = (list: typeof entities): Claim[] => {
      const context = { entities: list } as unknown as ClaimContext;
      // a fresh copy of the claims per run: linking sets speakers' entity ids in place
      return results.flatMap((r) => entityLinkRefiner.refine(context, structuredClone(r.claims)));
    };
    const slim = slimEntities(entities, new Map());
    const full = link(entities);
    expect(JSON.stringify(link(slim))).toBe(JSON.stringify(full));
    const grouping = JSON.stringify(groupClaims(full, { documents, entities }));
    expect(JSON.stringify(groupClaims(slimClaims(full), { documents, entities: slim }))).toBe(grouping);
    expect(grouping).toContain('"kind":"quantity"');
    expect(grouping).toContain('"kind":"attribute"');
  }, 180_000);

  it("keep only positions and texts of mentions, and texts of quantity claims only", () => {
    const mention = { docId: "d", start: 3, end: 8, text: "Niger", type: "GPE" as const, confidence: 0.9, source: "tagger", flags: ["headline"], entityId: "E1" };
    const [e] = slimEntities([{ id: "E1", type: "GPE", name: "Niger", aliases: [], roles: [], mentions: [mention] }], new Map());
    expect(JSON.parse(JSON.stringify(e))).toEqual({ id: "E1", type: "GPE", name: "Niger", aliases: [], roles: [], mentions: [{ docId: "d", start: 3, end: 8, text: "Niger" }] });
    const quote: Claim = { id: "c1", kind: "quote", docId: "d", start: 0, end: 9, text: "“We go.”", speaker: { text: "Tiani", anonymous: false, start: 12, end: 17, description: "leader" }, flags: ["partial"] };
    const quantity: Claim = { id: "c2", kind: "quantity", docId: "d", start: 20, end: 29, text: "1,100 troops", quantity: { relation: "eq", value: 1100, unit: "troops" } };
    const [q, n] = slimClaims([quote, quantity]);
    expect(JSON.parse(JSON.stringify(q))).toEqual({ id: "c1", kind: "quote", docId: "d", start: 0, end: 9, text: "", speaker: { start: 12, end: 17 } });
    expect(JSON.parse(JSON.stringify(n))).toEqual({ id: "c2", kind: "quantity", docId: "d", start: 20, end: 29, text: "1,100 troops", quantity: { relation: "eq", value: 1100, unit: "troops" } });
  });
});

describe("mention literals", () => {
  it("have the same JSON as the unpacked mention, before and after resolution sets entityId", () => {
    const base = { docId: "d", start: 3, end: 8, text: "Niger", type: "GPE" as const, confidence: 0.9, source: "tagger", flags: [] as string[] };
    const shapes = [base, { ...base, refersTo: "Niger" }, { ...base, roles: [{ docId: "d", start: 0, end: 2, text: "Mr" }] }, { ...base, refersTo: "Niger", roles: [] }, { ...base, flags: ["acronym"] }];
    for (const m of shapes) {
      const pool = new Map<string, string>();
      const literal = mentionLiteral(structuredClone(m), pool);
      expect(JSON.stringify(literal)).toBe(JSON.stringify(m));
      literal.entityId = "E1";
      const appended = structuredClone(m) as typeof m & { entityId?: string };
      appended.entityId = "E1";
      expect(JSON.stringify(literal)).toBe(JSON.stringify(appended));
    }
    // another key order is left as it is
    const odd = { text: "Niger", docId: "d", start: 3, end: 8, type: "GPE" as const, confidence: 0.9, source: "tagger", flags: [] };
    expect(mentionLiteral(odd, new Map())).toBe(odd);
  });
});

describe("RSS probe", () => {
  it("sees a peak reached inside synchronous work, and where the resident memory is", async () => {
    if (currentRss() === 0) return; // not Linux: nothing to read
    const probe = startRssProbe(5);
    // let the sampler thread start
    await new Promise((r) => setTimeout(r, 300));
    probe.mark();
    const before = currentRss();
    // 200 MiB touched and dropped again, without giving the event loop a turn
    let block: Uint8Array | undefined = new Uint8Array(200 * 2 ** 20).fill(1);
    const until = Date.now() + 1000;
    while (Date.now() < until) block[Math.floor(Math.random() * block.length)] = 2;
    block = undefined;
    expect(probe.mark()).toBeGreaterThan(before + 150 * 2 ** 20);
    await probe.stop();
    const kinds = residentByKind()!;
    expect(kinds.files).toBeGreaterThan(0);
    expect(kinds.mallocMain + kinds.mallocThreads + kinds.anonymous + kinds.files).toBeGreaterThan(currentRss() / 2);
  });
});
