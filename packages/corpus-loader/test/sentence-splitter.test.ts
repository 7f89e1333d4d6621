import { describe, expect, it } from "vitest";
import { createSentenceSplitter, splitSentences } from "../src/index.js";

const split = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe("splitSentences", () => {
  it.each([
    ["Titles and ranks", "Lt. Gen. Dagvin Anderson spoke. Mr. Basoom listened. Dr. Fee left.", ["Lt. Gen. Dagvin Anderson spoke.", "Mr. Basoom listened.", "Dr. Fee left."]],
    ["Hyphenated ranks", "It was led by Col.-Maj. Mamane Sani Kiaou. Talks ended.", ["It was led by Col.-Maj. Mamane Sani Kiaou.", "Talks ended."]],
    ["Initials", "Under Secretary Kurt M. Campbell met J. Peter Baum. They spoke.", ["Under Secretary Kurt M. Campbell met J. Peter Baum.", "They spoke."]],
    ["U.S. mid-sentence and at the end", "U.S. Africa Command said so. Troops left the U.S. The move was new.", ["U.S. Africa Command said so.", "Troops left the U.S.", "The move was new."]],
    ["Decimals, money, times", "Growth was 3.5 percent at 10:30 a.m. Friday. It cost $1.2 billion. Fine.", ["Growth was 3.5 percent at 10:30 a.m. Friday.", "It cost $1.2 billion.", "Fine."]],
    ["Quoted sentence followed by attribution", "“Why now?” he asked. “Because.” She left.", ["“Why now?” he asked.", "“Because.”", "She left."]],
    ["Quote ending the sentence", "He called it a “turning point.” Then he left.", ["He called it a “turning point.”", "Then he left."]],
    ["Straight quotes", '"We will go," Miller said. "Soon." Done.', ['"We will go," Miller said.', '"Soon."', "Done."]],
    ["Unterminated quote does not swallow", "He wrote, “The people will bear it. States also lose. And that is all.", ["He wrote, “The people will bear it.", "States also lose.", "And that is all."]],
    ["Stray period", "It is a pariah in the region. . Next one.", ["It is a pariah in the region. .", "Next one."]],
    ["Dates with month abbreviations", "It happened on Jan. 5, 2024. No. 10 was next.", ["It happened on Jan. 5, 2024.", "No. 10 was next."]],
    ["Ellipsis and exclamation", "Wait... The end! Really? yes.", ["Wait...", "The end!", "Really? yes."]],
    ["Company names", "Apple Inc. said it would. Shares of Apple Inc. The rest fell.", ["Apple Inc. said it would.", "Shares of Apple Inc.", "The rest fell."]],
    ["URLs and e-mails are not split", "See example.com/a.b for more. Mail x.y@z.org now.", ["See example.com/a.b for more.", "Mail x.y@z.org now."]],
  ])("%s", (_name, text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it("splits only inside the given range and trims white space", () => {
    const text = "xx  One. Two.  yy";
    const spans = splitSentences(text, 2, 15);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(["One.", "Two."]);
  });

  it("accepts extra abbreviations", () => {
    const custom = createSentenceSplitter({ titleAbbreviations: ["insp"] });
    const text = "Insp. Morse arrived. He sat.";
    expect(custom.split(text).map((s) => text.slice(s.start, s.end))).toEqual(["Insp. Morse arrived.", "He sat."]);
  });

  it("the Intl.Segmenter engine gets the same repairs", () => {
    const intl = createSentenceSplitter({ engine: "intl" });
    const text = "Lt. Gen. Dagvin Anderson met U.S. Ambassador Kathleen FitzGibbon. Then they left.";
    expect(intl.split(text).map((s) => text.slice(s.start, s.end))).toEqual([
      "Lt. Gen. Dagvin Anderson met U.S. Ambassador Kathleen FitzGibbon.",
      "Then they left.",
    ]);
    const plain = createSentenceSplitter({ engine: "intl", repair: false });
    expect(plain.split(text).length).toBeGreaterThan(2);
  });
});
