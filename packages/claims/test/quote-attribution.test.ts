import { describe, expect, it } from "vitest";
import { claimsOfKind } from "./helpers.js";
import { extractClaims } from "../src/index.js";

const quotes = (text: string) => claimsOfKind(text, "quote");
const speakerOf = (text: string, i = 0) => quotes(text)[i]?.speaker?.text;

describe("speaker of a clause before the quote", () => {
  it("skips adverbs and an opening adjunct to find the subject of a participle cue", () => {
    expect(speakerOf("Hillary Clinton immediately posted a comment of her own, saying, “We are thrilled.”")).toBe("Hillary Clinton");
    expect(speakerOf("At Sunday night’s debate, Sanders compared himself to Clinton, saying, “I don’t get speaking fees.”")).toBe("Sanders");
    expect(speakerOf("Band member Flea shared the news last week, writing, “Thank you all.”")).toBe("Band member Flea");
  });
  it("keeps the subject across `to say`, `by saying` and `and`", () => {
    expect(speakerOf("He went on to say, “We will win.”")).toBe("He");
    expect(speakerOf("Husted continued by saying, “The law is clear.”")).toBe("Husted");
    expect(speakerOf("Trump leaned in and boomed, “Get him out!”")).toBe("Trump");
  });
  it("reads a prepositional adjunct between the cue and the quote, not a clause", () => {
    expect(speakerOf("Mr. Trump said of the episode, “Maybe he should have been roughed up.”")).toBe("Mr. Trump");
    expect(speakerOf("Mitt Romney tweeted in response: “Not a good day.”")).toBe("Mitt Romney");
  });
  it("bridges `back` and an adverb between the cue and a colon", () => {
    const q = quotes("A short time later, Ms. Abedin wrote back: “We all have him on our radar.”")[0]!;
    expect(q.speaker?.text).toBe("Ms. Abedin");
    expect(q.flags ?? []).not.toContain("in-reported-speech");
    expect(speakerOf("Rubio fired back forcefully: “If they sue us, they’re going to lose.”")).toBe("Rubio");
  });
  it("does not read a capitalised cue word inside a name as the cue", () => {
    expect(speakerOf("Trump told the Washington Post in a written statement, “I really don’t want his endorsement.”")).toBe("Trump");
  });
  it("takes the subject of a clause ending in a colon when it is a person, organisation or document", () => {
    expect(speakerOf("Trump issued the following statement: “We will win.”")).toBe("Trump");
    expect(speakerOf("Hoff’s letter makes a libertarian-style case: “Taxes are too high.”")).toBe("Hoff’s letter");
    expect(speakerOf("The results were clear: “We will win.”")).toBeUndefined();
    expect(speakerOf("Here is the list: “We will win.”")).toBeUndefined();
  });
  it("reads `As X said last week in …,` and `As X puts it,`, and a name after a possessive is a person", () => {
    expect(speakerOf("As Michael Dell said last week in Tel Aviv, “Israel is well placed.”")).toBe("Michael Dell");
    const milbank = quotes("As The Post's Dana Milbank puts it, “He is done.”")[0]!.speaker!;
    expect(milbank.text).toBe("The Post's Dana Milbank");
    expect(milbank.kind).toBe("person");
  });
  it("reads a named source right before a colon, and `As X put it:`", () => {
    expect(speakerOf("Pollsters agree - Carl Bialik: “The polls were right.”")).toBe("Carl Bialik");
    expect(speakerOf("As Professor Foner put it: “History is never finished.”")).toBe("Professor Foner");
    expect(speakerOf("He told reporters in Paris: “We will fight on.”")).toBe("He");
  });
  it("reads the name that opens the sentence across a long appositive before the cue", () => {
    expect(speakerOf("James Zogby, a Sanders superdelegate from the District and the president of the Arab American Institute, said: “We will win.”")).toBe("James Zogby");
    expect(speakerOf("O'Malley, who signed sweeping gun laws as governor, interjected to say: “Not true.”")).toBe("O'Malley");
    const bond = quotes("Harry Bond, 30, of Raleigh, N.C., who was among those polled, said in a follow-up interview, “It was fine.”")[0]!.speaker!;
    expect(bond.text).toBe("Harry Bond");
    expect(bond.description).toBe("30, of Raleigh, N.C., who was among those polled");
  });
  it("marks a quote after the attribution sentence of the quote before it as its continuation", () => {
    const qs = quotes("“Her role is not good,” Sanders said at a rally in Binghamton. “It is a disaster.”");
    expect(qs[1]!.speaker?.text).toBe("Sanders");
    expect(qs[1]!.flags).toContain("continuation");
  });
  it("reads a sentence that is only an attribution before the quote", () => {
    expect(speakerOf("Sam Lau, the party spokesman, said in a statement. “We will win.”")).toBe("Sam Lau");
    expect(speakerOf("Trump said he would win. “We will win.”")).toBeUndefined();
  });
});

describe("speaker after the quote", () => {
  it("reads a closing `X said.` after a quote that ends its own sentence, not a sentence with a complement", () => {
    expect(speakerOf("“The Iowa caucus is a battle of niches.” Grubbs said.")).toBe("Grubbs");
    expect(speakerOf("“Donald Trump should retract his comments.” former Gov. Jeb Bush of Florida said on Twitter.")).toBe("former Gov. Jeb Bush of Florida");
    expect(speakerOf("“Stop.” Trump said he would leave the stage.")).toBeUndefined();
  });
  it("reads the attribution that ends the sentence a quote opens", () => {
    expect(speakerOf('He spoke. "This will be a challenge" for Clinton, said Kunin.')).toBe("Kunin");
    expect(speakerOf('It rained. "And yet it would seal the deal" because she would expand her lead, he said.')).toBe("he");
    expect(speakerOf('It rained. "We will win" is what he said, and then he left.')).toBeUndefined();
  });
  it("closes a quote at an opening mark typed after its last punctuation", () => {
    const q = quotes("“It's unusual,“ said Larry Noble, an attorney.")[0]!;
    expect(q.text).toBe("“It's unusual,“");
    expect(q.speaker?.text).toBe("Larry Noble");
  });
  it("reads `according to`, `&`, abbreviations and a party parenthetical between the quote and its cue", () => {
    expect(speakerOf("“The evidence cannot prove it,” according to a court document.")).toBe("a court document");
    expect(speakerOf("“We are shocked,” one P&G employee told French television.")).toBe("one P&G employee");
    const reid = quotes("“It is time to act,” Senate Minority Leader Harry M. Reid (D-Nev.) said in a statement.")[0]!.speaker!;
    expect(reid.phrase?.text).toBe("Senate Minority Leader Harry M. Reid (D-Nev.)");
    expect(reid.kind).toBe("person");
    expect(quotes("“There has been a lot of talk,” Senate Majority Leader Mitch McConnell, R-Ky., said.")[0]!.speaker?.phrase?.text).toBe("Senate Majority Leader Mitch McConnell, R-Ky.");
  });
  it("keeps the appositive run after a name up to an adjunct, and a relative clause that ends the sentence", () => {
    expect(quotes("“It’s over,” said Karen Janes, 67, of Exeter, N.H., after listening to Mr. Clinton.")[0]!.speaker?.phrase?.text).toBe("Karen Janes, 67, of Exeter, N.H.");
    expect(quotes("“It’s over,” said Mr. Brown, the spokesman, in a statement.")[0]!.speaker?.phrase?.text).toBe("Mr. Brown, the spokesman");
    expect(quotes("“It’s over,” said Cornell Belcher, a Democratic pollster who worked on the campaign.")[0]!.speaker?.phrase?.text).toBe("Cornell Belcher, a Democratic pollster who worked on the campaign");
    expect(quotes("“It’s over,” said Smith, adding that he was sad.")[0]!.speaker?.phrase).toBeUndefined();
  });
  it("reads verbs that report speech only next to a quote, and a signature line", () => {
    expect(speakerOf("“I am still for Sanders,” the sign read.")).toBe("the sign");
    expect(speakerOf("“Would it be negotiable?” Hannity pressed.")).toBe("Hannity");
    expect(speakerOf("“We are worried about our kids.”\n\n- Bernie Sanders.\n\nThe senator is wrong.")).toBe("Bernie Sanders");
    expect(speakerOf("“We are worried about our kids.”\n\n- and then it rained.")).toBeUndefined();
  });
  it("never takes a phrase that ends in a function word or opens with a preposition or participle", () => {
    const text = "He praised the plan, telling CNBC: “I wish I could be like that.”";
    expect(quotes(text)[0]!.speaker?.text).not.toBe("telling CNBC");
    expect(speakerOf("“He is American,” said the son of Mr. Rubio.")).toBe("the son of Mr. Rubio");
  });
  it("reads role words mixed with a name", () => {
    expect(speakerOf("“October was good for her,” said former Obama adviser David Axelrod.")).toBe("former Obama adviser David Axelrod");
  });
});

describe("quoted titles are not speech", () => {
  it("a title after a possessive or a preposition has no speaker and does not break a continuation", () => {
    const qs = quotes("“She just made it up,” he said during a call to ABC’s “This Week.” “It is wrong.”");
    expect(qs[1]!.flags).toEqual(expect.arrayContaining(["title", "embedded"]));
    expect(qs[1]!.speaker).toBeUndefined();
    expect(qs[2]!.speaker?.text).toBe("he");
    expect(qs[2]!.flags).toContain("continuation");
  });
  it("a show named before the attribution is not attributed", () => {
    const q = quotes("Speaking Sunday on ABC’s “This Week,” Carson admitted that it was false.")[0]!;
    expect(q.speaker).toBeUndefined();
    expect(q.flags).toContain("title");
  });
});

describe("speaker after a quote, across an appositive or relative clause", () => {
  it("skips a cue inside a relative clause between commas and takes the name before it", () => {
    const q = quotes("“The schools are full,” Ms. Okafor, who has opposed the plan since March, said on Tuesday.")[0]!;
    expect(q.speaker?.text).toBe("Ms. Okafor");
    expect(q.speaker?.description).toBe("who has opposed the plan since March");
    expect(speakerOf("“I am not running,” Lindqvist, who has not endorsed anyone, told reporters in Malmö.")).toBe("Lindqvist");
  });
  it("reads an appositive longer than the usual reach", () => {
    const text = "“We will build it,” Garrow, the regional council leader and the chair of the transport committee for the northern districts since 2019, said when a reporter asked him.";
    expect(speakerOf(text)).toBe("Garrow");
  });
  it("reads a subject opened by a possessive or demonstrative, with its appositive", () => {
    const q = quotes("“We need him home,” his sister, Amara Diallo, wrote in a letter to the court.")[0]!;
    expect(q.speaker?.text).toBe("his sister");
    expect(q.speaker?.description).toBe("Amara Diallo");
    expect(speakerOf("“The board does not like him,” this source told the newspaper.")).toBe("this source");
    expect(speakerOf("“It was fine when we left,” his cousin Youssef el Amrani added.")).toBe("his cousin Youssef el Amrani");
  });
  it("reads a name that looks like a cue verb or a modal", () => {
    expect(speakerOf("“The risk is small,” Read said.")).toBe("Read");
    expect(speakerOf("“The war is a reminder,” Will wrote.")).toBe("Will");
    expect(speakerOf("“This is your movement,” it now says, showing a montage of faces.")).toBe("it");
  });
  it("does not take a possessive phrase whose verb has a complement, nor cross another quote", () => {
    expect(speakerOf("“What difference does it make?” Her critics cited it as evidence of indifference.")).toBeUndefined();
    const qs = quotes("“Dismissal of Kane. Underestimation of Ruiz,” Robert Shrum, a veteran strategist, said, naming a few. “Ruiz remains the favorite.”");
    expect(qs[0]!.speaker?.text).toBe("Robert Shrum");
    expect(qs[1]!.speaker?.text).toBe("Robert Shrum");
  });
});

describe("a quote opening a that-clause", () => {
  it("is flagged as inside reported speech, keeping its speaker", () => {
    const q = quotes("Small, who attended the rally, said that “Mayor Grant bagged millions and left the town with debts.”")[0]!;
    expect(q.flags).toContain("in-reported-speech");
    expect(q.speaker).toBeDefined();
    const after = quotes("She recalled her March comment that, “We are going to put a lot of mines out of business.”")[0]!;
    expect(after.flags).toContain("in-reported-speech");
  });
  it("a quote introduced by a cue and a comma is not", () => {
    const q = quotes("Small said, “The company bagged millions and left the town with debts.”")[0]!;
    expect(q.flags ?? []).not.toContain("in-reported-speech");
  });
});

describe("more attribution shapes", () => {
  it("reads a name after a dash that ends the paragraph", () => {
    expect(speakerOf("“We will fix the roads before winter.” — Mayor Ana Ruiz, at a town hall")).toBe("Mayor Ana Ruiz");
    expect(speakerOf("“We will fix the roads before winter.” —Ana Ruiz")).toBe("Ana Ruiz");
    expect(speakerOf("“We will fix the roads.” — Ana Ruiz said that, and then she left.")).toBeUndefined();
  });
  it("reads a dash signature with a handle, a date, a place, another quote after it, or `--`", () => {
    expect(speakerOf("The mayor posted twice. “We will fix the roads before winter.” — Ana Ruiz (@AnaRuizMayor) March 3, 2025")).toBe("Ana Ruiz");
    expect(speakerOf("The mayor spoke. “We will fix the roads before winter.” — Ana Ruiz in Dayton")).toBe("Ana Ruiz");
    const qs = quotes("Two views. “The roads are fine.” — Ana Ruiz. “The roads are a disgrace.” — Tom Okafor.");
    expect(qs.map((q) => q.speaker?.text)).toEqual(["Ana Ruiz", "Tom Okafor"]);
    expect(qs[0]!.cue?.text).toBe("—");
    expect(speakerOf("The mayor spoke. \"We will fix the roads before winter.\" -- Ana Ruiz")).toBe("Ana Ruiz");
    expect(quotes("The mayor spoke. \"We will fix the roads before winter.\" -- Ana Ruiz")[0]!.cue?.text).toBe("--");
    // a dash, then a clause with its cue: a closing attribution
    expect(speakerOf("The mayor spoke. “We will fix the roads before winter.” —Ana Ruiz said on Monday.")).toBe("Ana Ruiz");
  });
  it("a dash after a quote then a clause without a cue is no signature", () => {
    expect(speakerOf("The mayor spoke. “We will fix the roads before winter.” — Ana Ruiz is running again.")).toBeUndefined();
    expect(speakerOf("The mayor spoke. “We will fix the roads before winter.” — Ana Ruiz then cut the ribbon in Dayton.")).toBeUndefined();
    expect(speakerOf("Voters heard it all. “We will fix the roads before winter.” — the roads were never fixed.")).toBeUndefined();
  });
  it("reads a capitalised cue opening a paragraph that ends in a colon", () => {
    const qs = quotes("The host was quiet.\n\nContinued Okafor:\n\n“The stakes are high this year.”");
    expect(qs[0]!.speaker?.text).toBe("Okafor");
  });
  it("reads a party parenthetical before a colon, and a hyphenated word in the adjunct after a cue", () => {
    const q = quotes("Rep. Jane Roe (R-Ohio): “I have not heard that figure before.”")[0]!;
    expect(q.speaker?.text).toBe("Rep. Jane Roe");
    expect(speakerOf("Johnson said in an op-ed piece before a 2014 Senate hearing, “The department failed.”")).toBe("Johnson");
  });
  it("a possessive pronoun opens a speaker described by an appositive, not an object", () => {
    expect(speakerOf("In a statement, her senior policy adviser, Jake Tan, said: “She believes in cooperation.”")).toBe("her senior policy adviser");
    expect(speakerOf("Mrs. Roe nodded her head and said, “No, not this year.”")).toBe("Mrs. Roe");
  });
  it("never ends a speaker in a conjunction, nor keeps an auxiliary in a clause subject", () => {
    expect(speakerOf("Silverman was joined on stage by Minnesota Sen. Al Franken and joked, “You are being ridiculous.”")).toBe("Silverman");
  });
});

describe("a described speaker with a place", () => {
  it("reads `the senator from Vermont` before the cue", () => {
    expect(speakerOf("“We are going to win this state,” the senator from Vermont said.")).toBe("the senator from Vermont");
  });
});

describe("a cue with a listener before the quote", () => {
  it("is a direct quote with the cue's speaker, not reported speech", () => {
    const q = quotes("He tells the crowd: “I do not want you to have the wrong impression.”")[0]!;
    expect(q.speaker?.text).toBe("He");
    expect(q.flags ?? []).not.toContain("in-reported-speech");
    const t = quotes("Okafor was ready to joke about it, telling her supporters, “Some people get carried away, have you noticed?”")[0]!;
    expect(t.speaker?.text).toBe("Okafor");
    expect(t.flags ?? []).not.toContain("in-reported-speech");
  });
  it("a quote inside a that-clause of reported speech stays flagged", () => {
    const q = quotes("The mayor said the plan would be “a turning point for the city” when it opens.")[0]!;
    expect(q.flags).toContain("in-reported-speech");
  });
});

describe("a quotation running over several paragraphs", () => {
  it("continues a quote left open at a paragraph end in the quote opening the next, with one speaker", () => {
    const qs = quotes("“We will build the road this year.\n\n“And we will pay for it without new taxes,” the mayor said.");
    expect(qs.map((q) => q.speaker?.text)).toEqual(["the mayor", "the mayor"]);
    expect(qs[0]!.flags).toContain("unterminated");
    expect(qs[1]!.flags).toContain("continuation");
  });
  it("marks the chain as continuations even without a speaker, and stops at a closed quote", () => {
    const qs = quotes("The list reads:\n\n“Has the candidate a record of leadership?\n\n“Is the candidate surrounded by capable people?”\n\n“Can the media destroy any candidate?”");
    expect(qs[1]!.flags).toContain("continuation");
    expect(qs[2]!.flags ?? []).not.toContain("continuation");
  });
});

describe("less common cue verbs next to a quote", () => {
  it("reads verbs of manner that report speech only beside a quote", () => {
    for (const verb of ["reiterated", "repeated", "crowed", "opined", "deadpanned", "assured supporters"]) {
      expect(speakerOf(`“We are going to win this state,” Okafor ${verb}.`)).toBe("Okafor");
    }
  });
  it("does not read them as reported-speech cues", () => {
    const { claims } = extractClaims("Okafor repeated the claim on Monday in front of the council.");
    expect(claims.filter((c) => c.kind === "reported")).toEqual([]);
  });
});

describe("a paragraph ending in a colon before a quote paragraph", () => {
  it("takes the subject of a clause ending the paragraph, after an opening adjunct", () => {
    const qs = quotes("When the bridge opened in 1998, Governor Ana Ruiz released the following statement:\n\n“We offer our thanks to the workers.”");
    expect(qs[0]!.speaker?.text).toBe("Governor Ana Ruiz");
  });
  it("not a pronoun clause after a comma, nor a clause that is not a source", () => {
    expect(quotes("Wait, it gets better:\n\n“By law, the president sets the maximum number.”")[0]!.speaker).toBeUndefined();
    expect(quotes("The results were clear:\n\n“We will win the next one too.”")[0]!.speaker).toBeUndefined();
  });
});

describe("pronoun number", () => {
  it("never resolves `they` to one person nor `he` to a plural source", () => {
    expect(quotes("“We disagree,” said Mary Smith. “It is wrong,” they said.")[1]!.speaker?.text).toBe("they");
    expect(quotes("“We will win,” Ohio officials said. “It is wrong,” he said.")[1]!.speaker?.text).toBe("he");
    expect(quotes("“We will appeal,” said John Brown. “It is wrong,” he said.")[1]!.speaker?.text).toBe("John Brown");
  });
});

describe("a relative clause in the appositive", () => {
  it("ends at the comma before an adjunct of the attribution", () => {
    const q = quotes("“It is not too late to turn it around,” said Terry Gale, a longtime friend who left the campaign in October, in a recent interview.")[0]!;
    expect(q.speaker?.description).toBe("a longtime friend who left the campaign in October");
  });
});

describe("described speakers after a quote", () => {
  it("reads a prepositional postmodifier and `was quoted as saying`", () => {
    expect(speakerOf("“Are we going to win this state?” one man in the crowd shouted.")).toBe("one man in the crowd");
    expect(speakerOf("“We are going to win this state,” Okafor was quoted as saying.")).toBe("Okafor");
  });
  it("not a clause with a verb, nor a capitalised cue look-alike inside a name", () => {
    expect(speakerOf("“We lost.” T-shirts quickly appeared in front of the headquarters that said so.")).toBeUndefined();
  });
});

describe("idioms that name the speaker before the quote", () => {
  it("reads `In X’s words,`, `In the words of X,` and `As X likes to say,`", () => {
    expect(speakerOf("In Okafor’s words, “We are going to win this state.”")).toBe("Okafor’s");
    expect(speakerOf("In the words of one aide, “We are going to win this state.”")).toBe("one aide");
    expect(speakerOf("As Okafor likes to say, “We are going to win this state.”")).toBe("Okafor");
    expect(speakerOf("In other words, “We are going to win this state.”")).toBeUndefined();
  });
});

describe("particle cues, adverbs and parentheticals before the quote", () => {
  it("reads `shot back:`, `acknowledged, however,` and a party parenthetical before an appositive", () => {
    expect(speakerOf("Asked about it, Mr. Okafor shot back: “That would be good.”")).toBe("Mr. Okafor");
    expect(speakerOf("Okafor acknowledged, however, “Past performance is no guide.”")).toBe("Okafor");
    const q = quotes("But Sen. Jane Roe (D-Ill.), noting the size of the crowd, said, “Let me tell you, he has a list.”")[0]!;
    expect(q.speaker?.text).toBe("Sen. Jane Roe");
    expect(q.speaker?.description).toBe("noting the size of the crowd");
  });
});

describe("a scare quote earlier in the sentence", () => {
  it("does not bound the attribution of the quote after it", () => {
    const qs = quotes("It was what officials called a “hate crime” in the city. Said Okafor, “The thought that an error on our part is connected is painful.”");
    expect(qs[1]!.speaker?.text).toBe("Okafor");
  });
});

describe("speaker phrase conventions", () => {
  it("an opening adjunct before the name is no title of the speaker", () => {
    for (const text of [
      "In the second of two meetings this week, Deputy Minister Ana Ruiz said: “We will fix the roads.”",
      "Later on Sunday, Ana Ruiz said: “We will fix the roads.”",
      "Asked about the delay, Ana Ruiz said: “We will fix the roads.”",
    ]) {
      const s = quotes(text)[0]!.speaker!;
      expect(s.text).toMatch(/Ana Ruiz$/);
      expect(s.description).toBeUndefined();
      expect(s.phrase).toBeUndefined();
    }
    // a title before the name still is
    const s = quotes("Former deputy minister for roads, Ana Ruiz said: “We will fix the roads.”")[0]!.speaker!;
    expect(s.description).toBe("Former deputy minister for roads");
  });
});

describe("abbreviation periods in a speaker phrase", () => {
  it("keeps the period of a state abbreviation or name suffix that ends the sentence", () => {
    const s = quotes("“I like the plan,” said Ana Ruiz, 20, of Jacksonville, Fla.")[0]!.speaker!;
    expect(s.description).toBe("20, of Jacksonville, Fla.");
    expect(s.phrase?.text).toBe("Ana Ruiz, 20, of Jacksonville, Fla.");
    expect(quotes("“I like the plan,” said Bob Ruiz Jr.")[0]!.speaker?.text).toBe("Bob Ruiz Jr.");
    // a sentence period after an ordinary word stays out
    expect(quotes("“I like the plan,” said Ana Ruiz, a nurse.")[0]!.speaker?.description).toBe("a nurse");
  });
});

describe("passive and copular attributions after a quote", () => {
  it("reads a passive of speech with its agent or channel, and its auxiliaries", () => {
    const q = quotes("“The roads will be fixed,” Ana Ruiz was quoted by the local paper as saying.")[0]!;
    expect(q.speaker?.text).toBe("Ana Ruiz");
    expect(q.cue?.text).toBe("was quoted by the local paper as saying");
    expect(speakerOf("“The roads will be fixed,” Ana Ruiz could be heard saying on the recording.")).toBe("Ana Ruiz");
    expect(speakerOf("“The roads will be fixed,” Ana Ruiz was caught on tape telling donors.")).toBe("Ana Ruiz");
  });
  it("a passive without a participle of speech is no attribution", () => {
    expect(speakerOf("“The roads will be fixed,” Ana Ruiz was quoted in the headline.")).toBeUndefined();
  });
  it("reads `was how X put it` and `is what X said`", () => {
    expect(speakerOf("“The roads will be fixed,” was how Ana Ruiz put it.")).toBe("Ana Ruiz");
    expect(speakerOf("“The roads will be fixed” is what Ana Ruiz told the council.")).toBe("Ana Ruiz");
  });
});

describe("a clause's subject speaking through a statement it released", () => {
  it("reads the subject of `released a statement saying` and `posted a video that said`", () => {
    expect(speakerOf("At the time, she released a statement saying, “We are proud of the work.”")).toBe("she");
    expect(speakerOf("In the spring, Ana Ruiz posted a video that said, “We will fix the roads.”")).toBe("Ana Ruiz");
  });
  it("not when the speech noun is a preposition's object", () => {
    expect(speakerOf("Ana Ruiz posted her message under a headline that said, “Roads Fixed At Last.”")).not.toBe("Ana Ruiz");
  });
});

describe("a described source with a relation adjective", () => {
  it("keeps the adjective's complement in the speaker, after and before the cue", () => {
    expect(speakerOf("“It was not convincing,” said one aide familiar with the talks, who asked not to be named.")).toBe("one aide familiar with the talks");
    expect(speakerOf("“It was not convincing,” a person close to the mayor said.")).toBe("a person close to the mayor");
    expect(speakerOf("“There was no order,” said the station chief known as Bob.")).toBe("the station chief known as Bob");
  });
});

describe("a clause subject before a colon with an adjunct between commas", () => {
  it("reads `X, in an interview, went further:` in the same and in the previous paragraph", () => {
    expect(speakerOf("Ana Ruiz, in an interview with the local paper, went further: “We will fix every road.”")).toBe("Ana Ruiz");
    expect(speakerOf("Ana Ruiz, in an interview with the local paper, went further:\n\n“We will fix every road.”")).toBe("Ana Ruiz");
  });
  it("an appositive between the commas describes the subject", () => {
    const s = quotes("Senator Ana Ruiz, D-Ohio, delivered a blunt message: “We will fix every road.”")[0]!.speaker!;
    expect(s.text).toBe("Senator Ana Ruiz");
    expect(s.description).toBe("D-Ohio");
  });
  it("not without a verb after the commas", () => {
    expect(speakerOf("Ana Ruiz, the mayor, and the council: “We will fix every road.”")).toBeUndefined();
  });
});

describe("a statement before the quote and a subordinate clause's subject", () => {
  it("reads `X issued a statement, “…”` after an opening adjunct in -ly", () => {
    const q = quotes("Immediately after the vote, Ana Ruiz issued a statement, “The roads will be fixed.”")[0]!;
    expect(q.speaker?.text).toBe("Ana Ruiz");
    expect(q.cue?.text).toBe("statement");
  });
  it("reads the subject of the clause a subordinator opens (`so calm that X was prompted to say`)", () => {
    expect(speakerOf("The meeting was so calm that Ana Ruiz was prompted to say, “It has been civil.”")).toBe("Ana Ruiz");
  });
  it("not a preposition's object", () => {
    expect(speakerOf("Ana Ruiz spoke after a statement, “The roads will be fixed.”")).toBeUndefined();
  });
});

describe("a one-word name before a colon", () => {
  it("reads it when the text writes the word capitalised inside a sentence too", () => {
    const qs = quotes("Tom Okafor and Ana Ruiz disagree.\n\nRuiz: “The roads will be fixed.” Okafor: “They will not be fixed.”");
    expect(qs.map((q) => q.speaker?.text)).toEqual(["Ruiz", "Okafor"]);
  });
  it("not a sentence opener that is never a name", () => {
    expect(speakerOf("The vote was close.\n\nWait: “The roads will be fixed before the winter comes.”")).toBeUndefined();
  });
});

describe("a named source before a colon after a clause", () => {
  it("is what follows the clause's last verb, or the clause's subject", () => {
    expect(speakerOf("The result doesn’t surprise city planner Ana Ruiz: “Roads take time to fix.”")).toBe("city planner Ana Ruiz");
    expect(speakerOf("The Ohio mayor emailed supporters: “Roads take time to fix.”")).toBe("The Ohio mayor");
  });
});

describe("a parenthetical between dashes before the cue", () => {
  it("reads the name that opens the sentence", () => {
    expect(speakerOf("Ana Ruiz, speaking on Thursday — her first remarks since July — also said, “We will fix the roads.”")).toBe("Ana Ruiz");
    expect(speakerOf("Ana Ruiz – a city planner – said, “We will fix the roads.”")).toBe("Ana Ruiz");
  });
  it("not when the sentence does not open with a name", () => {
    expect(speakerOf("Late on Monday, after a long night — the third this week — finally said, “We will fix the roads.”")).toBeUndefined();
  });
});
