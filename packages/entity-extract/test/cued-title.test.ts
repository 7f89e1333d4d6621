import { describe, expect, it } from "vitest";
import { createCuedTitleRefiner, createEntityExtractor, type ExtractionContext, type Mention, type Parser } from "../src/index.js";

/** A parser that marks the given words with the given types, in text order (source `tagger`). */
function marks(items: [string, Mention["type"]][]): Parser {
  return {
    name: "marks",
    parse(context: ExtractionContext): Mention[] {
      let from = 0;
      return items.map(([word, type]) => {
        const start = context.text.indexOf(word, from);
        from = start + word.length;
        return { docId: context.docId, start, end: start + word.length, text: word, type, confidence: 0.9, source: "tagger", flags: [] };
      });
    },
  };
}

const run = (text: string, items: [string, Mention["type"]][] = []) =>
  createEntityExtractor({ parsers: [marks(items)], refiners: [createCuedTitleRefiner()] })
    .extract(text, { resolve: false })
    .mentions.map((m) => `${m.text}/${m.type}/${m.source}`);

describe("cued-title refiner", () => {
  it("makes the capitalised run after a work noun a title, over the names inside it", () => {
    expect(run("They recorded their album Return to Cookie Mountain in 2006.", [["Cookie Mountain", "ORG"]])).toEqual(["Return to Cookie Mountain/WORK_OF_ART/cued-title"]);
    expect(run("She wrote the novel Lonesome Dove.")).toEqual(["Lonesome Dove/WORK_OF_ART/cued-title"]);
    expect(run("It was the 1993 film The War Room, about the campaign.")).toEqual(["The War Room/WORK_OF_ART/cued-title"]);
    // A name the tagger found with exactly those bounds is retyped.
    expect(run("Their second album Paranoid sold well.", [["Paranoid", "PERSON"]])).toEqual(["Paranoid/WORK_OF_ART/cued-title"]);
  });

  it("ends the title at 'by', 'in' and other words, and needs a capitalised word after the cue", () => {
    expect(run("He bought the album Thriller by Michael Jackson.", [["Michael Jackson", "PERSON"]])).toEqual(["Thriller/WORK_OF_ART/cued-title", "Michael Jackson/PERSON/tagger"]);
    expect(run("The film Titanic in 1997 won.")).toEqual(["Titanic/WORK_OF_ART/cued-title"]);
    expect(run("This is the first movie I saw as a kid.")).toEqual([]);
    expect(run("The film was shown in Paris.", [["Paris", "GPE"]])).toEqual(["Paris/GPE/tagger"]);
    // Not across a comma or a sentence end.
    expect(run("He liked the film. Paris was next.", [["Paris", "GPE"]])).toEqual(["Paris/GPE/tagger"]);
  });
});
