import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  Message,
  createMessage,
  extendConfiguration,
  runPipeline,
  spanProblem,
  type Parser,
  type PipelineConfiguration,
  type PipelineContext,
  type Refiner,
} from "../src/index.js";

type Hit = { start: number; end: number; text: string; source: string };

const context = (text: string): PipelineContext => ({ docId: "d", text, messages: [] });

/** A parser that finds capitalised words, optionally shifting its offsets by `shift` (a miscounting parser). */
const capitals = (shift = 0): Parser<PipelineContext, Hit> => ({
  name: shift ? "shifted-capitals" : "capitals",
  parse: ({ text }) =>
    [...text.matchAll(/\p{Lu}\p{L}*/gu)].map((m) => ({ start: m.index + shift, end: m.index + m[0].length + shift, text: m[0], source: "capitals" })),
});

describe("spanProblem", () => {
  it("accepts a span that slices back to its text and names what is wrong otherwise", () => {
    expect(spanProblem("Niamey, Niger", { start: 8, end: 13, text: "Niger" })).toBeNull();
    expect(spanProblem("Niamey, Niger", { start: 8, end: 13 })).toBeNull();
    expect(spanProblem("Niamey, Niger", { start: 1, end: 7, text: "Niamey" })).toMatch(/is not "Niamey"/);
    expect(spanProblem("Niamey", { start: 3, end: 3 })).toMatch(/empty/);
    expect(spanProblem("Niamey", { start: 4, end: 2 })).toMatch(/reversed/);
    expect(spanProblem("Niamey", { start: -1, end: 2 })).toMatch(/outside/);
    expect(spanProblem("Niamey", { start: 0, end: 7 })).toMatch(/outside/);
    expect(spanProblem("Niamey", { start: 0.5, end: 2 })).toMatch(/not integers/);
  });
});

describe("createMessage", () => {
  it("makes schema-valid messages and leaves out invalid places", () => {
    const m = createMessage("bad", { ruleId: "x", docId: "d", start: -3, end: 2.5, line: 0 });
    expect(m).toEqual({ severity: "warning", ruleId: "x", reason: "bad", docId: "d" });
    expect(Message.safeParse(m).success).toBe(true);
    expect(createMessage("r", { ruleId: "y", severity: "error", start: 1, end: 4, source: "s" })).toEqual({ severity: "error", ruleId: "y", reason: "r", source: "s", start: 1, end: 4 });
  });
});

describe("runPipeline", () => {
  it("pools parser items and runs refiners in order", () => {
    const order: string[] = [];
    const first: Refiner<PipelineContext, Hit> = { name: "first", refine: (_, items) => (order.push("first"), items.filter((i) => i.text !== "The")) };
    const second: Refiner<PipelineContext, Hit> = { name: "second", refine: (_, items) => (order.push("second"), items.map((i) => ({ ...i, source: "second" }))) };
    const ctx = context("The Niger army met Wagner.");
    const out = runPipeline({ parsers: [capitals()], refiners: [first, second] }, ctx, { source: "test" });
    expect(out.map((h) => h.text)).toEqual(["Niger", "Wagner"]);
    expect(out.every((h) => h.source === "second")).toBe(true);
    expect(order).toEqual(["first", "second"]);
    expect(ctx.messages).toEqual([]);
  });

  it("turns a throwing parser or refiner into an error message and goes on", () => {
    const boom: Parser<PipelineContext, Hit> = { name: "boom", parse: () => { throw new RangeError("no"); } };
    const broken: Refiner<PipelineContext, Hit> = { name: "broken", refine: () => { throw new Error("bad state"); } };
    const ctx = context("Niamey and Agadez");
    const out = runPipeline({ parsers: [boom, capitals()], refiners: [broken] }, ctx, { source: "test" });
    expect(out.map((h) => h.text)).toEqual(["Niamey", "Agadez"]);
    expect(ctx.messages.map((m) => [m.ruleId, m.severity, m.source, m.docId])).toEqual([
      ["parser-failed", "error", "test", "d"],
      ["refiner-failed", "error", "test", "d"],
    ]);
    expect(ctx.messages[0]!.reason).toContain('Parser "boom" failed: RangeError: no');
  });

  it("rethrows set-up errors it is told to", () => {
    class SetupError extends Error {}
    const needsModel: Parser<PipelineContext, Hit> = { name: "model", parse: () => { throw new SetupError("load the model first"); } };
    expect(() => runPipeline({ parsers: [needsModel], refiners: [] }, context("x"), { source: "t", rethrow: (e) => e instanceof SetupError })).toThrow(SetupError);
  });

  it("drops an item whose span does not slice back to its text, with a message naming the stage", () => {
    const ctx = context("Niamey and Agadez");
    const shifter: Refiner<PipelineContext, Hit> = { name: "shift-one", refine: (_, items) => items.map((i, n) => (n === 1 ? { ...i, start: i.start + 1 } : i)) };
    const out = runPipeline({ parsers: [capitals()], refiners: [shifter] }, ctx, { source: "t" });
    expect(out.map((h) => h.text)).toEqual(["Niamey"]);
    expect(ctx.messages).toHaveLength(1);
    expect(ctx.messages[0]).toMatchObject({ ruleId: "invalid-span", severity: "error", docId: "d", start: 12, end: 17 });
    expect(ctx.messages[0]!.reason).toContain('Refiner "shift-one"');
  });

  it("checks every span an item points with", () => {
    type Pair = { start: number; end: number; text: string; speaker: { start: number; end: number; text: string } };
    const ctx = context("Bazoum said no.");
    const pairs: Parser<PipelineContext, Pair> = { name: "pairs", parse: () => [{ start: 12, end: 14, text: "no", speaker: { start: 0, end: 6, text: "Bazoum" } }, { start: 12, end: 14, text: "no", speaker: { start: 1, end: 6, text: "Bazoum" } }] };
    const out = runPipeline({ parsers: [pairs], refiners: [] }, ctx, { source: "t", spansOf: (p) => [p, p.speaker] });
    expect(out).toHaveLength(1);
    expect(ctx.messages.map((m) => m.ruleId)).toEqual(["invalid-span"]);
  });

  it("sorts the pooled items when given an order", () => {
    const reversed: Parser<PipelineContext, Hit> = { name: "rev", parse: (c) => capitals().parse(c).reverse() };
    const out = runPipeline({ parsers: [reversed], refiners: [] }, context("Abuja, Lagos, Kano"), { source: "t", compare: (a, b) => a.start - b.start });
    expect(out.map((h) => h.text)).toEqual(["Abuja", "Lagos", "Kano"]);
  });

  // The offset property: whatever the text, every returned item slices back to its text, and a
  // miscounting parser is always caught (its items become invalid-span messages, never output).
  it("property: output spans slice back; a parser that miscounts is reported, never passed on", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 80 }), fc.integer({ min: 1, max: 3 }), (text, shift) => {
        const ctx = context(text);
        const out = runPipeline({ parsers: [capitals(), capitals(shift)], refiners: [] }, ctx, { source: "t" });
        for (const h of out) expect(text.slice(h.start, h.end)).toBe(h.text);
        const good = capitals().parse(ctx);
        const wrong = capitals(shift).parse(ctx).filter((h) => text.slice(h.start, h.end) !== h.text);
        expect(out.length).toBe(good.length + (capitals(shift).parse(ctx).length - wrong.length));
        expect(ctx.messages.filter((m) => m.ruleId === "invalid-span")).toHaveLength(wrong.length);
      }),
    );
  });
});

describe("extendConfiguration", () => {
  it("appends parsers and refiners, overrides other fields, changes neither argument", () => {
    type Config = PipelineConfiguration<PipelineContext, Hit> & { limit: number };
    const base: Config = { parsers: [capitals()], refiners: [], limit: 1 };
    const extra: Refiner<PipelineContext, Hit> = { name: "x", refine: (_, i) => i };
    const extended = extendConfiguration(base, { refiners: [extra], limit: 2 });
    expect(extended.parsers).toEqual(base.parsers);
    expect(extended.parsers).not.toBe(base.parsers);
    expect(extended.refiners).toEqual([extra]);
    expect(extended.limit).toBe(2);
    expect(base.refiners).toEqual([]);
    expect(base.limit).toBe(1);
  });
});

describe("corpus-loader's own configuration", () => {
  it("createDefaultConfiguration and extend follow the shared contract", async () => {
    const { createDefaultConfiguration, createDocumentParser, defaultBoilerplateRules } = await import("../src/index.js");
    const configuration = createDefaultConfiguration();
    expect(configuration.rules).toEqual(defaultBoilerplateRules);
    expect(configuration.rules).not.toBe(defaultBoilerplateRules);
    const promo = { id: "promo", reason: "promotion", scope: "paragraph" as const, test: (u: { text: string }) => u.text.startsWith("PROMO") };
    const parser = createDocumentParser(configuration).extend({ rules: [promo] });
    expect(parser.configuration.rules!.at(-1)).toBe(promo);
    const doc = parser.parse("Headline\n\nPROMO buy now\n\nBody text.", { id: "a" });
    expect(doc.excluded.map((r) => r.ruleId)).toContain("promo");
    expect(createDocumentParser().parse("PROMO x\n\nBody.", { id: "b" }).excluded.map((r) => r.ruleId)).not.toContain("promo");
  });
});
