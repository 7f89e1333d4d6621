import { describe, expect, it } from "vitest";
import { parseDocument } from "@newsparse/corpus-loader";
import { extractEventMentions, tagTemporalExpressions } from "../src/index.js";

function mentions(text: string, ref = "2024-04-25") {
  const doc = parseDocument(text, { id: "e", publishedAt: ref });
  return extractEventMentions(doc, tagTemporalExpressions(text, { referenceDate: ref }), { referenceDate: ref });
}

describe("extractEventMentions", () => {
  it("records trigger class, tense, modality and polarity", () => {
    const [past] = mentions("Protesters rallied in Niamey on Saturday.");
    expect(past).toMatchObject({ trigger: { text: "rallied", class: "protest" }, tense: "past", modality: "reported", polarity: "positive" });
    expect(past!.date.value).toBe("2024-04-20");
    const [planned] = mentions("The delegation will meet officials on April 29.");
    expect(planned).toMatchObject({ trigger: { class: "talks" }, tense: "future", modality: "planned" });
    const [negative] = mentions("The delegation did not meet officials on Tuesday.");
    expect(negative!.polarity).toBe("negative");
    const [hypothetical] = mentions("Officials said talks could resume next week if the junta agrees.");
    expect(hypothetical!.modality).toBe("hypothetical");
  });

  it("anchors one mention per dated timex, with the sentence as its span", () => {
    const text = "The pullout began in March. A coup took place last July.";
    const ms = mentions(text);
    expect(ms.map((m) => m.date.value)).toEqual(["2024-03", "2023-07"]);
    expect(ms.map((m) => text.slice(m.start, m.end))).toEqual(["The pullout began in March.", "A coup took place last July."]);
    expect(ms[1]!.trigger.class).toBe("coup");
    expect(ms[1]!.classes).toContain("coup");
  });
});
