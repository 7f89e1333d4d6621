import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";
import { claimsOfKind } from "./helpers.js";

const reported = (text: string) => claimsOfKind(text, "reported");

describe("reported speech parser", () => {
  it("X said that …", () => {
    const [r] = reported("The ministry said on Friday that talks would resume next week.");
    expect(r!.text).toBe("that talks would resume next week");
    expect(r!.speaker).toMatchObject({ text: "The ministry", kind: "institution" });
    expect(r!.cue?.text).toBe("said");
  });
  it("…, X said.", () => {
    const [r] = reported("The troops will leave by September, officials said.");
    expect(r!.text).toBe("The troops will leave by September");
    expect(r!.speaker).toMatchObject({ text: "officials", anonymous: true });
  });
  it("according to X, …", () => {
    const [r] = reported("According to the United Nations, the camp holds 40,000 people.");
    expect(r!.text).toBe("the camp holds 40,000 people");
    expect(r!.speaker?.text).toBe("the United Nations");
    expect(r!.cue?.text).toBe("According to");
  });
  it("…, according to X.", () => {
    const [r] = reported("The deal was signed in March, according to a senior official.");
    expect(r!.text).toBe("The deal was signed in March");
    expect(r!.speaker).toMatchObject({ text: "a senior official", anonymous: true });
  });
  it("X told reporters …", () => {
    const [r] = reported("The general told reporters the base would close.");
    expect(r!.text).toBe("the base would close");
    expect(r!.speaker?.text).toBe("The general");
  });
  it("keeps a title written before the name as description", () => {
    const [r] = reported("On Monday, Jane Doe, the agency's director, said the rules would change.");
    expect(r!.speaker).toMatchObject({ text: "Jane Doe", description: "the agency's director" });
  });
});

describe("reported speech parser: negative cases", () => {
  it("ignores noun uses of cue words", () => {
    expect(reported("The report was long and the state budget was cut.")).toEqual([]);
  });
  it("ignores cues inside direct quotes", () => {
    expect(reported("“He said he would come,” Ann said.")).toEqual([]);
  });
  it("ignores 'said of …'", () => {
    expect(reported("The official said of the arrival of Russian forces.")).toEqual([]);
  });
});

describe("reported speech parser: more patterns", () => {
  it("a parenthetical attribution inside its content", () => {
    const [r] = reported("In a merger, he said, the brand would survive.");
    expect(r!.text).toBe("In a merger, he said, the brand would survive");
    expect(r!.speaker?.text).toBe("he");
  });
  it("a participle cue takes the sentence subject", () => {
    const [r] = reported("The mayor left early, saying that the meeting was over.");
    expect(r!.speaker?.text).toBe("The mayor");
    expect(r!.text).toBe("that the meeting was over");
  });
  it("keeps a reported content that contains a quoted phrase", () => {
    const text = "Clinton said her family was “dead broke” when they left.";
    const [r] = reported(text);
    expect(r!.text).toBe("her family was “dead broke” when they left");
    const q = extractClaims(text).claims.find((c) => c.kind === "quote")!;
    expect(q.speaker?.text).toBe("Clinton");
    expect(q.flags).toContain("in-reported-speech");
  });
});
