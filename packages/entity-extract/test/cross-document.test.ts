import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractEntities, resolveEntities, type EntityType, type Mention } from "../src/index.js";
import { firstNamesCompatible, nameParts } from "../src/resolve/name-similarity.js";
import { isNicknamePair } from "../src/lexicon/nicknames.js";
import { compactTokens, propagateNames } from "../src/resolve/propagate-names.js";
import { prepareDocument } from "../src/index.js";

/** A mention record as resolution takes it (offsets are not read by resolution). */
function m(docId: string, text: string, type: EntityType = "PERSON"): Mention {
  return { docId, start: 0, end: text.length, text, type, confidence: 1, source: "test", flags: [] };
}

/** The entities as sorted lists of "docId:text". */
function groups(mentions: Mention[]): string[][] {
  const r = resolveEntities(mentions);
  return r.entities.map((e) => e.mentions.map((x) => `${x.docId}:${x.text}`).sort());
}

function together(mentions: Mention[], a: number, b: number): boolean {
  const r = resolveEntities(mentions);
  return r.mentions[a]!.entityId === r.mentions[b]!.entityId;
}

describe("cross-document resolution", () => {
  it("does not let a typing error block a merge, and gives the entity one type", () => {
    const mentions = [m("a", "Zurana Horton"), m("b", "Zurana Horton", "GPE"), m("c", "Zurana Horton"), m("d", "Tyler Hansbrough"), m("e", "Hansbrough", "GPE"), m("e", "Hansbrough")];
    const r = resolveEntities(mentions);
    expect(r.mentions[0]!.entityId).toBe(r.mentions[1]!.entityId);
    expect(r.mentions[3]!.entityId).toBe(r.mentions[4]!.entityId);
    expect(r.entities.find((e) => e.name === "Zurana Horton")!.type).toBe("PERSON");
    expect(r.entities.find((e) => e.name === "Tyler Hansbrough")!.type).toBe("PERSON");
  });

  it("keeps a known place apart from a surname of the same spelling", () => {
    const mentions = [m("a", "Michael Jordan"), m("b", "Jordan", "GPE")];
    expect(together(mentions, 0, 1)).toBe(false);
  });

  it("merges case variants, dotted and undotted acronyms, and curated acronyms with their expansion", () => {
    expect(together([m("a", "SEACOM", "ORG"), m("b", "Seacom", "PERSON")], 0, 1)).toBe(true);
    const un = [m("a", "U.N.", "ORG"), m("b", "UN", "ORG"), m("c", "United Nations", "ORG"), m("d", "Nato", "ORG"), m("e", "NATO", "ORG"), m("f", "North Atlantic Treaty Organization", "ORG")];
    expect(groups(un)).toEqual([["a:U.N.", "b:UN", "c:United Nations"], ["d:Nato", "e:NATO", "f:North Atlantic Treaty Organization"]]);
  });

  it("links an acronym to the one expansion the corpus has, anywhere in it", () => {
    expect(together([m("a", "Central Election Commission", "ORG"), m("b", "CEC", "ORG")], 0, 1)).toBe(true);
    // Two expansions of one acronym in the corpus: ambiguous, no link.
    const two = [m("a", "Central Election Commission", "ORG"), m("b", "Civil Engineering Council", "ORG"), m("c", "CEC", "ORG")];
    expect(together(two, 0, 2) || together(two, 1, 2)).toBe(false);
  });

  it("joins short and long forms of teams named after a place, unless ambiguous or generic", () => {
    const teams = [m("a", "Indianapolis", "GPE"), m("a", "Indianapolis Colts", "ORG"), m("b", "Colts", "ORG"), m("c", "Microsoft Corp.", "ORG"), m("d", "Microsoft", "ORG")];
    expect(together(teams, 1, 2)).toBe(true);
    expect(together(teams, 3, 4)).toBe(true);
    expect(together(teams, 0, 1)).toBe(false);
    const senate = [m("a", "Pennsylvania", "GPE"), m("a", "Pennsylvania Senate", "ORG"), m("b", "Senate", "ORG")];
    expect(together(senate, 1, 2)).toBe(false);
  });

  it("reads a name the tagger ran on into a verb as the name ('Saints have'), and never names the entity so", () => {
    const r = resolveEntities([m("a", "New Orleans", "GPE"), m("a", "New Orleans Saints", "ORG"), m("b", "Saints have", "NORP"), m("c", "Saints", "ORG")]);
    expect(r.mentions[1]!.entityId).toBe(r.mentions[2]!.entityId);
    expect(r.mentions[2]!.entityId).toBe(r.mentions[3]!.entityId);
    expect(r.entities.find((e) => e.id === r.mentions[2]!.entityId)!.name).not.toMatch(/have/);
    // Particles inside a name stay: "Bank of America" is not "Bank".
    expect(together([m("a", "Bank of America", "ORG"), m("b", "Bank", "ORG")], 0, 1)).toBe(false);
  });

  it("joins a place or body to its name written without its kind words, when the corpus's long forms agree", () => {
    const rehab = [m("a", "Cliffside Rehab Center", "FAC"), m("b", "Cliffside", "GPE"), m("c", "Staunton Police Department", "ORG"), m("d", "Staunton Police", "ORG")];
    expect(together(rehab, 0, 1)).toBe(true);
    expect(together(rehab, 2, 3)).toBe(true);
    // Two different long forms: ambiguous. A known place keeps its own entity. Persons are not short forms.
    const two = [m("a", "Morningside Recovery Center", "FAC"), m("b", "Morningside Church", "ORG"), m("c", "Morningside", "GPE")];
    expect(together(two, 0, 2) || together(two, 1, 2)).toBe(false);
    expect(together([m("a", "Boston Museum", "FAC"), m("b", "Boston", "GPE")], 0, 1)).toBe(false);
    expect(together([m("a", "Betty Ford Center", "FAC"), m("b", "Betty Ford")], 0, 1)).toBe(false);
    // A generic name is no short form: "Police" is not the "Police Department".
    expect(together([m("a", "Police Department", "ORG"), m("b", "Police", "ORG")], 0, 1)).toBe(false);
  });

  it("joins a name written after a place or a nationality to the name alone, when the corpus has one such long form", () => {
    const rehab = [m("a", "Malibu", "GPE"), m("a", "Malibu Promises Treatment Center", "FAC"), m("b", "Promises Treatment Center", "FAC")];
    expect(together(rehab, 1, 2)).toBe(true);
    expect(together(rehab, 0, 2)).toBe(false);
    expect(together([m("a", "Chinese Communist Party", "ORG"), m("b", "Communist Party", "ORG")], 0, 1)).toBe(true);
    // After a nationality, never a one-word rest; two long forms of one short form: ambiguous.
    expect(together([m("a", "American Express", "ORG"), m("b", "Express", "ORG")], 0, 1)).toBe(false);
    const two = [m("a", "Chinese Communist Party", "ORG"), m("b", "Cuban Communist Party", "ORG"), m("c", "Communist Party", "ORG")];
    expect(together(two, 0, 2) || together(two, 1, 2)).toBe(false);
  });

  it("joins a body's name to a longer name ending with it after other words, when the corpus has one such long form", () => {
    expect(together([m("a", "Senate Judiciary Committee", "ORG"), m("b", "Judiciary Committee", "ORG")], 0, 1)).toBe(true);
    const two = [m("a", "Senate Intelligence Committee", "ORG"), m("b", "House Intelligence Committee", "ORG"), m("c", "Intelligence Committee", "ORG")];
    expect(together(two, 0, 2) || together(two, 1, 2)).toBe(false);
    // Not the complement of a preposition, not a generic body.
    expect(together([m("a", "Office of Special Counsel", "ORG"), m("b", "Special Counsel", "ORG")], 0, 1)).toBe(false);
    expect(together([m("a", "Staunton City Police Department", "ORG"), m("b", "Police Department", "ORG")], 0, 1)).toBe(false);
  });

  it("reads 'Ft.', 'Mt.' and 'St.' opening a name as the word, and 'Department of the X' as 'X Department'", () => {
    expect(together([m("a", "Ft. Myers", "PERSON"), m("b", "Fort Myers", "GPE")], 0, 1)).toBe(true);
    expect(together([m("a", "Mt. Everest", "LOC"), m("b", "Mount Everest", "LOC")], 0, 1)).toBe(true);
    expect(together([m("a", "U.S. Department of the Treasury", "ORG"), m("b", "Treasury Department", "ORG")], 0, 1)).toBe(true);
  });

  it("compares a person's name typed as another type as a person name", () => {
    expect(together([m("a", "Hillary Clinton"), m("b", "Hillary Rodham Clinton", "GPE")], 0, 1)).toBe(true);
    // Only when the corpus's persons have both the given name and the surname.
    expect(together([m("a", "Hillary Clinton"), m("b", "Victoria Clinton", "ORG")], 0, 1)).toBe(false);
    expect(together([m("a", "Bill Clinton"), m("b", "Hillary Rodham Clinton", "GPE"), m("c", "Hillary Clinton")], 0, 1)).toBe(false);
  });

  it("joins a person written with words in front of the name, whatever those words make of the given name", () => {
    const pelosi = [m("a", "Nancy Pelosi"), m("b", "House Speaker Nancy Pelosi"), m("c", "Maine Gov. Paul LePage"), m("d", "Paul LePage")];
    expect(together(pelosi, 0, 1)).toBe(true);
    expect(together(pelosi, 2, 3)).toBe(true);
    expect(together([m("a", "Bibi Netanyahu"), m("b", "Benjamin Netanyahu")], 0, 1)).toBe(true);
  });

  it("merges one name written in one word or in several, in any case", () => {
    expect(together([m("a", "night club", "FAC"), m("b", "nightclub", "FAC")], 0, 1)).toBe(true);
    // A brand written with an inner capital keeps the tail rule ("iPhone sales" is the iPhone).
    expect(together([m("a", "iPhone", "PRODUCT"), m("b", "iPhone sales", "PRODUCT")], 0, 1)).toBe(true);
    expect(together([m("a", "Pink Pony Night Club", "FAC"), m("b", "Pink Pony Nightclub", "ORG")], 0, 1)).toBe(true);
    expect(together([m("a", "Wal-Mart", "ORG"), m("b", "Walmart", "ORG")], 0, 1)).toBe(true);
    // With or without a kind word before the last one.
    expect(together([m("a", "Betty Ford Treatment Center", "FAC"), m("b", "Betty Ford Center", "FAC")], 0, 1)).toBe(true);
    expect(together([m("a", "Betty Ford Treatment Center", "FAC"), m("b", "Betty Ford Clinic", "FAC")], 0, 1)).toBe(false);
    // Persons are not joined by their letters alone.
    expect(together([m("a", "Van Dyke"), m("b", "Vandyke", "ORG")], 0, 1)).toBe(false);
  });

  it("reads an article opening a name as part of its acronym ('THR')", () => {
    expect(together([m("a", "The Hollywood Reporter", "ORG"), m("b", "THR", "ORG")], 0, 1)).toBe(true);
    expect(together([m("a", "Hollywood Reporter", "ORG"), m("b", "HR", "ORG")], 0, 1)).toBe(true);
  });

  it("joins a blend of a person's given name and surname ('LiLo', 'A-Rod') to the one person it fits", () => {
    expect(together([m("a", "Lindsay Lohan"), m("b", "LiLo")], 0, 1)).toBe(true);
    expect(together([m("a", "Alex Rodriguez"), m("b", "A-Rod")], 0, 1)).toBe(true);
    expect(together([m("a", "Jennifer Lopez"), m("b", "J.Lo", "ORG")], 0, 1)).toBe(true);
    // Two persons fit: no link.
    const two = [m("a", "Lindsay Lohan"), m("b", "Lisa Lopez"), m("c", "LiLo")];
    expect(together(two, 0, 2) || together(two, 1, 2)).toBe(false);
  });

  it("joins a lone given name to the full name before it in its document with that given name", () => {
    const doc = [m("a", "Jermayne Timmons"), m("a", "Jermayne"), m("a", "Jermayne Taylor")];
    expect(together(doc, 0, 1)).toBe(true);
    expect(together(doc, 1, 2)).toBe(false);
    // Two full names before it with that given name: no link.
    const two = [m("a", "Jermayne Timmons"), m("a", "Jermayne Taylor"), m("a", "Jermayne")];
    expect(together(two, 0, 2) || together(two, 1, 2)).toBe(false);
  });

  it("copies each mention with its entity id, keeping its keys in their order, extra keys included", () => {
    const plain = m("a", "Ann Lee");
    const extra = { ...m("b", "Ann Lee"), note: "kept" } as Mention;
    const r = resolveEntities([plain, extra]);
    expect(Object.keys(r.mentions[0]!)).toEqual([...Object.keys(plain), "entityId"]);
    expect(Object.keys(r.mentions[1]!)).toEqual([...Object.keys(extra), "entityId"]);
    expect(r.mentions[1]).toMatchObject({ note: "kept", entityId: r.mentions[0]!.entityId });
    expect(plain).not.toHaveProperty("entityId");
  });

  it("merges a nickname with the given name", () => {
    expect(together([m("a", "Mo Cheeks"), m("b", "Maurice Cheeks")], 0, 1)).toBe(true);
    expect(together([m("a", "Jim O'Brien"), m("b", "James O'Brien")], 0, 1)).toBe(true);
    expect(together([m("a", "Bill Clinton"), m("b", "William Clinton")], 0, 1)).toBe(true);
    expect(together([m("a", "Chris Weitz"), m("b", "Christopher Weitz")], 0, 1)).toBe(true);
    expect(isNicknamePair("katie", "kathryn")).toBe(true);
    expect(isNicknamePair("bill", "will")).toBe(true);
    expect(isNicknamePair("james", "john")).toBe(false);
  });

  it("keeps people apart whose written middle initials or generational suffixes differ", () => {
    const bushes = [m("a", "George H. W. Bush"), m("b", "George W. Bush"), m("c", "George H.W. Bush"), m("d", "George Walker Bush")];
    expect(groups(bushes)).toEqual([["a:George H. W. Bush", "c:George H.W. Bush"], ["b:George W. Bush", "d:George Walker Bush"]]);
    expect(together([m("a", "Ken Griffey Jr."), m("b", "Ken Griffey Sr.")], 0, 1)).toBe(false);
    expect(together([m("a", "Donald Trump Jr."), m("b", "Donald Trump")], 0, 1)).toBe(false);
    expect(nameParts("W. Mark Felt").first).toBe("mark");
    expect(nameParts("Gaetano Lo Presti").last).toBe("lo presti");
  });

  it("never glues two people together through a name that fits both (checked against the whole entity)", () => {
    // "George Bush" fits both presidents, "G. Bush" fits George and Gary: whatever the order, the two stay apart.
    const bushes = [m("a", "George Bush"), m("b", "George W. Bush"), m("c", "George H. W. Bush")];
    for (const order of [[0, 1, 2], [0, 2, 1], [1, 0, 2], [2, 0, 1]]) {
      const list = order.map((k) => bushes[k]!);
      const r = resolveEntities(list);
      const w = list.findIndex((x) => x.text === "George W. Bush");
      const hw = list.findIndex((x) => x.text === "George H. W. Bush");
      expect(r.mentions[w]!.entityId).not.toBe(r.mentions[hw]!.entityId);
    }
    expect(together([m("a", "G. Bush"), m("b", "George Bush"), m("c", "Gary Bush")], 1, 2)).toBe(false);
    expect(together([m("a", "G. Bush"), m("a", "George Bush"), m("a", "Gary Bush")], 1, 2)).toBe(false);
    expect(together([m("a", "George Bush"), m("a", "George W. Bush"), m("a", "George H. W. Bush")], 1, 2)).toBe(false);
    expect(together([m("a", "Bill Clinton"), m("b", "William Clinton"), m("c", "Will Clinton")], 0, 2)).toBe(true);
  });

  it("never puts two full names that name two people in one entity, whatever the documents, order and types", () => {
    const names = fc.constantFrom("George Bush", "George W. Bush", "George H. W. Bush", "George Walker Bush", "G. Bush", "Gary Bush", "Bush", "Jeb Bush", "J. Bush", "Laura Bush", "George Bush Jr.", "Bill Clinton", "William Clinton", "Will Clinton", "Hillary Clinton", "Hillary Rodham Clinton", "Clinton");
    const types = fc.constantFrom<EntityType>("PERSON", "PERSON", "PERSON", "ORG", "GPE");
    const twoPeople = (a: string, b: string): boolean => {
      const pa = nameParts(a);
      const pb = nameParts(b);
      if (pa.tokens.length < 2 || pb.tokens.length < 2) return false;
      if (pa.last !== pb.last) return true;
      return !firstNamesCompatible(pa.first, pb.first) || (pa.middle !== "" && pb.middle !== "" && pa.middle !== pb.middle) || pa.suffix !== pb.suffix;
    };
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), names, types), { minLength: 1, maxLength: 24 }), (list) => {
        const r = resolveEntities(list.map(([d, text, type]) => m(`d${d}`, text, type)));
        for (const e of r.entities) {
          const texts = [...new Set(e.mentions.map((x) => x.text))];
          for (const a of texts) for (const b of texts) expect(twoPeople(a, b), `${a} / ${b} in ${texts.join(", ")}`).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("never merges two people whose given names differ and are not nickname or prefix forms of each other", () => {
    const given = fc.constantFrom("hillary", "bill", "chelsea", "vincent", "louis", "serena", "venus", "nick", "rob", "james", "john", "mark", "katie", "jermayne");
    fc.assert(
      fc.property(given, given, fc.constantFrom("Clinton", "Gigante", "Williams", "Jones"), (a, b, surname) => {
        fc.pre(!firstNamesCompatible(a, b));
        const cap = (s: string): string => s[0]!.toUpperCase() + s.slice(1);
        const r = resolveEntities([m("a", `${cap(a)} ${surname}`), m("b", `${cap(b)} ${surname}`), m("c", surname)]);
        expect(r.mentions[0]!.entityId).not.toBe(r.mentions[1]!.entityId);
      }),
    );
  });

  it("gives every mention one entity whose type is one of its mentions' types", () => {
    const names = fc.constantFrom("Zurana Horton", "Horton", "Colts", "Indianapolis Colts", "IBF", "International Boxing Federation", "U.N.", "UN", "Mo Cheeks", "Maurice Cheeks", "Cheeks");
    const types = fc.constantFrom<EntityType>("PERSON", "ORG", "GPE");
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), names, types), { minLength: 1, maxLength: 20 }), (list) => {
        const mentions = list.map(([d, text, type]) => m(`d${d}`, text, type));
        const r = resolveEntities(mentions);
        expect(r.mentions.every((x) => x.entityId !== undefined)).toBe(true);
        expect(r.entities.reduce((a, e) => a + e.mentions.length, 0)).toBe(mentions.length);
        for (const e of r.entities) expect(e.mentions.some((x) => x.type === e.type)).toBe(true);
      }),
    );
  });
});

describe("roles", () => {
  const roles = (text: string): string[] =>
    extractEntities(text, { resolve: false })
      .mentions.filter((x) => x.type === "PERSON")
      .map((x) => `${x.text}: ${(x.roles ?? []).map((r) => r.text).join("|")}`);

  it("reads titles with an organisation or lower-case words before the name", () => {
    expect(roles("White House press secretary Karine Jean-Pierre said the talks would go on.")).toEqual(["Karine Jean-Pierre: White House press secretary"]);
    expect(roles("Environmental Protection Agency Administrator Jane Doe announced the rule.")).toEqual(["Jane Doe: Environmental Protection Agency Administrator"]);
    expect(roles("Acting Attorney General Matthew Whitaker met reporters on Tuesday.")).toEqual(["Matthew Whitaker: Acting Attorney General"]);
  });

  it("reads appositive roles after the name, past an age, but not a relative clause", () => {
    expect(roles("John Smith, the company's chief financial officer, said revenue fell.")).toEqual(["John Smith: company's chief financial officer"]);
    expect(roles("Donald Trump, the party's presumptive nominee, spoke in Ohio.")).toEqual(["Donald Trump: party's presumptive nominee"]);
    expect(roles("Maria Lopez, 34, a nurse at the hospital, said she saw it.")).toEqual(["Maria Lopez: nurse at the hospital"]);
    expect(roles("Michael Steele, whose spokesman, Doug Heye, declined to comment, left.")[0]).toBe("Michael Steele: ");
  });

  it("keeps another person named inside an appositive role, and ends a role before its relative clause", () => {
    expect(roles("Jim Manley, a spokesman for Mr. Reid, declined to comment.")[0]).toBe("Jim Manley: spokesman for Mr. Reid");
    expect(roles("Douglas Holtz-Eakin, McCain's policy director at the time, disagreed.")[0]).toBe("Douglas Holtz-Eakin: McCain's policy director at the time");
    expect(roles("Mike Mullen, the retired admiral who led the Joint Chiefs, spoke.")[0]).toBe("Mike Mullen: retired admiral");
    expect(roles("Nick Merrill, the Clinton spokesman, said so.")[0]).toBe("Nick Merrill: Clinton spokesman");
    expect(roles("Michael McFaul, an ambassador to Moscow under former President Barack Obama, said so.")[0]).toBe("Michael McFaul: ambassador to Moscow under former President Barack Obama");
    // A clause that names someone after a verb is no role of the first name.
    expect(roles("Bill Smith, and others have criticized Mr. Trump for it, left.")[0]).toBe("Bill Smith: ");
  });

  it("reads offices and professions beyond the tagger's titles, before the name and after it", () => {
    expect(roles("The county's forensic pathologist Rodge Wilcox said the death was an accident.")).toEqual(["Rodge Wilcox: county's forensic pathologist"]);
    // A given name that is also an office ("Dean") stays in the name.
    expect(roles("North Carolina coach Dean Smith won again.")).toEqual(["Dean Smith: North Carolina coach"]);
    expect(roles("Representative Kevin Marsh voted against the bill.")).toEqual(["Kevin Marsh: Representative"]);
    expect(roles("Police Chief Ann Ruiz said two men were held.")).toEqual(["Ann Ruiz: Police Chief"]);
    expect(roles("Omar Haddad, a psychiatrist at the clinic, said so.")).toEqual(["Omar Haddad: psychiatrist at the clinic"]);
    expect(roles("Lena Ortiz, the defendant, did not testify.")).toEqual(["Lena Ortiz: defendant"]);
    // A lower-case word that is no office stays out.
    expect(roles("Lena Ortiz, the tall woman in the back row, did not testify.")).toEqual(["Lena Ortiz: "]);
  });

  it("reads coordinated, relative and participle appositives, and never ends a title on a coordinator", () => {
    // Two roles joined by "and", the second naming another person: the first conjunct is the role.
    expect(roles("Ted Marlow, the mayor of Denver and Mr. Brandt's former chief of staff, spoke.")[0]).toBe("Ted Marlow: mayor of Denver");
    expect(roles("Ann Kerr, the ambassador to Chile and once Mr. Brandt's adviser, left.")[0]).toBe("Ann Kerr: ambassador to Chile");
    // "whose" ends an indefinite appositive like "who" does.
    expect(roles("Paul Tan, a political consultant whose firm ran the campaign, agreed.")[0]).toBe("Paul Tan: political consultant");
    // A participle before the role.
    expect(roles("Rita Gomez, running as the Republican nominee for Senate, lost.")[0]).toBe("Rita Gomez: Republican nominee for Senate");
    // A comma and a coordinator open the next conjunct: its role is the next name's.
    expect(roles("The senator's spokesman, Tom Reyes, and his policy director, Ana Lima, met them.")).toEqual(["Tom Reyes: senator's spokesman", "Ana Lima: policy director"]);
    expect(roles("The coach and the Jane Roe left.")).toEqual(["Jane Roe: "]);
    // A comma that ends the text opens no appositive.
    expect(extractEntities("They met Chris Maier, ", { resolve: false }).messages).toEqual([]);
    expect(roles("Kenyan Minister of Information and Communications Samuel Poghisio said so.")).toEqual(["Samuel Poghisio: Kenyan Minister of Information and Communications"]);
    // The title before "and" belongs to the first person, not to the second.
    expect(roles("He was Mr. Brandt's chief of staff and Ted Marlow's adviser.").find((x) => x.startsWith("Ted Marlow"))).toBe("Ted Marlow: ");
  });

  it("ends an appositive that opens on its role noun before a relative clause, and keeps a list of people in its complement", () => {
    expect(roles("Anna Koval, manager of a central Kiev phone store that has been robbed twice, said so.")[0]).toBe("Anna Koval: manager of a central Kiev phone store");
    expect(roles("Alex Marin, the lawyer for policemen Jon Pera and Vas Dima, spoke.")).toEqual(["Alex Marin: lawyer for policemen Jon Pera and Vas Dima", "Jon Pera: policemen", "Vas Dima: policemen"]);
  });

  it("gives a plural role before or after coordinated names to each of them, in the singular", () => {
    const shared = (text: string): string[] =>
      extractEntities(text, { resolve: false })
        .mentions.filter((x) => x.type === "PERSON")
        .map((x) => `${x.text}: ${(x.roles ?? []).map((r) => `${text.slice(r.start, r.end) === r.text ? r.text : "(bad span)"} → ${r.singular ?? "-"}`).join("|")}`);
    expect(shared("The mayor's personal lawyers Mark Bell and Tom Hale spoke on television.")).toEqual([
      "Mark Bell: mayor's personal lawyers → mayor's personal lawyer",
      "Tom Hale: mayor's personal lawyers → mayor's personal lawyer",
    ]);
    expect(shared("Senators Jane Roe, John Doe and Ann Poe voted against the bill.")).toEqual([
      "Jane Roe: Senators → Senator",
      "John Doe: Senators → Senator",
      "Ann Poe: Senators → Senator",
    ]);
    expect(shared("Jane Roe and John Doe, the bakery's co-founders, left in May.")).toEqual([
      "Jane Roe: bakery's co-founders → bakery's co-founder",
      "John Doe: bakery's co-founders → bakery's co-founder",
    ]);
    expect(shared("Jane Roe and John Doe, co-founders of the Acme bakery, left in May.").slice(0, 2)).toEqual([
      "Jane Roe: co-founders of the Acme bakery → co-founder of the Acme bakery",
      "John Doe: co-founders of the Acme bakery → co-founder of the Acme bakery",
    ]);
    expect(shared("The secretaries Jane Roe and John Doe resigned.")).toEqual(["Jane Roe: secretaries → secretary", "John Doe: secretaries → secretary"]);
    // An appositive before the list, closed after it.
    expect(shared("Two Ohio Republican senators, Jane Roe and John Doe, voted no.")).toEqual([
      "Jane Roe: Ohio Republican senators → Ohio Republican senator",
      "John Doe: Ohio Republican senators → Ohio Republican senator",
    ]);
  });

  it("does not share a plural role across a clause, with a possessive conjunct, with the names as its complement, or from a singular title", () => {
    const plain = (text: string): string[] => roles(text);
    // The plural ends a clause whose subject is not the names.
    expect(plain("Reporters asked Jane Roe and John Doe, the senators said.")).toEqual(["Jane Roe: ", "John Doe: "]);
    // A verb phrase, not a noun phrase, after the names.
    expect(plain("Mark Bell and Tom Hale, were later named as army soldiers.")).toEqual(["Mark Bell: ", "Tom Hale: "]);
    // "John Doe's firm": the second name is no conjunct of the first.
    expect(plain("The lawyers Jane Roe and John Doe's firm hired were late.")).toEqual(["Jane Roe: ", "John Doe: "]);
    // The names are the complement of the role, not its holders.
    expect(plain("He interviewed representatives for Jane Roe and John Doe on Monday.")).toEqual(["Jane Roe: ", "John Doe: "]);
    // A singular title belongs to the first name only.
    expect(plain("Senator Jane Roe and John Doe met on Friday.")).toEqual(["Jane Roe: Senator", "John Doe: "]);
    // An appositive before the names must close after them: here the names are the subject of "lead".
    expect(plain("In the race among senators, Jane Roe and John Doe lead the field.")).toEqual(["Jane Roe: ", "John Doe: "]);
    // An unknown plural ("Democrats" is no role word) is not read.
    expect(plain("Democrats Jane Roe, John Doe and Ann Poe wrote to the agency.")).toEqual(["Jane Roe: ", "John Doe: ", "Ann Poe: "]);
  });

  it("reads a title typed as a person right before a name as that name's role", () => {
    const r = extractEntities("Rain fell. Marion County Sheriff Russ Isham said the road was closed.", { resolve: false }).mentions;
    expect(r.filter((x) => x.type === "PERSON").map((x) => `${x.text}: ${(x.roles ?? []).map((y) => y.text).join("|")}`)).toEqual(["Russ Isham: Marion County Sheriff"]);
  });

  it("collects an entity's roles from every document", () => {
    const r = extractEntities([
      { id: "a", seq: null, source: null, title: null, titleSpan: null, publishedAt: null, text: "Pentagon spokeswoman Sabrina Singh declined to comment.", excluded: [], paragraphs: [], sentences: [] },
      { id: "b", seq: null, source: null, title: null, titleSpan: null, publishedAt: null, text: "Sabrina Singh, the deputy press secretary, spoke.", excluded: [], paragraphs: [], sentences: [] },
    ]);
    const singh = r.entities.find((e) => e.name === "Sabrina Singh")!;
    expect(singh.roles.map((x) => `${x.docId}:${x.text}`)).toEqual(["a:Pentagon spokeswoman", "b:deputy press secretary"]);
  });
});

describe("propagation across documents", () => {
  const doc = (id: string, text: string) => ({ id, seq: null, source: null, title: null, titleSpan: null, publishedAt: null, text, excluded: [], paragraphs: [], sentences: [] });

  it("marks a name found in one document where another writes it, with the collection's type", () => {
    const a = doc("a", "The Colts beat the Chiefs. Colts fans cheered.");
    const b = doc("b", "After the game the Colts and Mr. Colts Smith left.");
    const compact = [a, b].map((d) => compactTokens(d.id, d.text, prepareDocument(d).tokens));
    const mentions = [
      { docId: "a", start: 4, end: 9, text: "Colts", type: "ORG" as const, confidence: 1, source: "tagger", flags: [] },
      { docId: "a", start: 27, end: 32, text: "Colts", type: "ORG" as const, confidence: 1, source: "tagger", flags: [] },
    ];
    const added = propagateNames(compact, mentions);
    // In b: "the Colts" (not "Colts Smith", glued to a longer capitalised name).
    expect(added.map((m) => [m.docId, m.text, b.text.slice(m.start, m.end), m.type, m.source, m.flags])).toEqual([["b", "Colts", "Colts", "ORG", "propagation", ["cross-document"]]]);
    expect(added[0]!.start).toBe(b.text.indexOf("Colts"));
    const docs = [doc("x", "The Indianapolis Colts beat the Chiefs."), doc("y", "The Colts left.")];
    expect(extractEntities(docs, { propagate: false }).mentions.some((m) => m.source === "propagation")).toBe(false);
  });

  it("does not spread a one-word name found at few of its occurrences", () => {
    const docs = [doc("a", "Carrier said the plant would close."), doc("b", "Carrier workers met. Carrier managers left. Carrier staff wept. Carrier trucks idled.")];
    const added = extractEntities(docs).mentions.filter((m) => m.source === "propagation");
    expect(added).toHaveLength(0);
  });
});
