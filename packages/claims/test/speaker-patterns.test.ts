import { describe, expect, it } from "vitest";
import { couldBePerson, genderOf } from "../src/speaker-gender.js";
import { claimsOfKind } from "./helpers.js";

const quotes = (text: string) => claimsOfKind(text, "quote");

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

describe("more speaker patterns", () => {
  it("reads a role and name after the quote, and told reporters in a place", () => {
    expect(quotes("“We will fight on,” spokesperson Jane Roe said.")[0]?.speaker?.text).toBe("spokesperson Jane Roe");
    expect(quotes("He told reporters in Paris: “We will fight on.”")[0]?.speaker?.text).toBe("He");
    expect(quotes("The group said: “We will fight on.”")[0]?.speaker?.text).toBe("The group");
  });
  it("does not take negated or hypothetical cues for attributions", () => {
    const reported = (t: string) => claimsOfKind(t, "reported");
    expect(reported("Smith won't say if he will run.")).toEqual([]);
    expect(reported("The spokesman declined to say whether the troops would leave.")).toEqual([]);
    expect(reported("He would not say how many people were arrested.")).toEqual([]);
  });
  it("does not attribute scare quotes or nicknames", () => {
    expect(quotes("The so-called “peace plan” was rejected by Congress.")[0]?.speaker).toBeUndefined();
    expect(quotes("Trump, who calls him “Little Marco,” spoke on Monday.")[0]?.speaker).toBeUndefined();
  });
});

describe("particle cues", () => {
  it("reads shot back / went on as cues", () => {
    expect(quotes("\"Jeb wants to be a tough guy tonight,\" Trump shot back.")[0]?.cue?.text).toBe("shot back");
    expect(quotes("“It is wrong,” she went on.")[0]?.cue?.text).toBe("went on");
  });
});
