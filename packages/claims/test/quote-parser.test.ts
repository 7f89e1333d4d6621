import { describe, expect, it } from "vitest";
import { extractClaims, scanQuotes } from "../src/index.js";
import { claimsOfKind } from "./helpers.js";

const quotes = (text: string) => claimsOfKind(text, "quote");

describe("scanQuotes", () => {
  it("finds curly, straight and guillemet quotes", () => {
    const t = "A “b” c \"d\" e «f»";
    expect(scanQuotes(t, 0, t.length).map((q) => t.slice(q.start, q.end))).toEqual(["“b”", "\"d\"", "«f»"]);
  });
  it("keeps nested single and other-kind quotes inside", () => {
    const t = "“He said ‘no’ and \"never\" again,” she said.";
    expect(scanQuotes(t, 0, t.length).map((q) => t.slice(q.start, q.end))).toEqual(["“He said ‘no’ and \"never\" again,”"]);
  });
  it("pairs mixed curly and straight marks (“…,\" and \"…”)", () => {
    const t = "“It is done,\" Clinton said. \"I don’t think so,” Grassley said.";
    expect(scanQuotes(t, 0, t.length).map((q) => t.slice(q.start, q.end))).toEqual(["“It is done,\"", "\"I don’t think so,”"]);
    const n = "“He called it \"nice,\" then left.”";
    expect(scanQuotes(n, 0, n.length).map((q) => n.slice(q.start, q.end))).toEqual([n]);
  });
  it("closes ''…'…''' (nested single quote at the end) after all three apostrophes", () => {
    const t = "''He said 'no,''' she said.";
    expect(scanQuotes(t, 0, t.length).map((q) => t.slice(q.start, q.end))).toEqual(["''He said 'no,'''"]);
  });
  it("ends an unterminated quote at the end of the stretch", () => {
    const t = "He wrote, “This never ends.  ";
    const q = scanQuotes(t, 0, t.length);
    expect(q).toEqual([{ start: 10, end: 27, unterminated: true }]);
  });
  it("does not open on inch marks", () => {
    const t = 'He is 5\'11" tall and 6" wide.';
    expect(scanQuotes(t, 0, t.length)).toEqual([]);
  });
});

describe("quote parser", () => {
  it("attributes a quote to a speaker after it", () => {
    const [q] = quotes("“We will leave,” a senior defense official said.");
    expect(q!.text).toBe("“We will leave,”");
    expect(q!.speaker).toMatchObject({ text: "a senior defense official", anonymous: true, kind: "anonymous" });
    expect(q!.cue?.text).toBe("said");
  });
  it("handles cue-first inversion", () => {
    const [q] = quotes("“It is over,” said Jane Smith, the spokeswoman.");
    expect(q!.speaker).toMatchObject({ text: "Jane Smith", kind: "person", anonymous: false, description: "the spokeswoman" });
  });
  it("handles a speaker before the quote", () => {
    const [q] = quotes("The minister warned: “Nobody is safe.”");
    expect(q!.speaker?.text).toBe("The minister");
    expect(q!.cue?.text).toBe("warned");
  });
  it("links both halves of a split quote", () => {
    const [a, b] = quotes("“First part,” the official said, “second part.”");
    expect(a!.speaker?.text).toBe("the official");
    expect(b!.speaker?.text).toBe("the official");
    expect(b!.parts).toHaveLength(2);
  });
  it("continues an unattributed quote after an attributed one", () => {
    const [, b] = quotes("“One,” Ms. Lee stressed. “Two.”");
    expect(b!.speaker?.text).toBe("Ms. Lee");
    expect(b!.flags).toContain("continuation");
  });
  it("resolves pronouns to the earlier speaker", () => {
    const text = "Prime Minister Ann Roe spoke first.\n\n“We are ready,” Roe said.\n\n“We always were,” she added.";
    const qs = quotes(text);
    expect(qs[1]!.speaker?.text).toBe("Roe");
    expect(qs[1]!.speaker?.mention?.text).toBe("she");
  });
  it("accepts user cue verbs through the lexicon", async () => {
    const { createClaimExtractor, defaultLexicon } = await import("../src/index.js");
    const extractor = createClaimExtractor({ lexicon: { cueVerbs: [...defaultLexicon.cueVerbs, "harrumphed"] } });
    const q = extractor.extract("“Nonsense,” the senator harrumphed.").claims.find((c) => c.kind === "quote");
    expect(q?.speaker?.text).toBe("the senator");
    expect(quotes("“Nonsense,” the senator harrumphed.")[0]!.speaker).toBeUndefined();
  });
});

describe("quote parser: negative cases", () => {
  it("finds nothing without quotation marks", () => {
    expect(quotes("He said nothing at all.")).toEqual([]);
  });
  it("does not invent a speaker for a lone scare quote", () => {
    const [q] = quotes("The so-called “peace plan” failed.");
    expect(q!.speaker).toBeUndefined();
    expect(q!.flags).toContain("partial");
  });
  it("does not take a noun after a quote for a speaker", () => {
    const [q] = quotes("“Yes.” The vote was close.");
    expect(q!.speaker).toBeUndefined();
  });
});

describe("quote parser: more mark styles and flags", () => {
  it("reads newswire ''…'' and ``…'' quotes", () => {
    const [q] = quotes("''We will win,'' Mr. Smith said.");
    expect(q!.text).toBe("''We will win,''");
    expect(q!.speaker?.text).toBe("Mr. Smith");
    const [r] = quotes("``It is done,'' she said.");
    expect(r!.text).toBe("``It is done,''");
  });
  it("flags unattributed title-like quotes", () => {
    const [q] = quotes("She starred in “The Nightly Show With Larry Wilmore” last year.");
    expect(q!.flags).toContain("title");
  });
  it("reads no reported speech from the adjunct after a quote's attribution", () => {
    const { claims } = extractClaims("“I’m a free American,” he told Fox 35 in Orlando. “I can do what I want.”");
    expect(claims.filter((c) => c.kind === "reported")).toEqual([]);
    expect(claims.filter((c) => c.kind === "quote").map((c) => c.speaker?.text)).toEqual(["he", "he"]);
  });
  it("keeps a sentence-final appositive after the speaker in Speaker.phrase", () => {
    const [q] = quotes("“We will win,” said Alfonso Aguilar, the executive director of the Latino Partnership for Conservative Principles.");
    expect(q!.speaker?.text).toBe("Alfonso Aguilar");
    expect(q!.speaker?.phrase?.text).toBe("Alfonso Aguilar, the executive director of the Latino Partnership for Conservative Principles");
    const [r] = quotes("“We will win,” said Karen Janes, 67, of Exeter, N.H.");
    expect(r!.speaker?.phrase?.text).toBe("Karen Janes, 67, of Exeter, N.H.");
  });
  it("reads a long appositive between the speaker and a trailing cue, and bare role appositives", () => {
    const [q] = quotes("“We will win,” Ed Lorenzen, senior adviser to the centrist Committee for a Responsible Federal Budget, said.");
    expect(q!.speaker?.text).toBe("Ed Lorenzen");
    expect(q!.speaker?.phrase?.text).toBe("Ed Lorenzen, senior adviser to the centrist Committee for a Responsible Federal Budget");
    const [r] = quotes("“We will win,” said Monte Shaw, executive director of the Iowa Renewable Fuels Association.");
    expect(r!.speaker?.phrase?.text).toBe("Monte Shaw, executive director of the Iowa Renewable Fuels Association");
    const [p] = quotes("“We will win,” said Monte Shaw, adding that the vote was close.");
    expect(p!.speaker?.phrase).toBeUndefined();
  });
  it("keeps a party parenthetical and a described source's postmodifier in Speaker.phrase", () => {
    const [q] = quotes("“We will win,” said Rep. Bobby Scott (D-Va.).");
    expect(q!.speaker?.text).toBe("Rep. Bobby Scott");
    expect(q!.speaker?.phrase?.text).toBe("Rep. Bobby Scott (D-Va.)");
    const [r] = quotes("“We will win,” said one Republican involved in the planning.");
    // a relation adjective's complement is part of the speaker itself
    expect(r!.speaker?.text).toBe("one Republican involved in the planning");
    const [p] = quotes("“It refreshes the library,” said Peter Rice, chairman of Fox Networks Group, noting that old episodes sell.");
    expect(p!.speaker?.phrase?.text).toBe("Peter Rice, chairman of Fox Networks Group");
  });
  it("joins a split quote whose attribution has an adjunct before the second half", () => {
    const qs = quotes("“What he believes,” Arne Duncan told The New York Times in 2012, “is that the only way out is education.”");
    expect(qs).toHaveLength(2);
    expect(qs[1]!.flags).toContain("split");
    expect(qs[1]!.speaker?.text).toBe("Arne Duncan");
    expect(qs[0]!.parts).toHaveLength(2);
  });
  it("gives a quote after 'he said, adding,' the same speaker and its own cue", () => {
    const qs = quotes("“We won,” he said, adding, “We will win again.”");
    expect(qs).toHaveLength(2);
    expect(qs[1]!.speaker?.text).toBe("he");
    expect(qs[1]!.cue?.text).toBe("adding");
    expect(qs[1]!.flags ?? []).not.toContain("continuation");
  });
  it("takes the speaker from a paragraph ending with a colon", () => {
    const [q] = quotes("The senator said in a statement:\n\n“We will not back down.”");
    expect(q!.speaker?.text).toBe("The senator");
  });
});
