import { describe, expect, it } from "vitest";
import { parseDocument } from "@newsparse/corpus-loader";
import { buildTimeline, eventClassOf, extractEventMentions, tagTemporalExpressions } from "../src/index.js";

// Words that name members of Object.prototype: a lexicon lookup must see only the lexicon's own entries.
const WORDS = ["constructor", "__proto__", "toString", "valueOf", "hasOwnProperty", "isPrototypeOf"];

describe("words named like Object.prototype members", () => {
  it("are not event triggers, in the default lexicon or in a user's plain-object lexicon", () => {
    for (const w of WORDS) expect(eventClassOf({ attack: "attack" }, w.toLowerCase())).toBeUndefined();
    const text = `Officials said the constructor toString valueOf __proto__ was attacked on Monday.`;
    const doc = parseDocument(text, { id: "p", publishedAt: "2024-04-25" });
    const [m] = extractEventMentions(doc, tagTemporalExpressions(text, { referenceDate: "2024-04-25" }), { referenceDate: "2024-04-25" });
    expect(m?.trigger.class).toBe("attack");
  });

  it("do not break the cross-document timeline", () => {
    const text = (n: number) => `A {{constructor.constructor('x')()}} __proto__ hasOwnProperty meeting was held on Monday in city ${n}.`;
    const docs = [1, 2].map((n) => parseDocument(text(n), { id: `d${n}`, publishedAt: "2024-04-25" }));
    const result = buildTimeline(docs);
    expect(result.timeline.length).toBeGreaterThan(0);
    for (const entry of result.timeline) expect(typeof entry.date.value).toBe("string");
  });
});
