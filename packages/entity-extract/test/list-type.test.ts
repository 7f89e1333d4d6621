import { describe, expect, it } from "vitest";
import { createEntityExtractor, createListTypeRefiner, type ExtractionContext, type Mention, type Parser } from "../src/index.js";

/** A parser that marks the given words with the given types (source `tagger` unless said otherwise), in text order. */
function marks(items: [string, Mention["type"], string?][]): Parser {
  return {
    name: "marks",
    parse(context: ExtractionContext): Mention[] {
      let from = 0;
      return items.map(([word, type, source]) => {
        const start = context.text.indexOf(word, from);
        from = start + word.length;
        return { docId: context.docId, start, end: start + word.length, text: word, type, confidence: 0.9, source: source ?? "tagger", flags: [] };
      });
    },
  };
}

const run = (text: string, items: [string, Mention["type"], string?][], refiner = createListTypeRefiner()) =>
  createEntityExtractor({ parsers: [marks(items)], refiners: [refiner] })
    .extract(text, { resolve: false })
    .mentions.map((m) => `${m.text}/${m.type}/${m.source}`);

describe("list-type refiner", () => {
  it("gives a weakly typed name in a list of organisations the list's type", () => {
    const text = "Thrash bands such as Metallica, Anthrax, Megadeth, and Slayer toured.";
    expect(run(text, [["Metallica", "ORG"], ["Anthrax", "ORG"], ["Megadeth", "GPE"], ["Slayer", "ORG"]])).toEqual([
      "Metallica/ORG/tagger",
      "Anthrax/ORG/tagger",
      "Megadeth/ORG/list-type",
      "Slayer/ORG/tagger",
    ]);
    // Works too, with "or" and semicolons.
    expect(run("Her albums Woodface; Temple of Low Men or Recurring Dream sold well.", [["Woodface", "GPE"], ["Temple of Low Men", "WORK_OF_ART"], ["Recurring Dream", "WORK_OF_ART"]])).toContain(
      "Woodface/WORK_OF_ART/list-type",
    );
  });

  it("leaves a name a rule made, lists of people or places, short lists and names not separated as a list", () => {
    const text = "Metallica, Anthrax, Megadeth, and Slayer toured.";
    expect(run(text, [["Metallica", "ORG"], ["Anthrax", "ORG"], ["Megadeth", "GPE", "gazetteer"], ["Slayer", "ORG"]])).toContain("Megadeth/GPE/gazetteer");
    expect(run("Gary Numan, Ultravox and John Foxx played.", [["Gary Numan", "PERSON"], ["Ultravox", "ORG"], ["John Foxx", "PERSON"]])).toContain("Ultravox/ORG/tagger");
    expect(run("Qatar, Egypt and al-Jazeera disagreed.", [["Qatar", "GPE"], ["Egypt", "GPE"], ["al-Jazeera", "ORG"]])).toContain("al-Jazeera/ORG/tagger");
    expect(run("Anthrax and Megadeth toured.", [["Anthrax", "ORG"], ["Megadeth", "GPE"]])).toContain("Megadeth/GPE/tagger");
    // Adjacent names without a comma or conjunction are not a list ("… Anthrax Megadeth …"), nor is a run across a sentence end.
    expect(run("Metallica, Anthrax Megadeth, Slayer.", [["Metallica", "ORG"], ["Anthrax", "ORG"], ["Megadeth", "GPE"], ["Slayer", "ORG"]])).toContain("Megadeth/GPE/tagger");
    expect(run("Metallica, Anthrax. Megadeth, Slayer.", [["Metallica", "ORG"], ["Anthrax", "ORG"], ["Megadeth", "GPE"], ["Slayer", "ORG"]])).toContain("Megadeth/GPE/tagger");
  });

  it("marks the capitalised items of such a list that have no name, of the list's type", () => {
    const text = "Three German bands, Kreator, Sodom, and Destruction, played.";
    expect(run(text, [["Kreator", "ORG"], ["Sodom", "ORG"]])).toEqual(["Kreator/ORG/tagger", "Sodom/ORG/tagger", "Destruction/ORG/list-type"]);
    const middle = "Boy bands such as Westlife, A1, Blue, and Busted gained popularity.";
    expect(run(middle, [["Westlife", "ORG"], ["Busted", "ORG"]])).toEqual(["Westlife/ORG/tagger", "A1/ORG/list-type", "Blue/ORG/list-type", "Busted/ORG/tagger"]);
    // The whole capitalised item; not a pronoun, nor a name cut off after four words, and not without the option.
    expect(run("Kreator, Sodom, and Destruction Records signed.", [["Kreator", "ORG"], ["Sodom", "ORG"]])).toContain("Destruction Records/ORG/list-type");
    expect(run("Kreator, Sodom, and I played.", [["Kreator", "ORG"], ["Sodom", "ORG"]])).toHaveLength(2);
    expect(run("Kreator, Sodom, and The Very Long Band Name played.", [["Kreator", "ORG"], ["Sodom", "ORG"]])).toHaveLength(2);
    expect(run(text, [["Kreator", "ORG"], ["Sodom", "ORG"]], createListTypeRefiner({ addItems: false }))).toHaveLength(2);
  });

  it("needs a strict majority, and follows its options", () => {
    const items: [string, Mention["type"]][] = [["Metallica", "ORG"], ["Anthrax", "ORG"], ["Megadeth", "GPE"], ["Slayer", "GPE"]];
    expect(run("Metallica, Anthrax, Megadeth and Slayer.", items)).toContain("Megadeth/GPE/tagger");
    const three: [string, Mention["type"]][] = [["Metallica", "ORG"], ["Anthrax", "ORG"], ["Megadeth", "GPE"]];
    expect(run("Metallica, Anthrax and Megadeth.", three, createListTypeRefiner({ minItems: 4 }))).toContain("Megadeth/GPE/tagger");
    expect(run("Gary Numan, John Foxx and Ultravox.", [["Gary Numan", "PERSON"], ["John Foxx", "PERSON"], ["Ultravox", "ORG"]], createListTypeRefiner({ types: ["PERSON"] }))).toContain(
      "Ultravox/PERSON/list-type",
    );
  });
});
