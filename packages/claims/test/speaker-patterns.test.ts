import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";
import { couldBePerson, genderOf } from "../src/lexicon/gender.js";

const quotes = (text: string) => extractClaims(text).claims.filter((c) => c.kind === "quote");

describe("speaker patterns", () => {
  it("reads less common cue verbs after the quote", () => {
    expect(quotes("“Cruz could win in a landslide,” Viguerie concludes.")[0]?.speaker?.text).toBe("Viguerie");
    expect(quotes("“Go back to Univision,” Trump barked.")[0]?.speaker?.text).toBe("Trump");
    expect(quotes("“This is a big win,” Jones blurted out.")[0]?.cue?.text).toBe("blurted out");
  });
  it("reads a cue that opens the sentence", () => {
    expect(quotes("Said Dorothy Poynter, a neighbor, “We were all so proud of him.”")[0]?.speaker?.text).toBe("Dorothy Poynter");
  });
  it("gives a participle cue to the subject of its clause", () => {
    expect(quotes("Hillary Clinton posted a comment of her own, saying, “We are so excited to meet our second grandchild!”")[0]?.speaker?.text).toBe("Hillary Clinton");
  });
});

describe("pronoun speakers", () => {
  it("never resolve he or she to a speaker of the other gender or to an organisation", () => {
    const text = "“We will appeal,” Apple Inc. said. “We disagree,” said Mary Smith. “It is wrong,” he said.";
    const he = quotes(text)[2]!;
    expect(he.speaker?.text).toBe("he"); // left unresolved: no man spoke before
    expect(he.speaker?.text).not.toBe("Apple Inc.");
    expect(he.speaker?.text).not.toBe("Mary Smith");
  });
  it("resolve she to the last woman who spoke", () => {
    const text = "“We disagree,” said Mary Smith. “We agree,” said John Brown. “It is wrong,” she said.";
    expect(quotes(text)[2]!.speaker?.text).toBe("Mary Smith");
  });
  it("tell gender from titles, role nouns and given names", () => {
    expect(genderOf("Mrs. Clinton")).toBe("female");
    expect(genderOf("a spokesman for the ministry")).toBe("male");
    expect(genderOf("Sen. Elizabeth Warren")).toBe("female");
    expect(genderOf("Gov. John Kasich")).toBe("male");
    expect(genderOf("the ministry")).toBeUndefined();
    expect(couldBePerson("Apple Inc.")).toBe(false);
    expect(couldBePerson("NATO")).toBe(false);
    expect(couldBePerson("the city embodied the")).toBe(false);
    expect(couldBePerson("Bolton")).toBe(true);
  });
});
