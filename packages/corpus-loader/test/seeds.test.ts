import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { Document, parseDocument } from "../src/index.js";

const seedDir = join(dirname(fileURLToPath(import.meta.url)), "../../../examples/corpus/niger-2024");
const read = (name: string): string => readFileSync(join(seedDir, name), "utf8");
const FILES = {
  a: "000_fbe54c2202b345c3.txt",
  b: "001_3bc267ff6f097730.txt",
  c: "002_bb232efc982809a8.txt",
  d: "003_6f5a1b6df526dd8c.txt",
  e: "004_a5055be445bd665f.txt",
} as const;
const parse = (name: string) => {
  const text = read(name);
  const doc = parseDocument(text, { id: name.slice(4, -4) });
  const slice = (s: { start: number; end: number }) => text.slice(s.start, s.end);
  return { text, doc, slice, sentences: doc.sentences.map(slice), excluded: doc.excluded.map(slice) };
};

/** Every line of the file that is boilerplate, written out by hand after reading the five files. */
const BOILERPLATE: Record<string, string[]> = {
  [FILES.a]: [
    "Nigerien and American flags are raised at the opening ceremony of Flintlock 2018 at Agadez, Niger on 11 April, 2018. Flintlock is U.S. Africa Command's premier and largest annual Special Operations Forces exercise. (Eric Smith/U.S. Army)",
    "Chason reported from Dakar, Senegal.",
    "John Hudson contributed to this report.",
    "Sign Up for Daily Headlines",
    "Sign up to receive a daily email of today's top military news stories from Stars and Stripes and top news outlets from around the world.",
    "Sign Up Now",
  ],
  [FILES.b]: ["This story has been updated with additional information.", "For more CNN news and newsletters create an account at"],
  [FILES.c]: [
    "See also\u00a0 Kendall Jenner and Bad Bunny reportedly broke up less than 1 year ago",
    "See also\u00a0 The video appears to show Cam Newton fighting at a youth football event",
    "Leave a Reply",
    "Your email address will not be published. Required fields are marked *",
  ],
  [FILES.d]: [],
  [FILES.e]: [],
};

describe("seed corpus", () => {
  it("detects the headlines of 001 and 002 and none for 000, 003, 004", () => {
    expect(parse(FILES.a).doc.title).toBeNull();
    expect(parse(FILES.b).doc.title).toBe("US reaches agreement with Niger to withdraw military forces by September 15");
    expect(parse(FILES.c).doc.title).toBe("US military withdrawing troops from Niger");
    expect(parse(FILES.d).doc.title).toBeNull();
    expect(parse(FILES.e).doc.title).toBeNull();
    const { doc, slice } = parse(FILES.b);
    expect(slice(doc.titleSpan!)).toBe(doc.title);
  });

  for (const name of Object.values(FILES)) {
    it(`${name}: excludes exactly the boilerplate lines, and no sentence overlaps them`, () => {
      const { doc, excluded, text } = parse(name);
      expect(excluded).toEqual(BOILERPLATE[name]);
      for (const x of doc.excluded) {
        expect(x.reason.length).toBeGreaterThan(0);
        for (const s of doc.sentences) expect(s.end <= x.start || s.start >= x.end).toBe(true);
      }
      expect(Document.safeParse(doc).success).toBe(true);
      // Nothing changed in the text.
      expect(doc.text).toBe(text);
    });
  }

  it("keeps the repeated caption of 000 once", () => {
    const { doc, sentences, slice } = parse(FILES.a);
    const caption = "Flintlock is U.S. Africa Command's premier and largest annual Special Operations Forces exercise.";
    expect(sentences.filter((s) => s === caption)).toHaveLength(1);
    const repeat = doc.excluded.find((x) => x.ruleId === "repeated-paragraph");
    expect(repeat).toBeDefined();
    expect(slice(repeat!).endsWith("(Eric Smith/U.S. Army)")).toBe(true);
  });

  it("keeps bylines and contributor lines as metadata", () => {
    const { doc } = parse(FILES.a);
    expect(doc.authors).toEqual(["Chason"]);
    expect(doc.contributors).toEqual(["John Hudson"]);
    expect(doc.dateline).toBe("Dakar, Senegal");
  });

  it("keeps news sentences with abbreviations and initials intact", () => {
    const a = parse(FILES.a).sentences;
    expect(a).toContain(
      "Senior Defense Department officials, including Chris Maier, assistant secretary of defense for special operations and low-intensity conflict, and Lt. Gen. Dagvin Anderson, who oversees force development on the Pentagon’s Joint Staff, began talks with Nigerien officials Wednesday.",
    );
    expect(a).toContain("U.S. Africa Command’s commander, Marine Gen. Michael Langley, made visits to those countries in the past month.");
    expect(a).toContain("“The burden of proof is on us.”");
    const b = parse(FILES.b).sentences;
    expect(b).toContain("The Nigerien delegation was led by Col.-Maj. Mamane Sani Kiaou, the chief of staff of the Nigerian army.");
    const c = parse(FILES.c).sentences;
    expect(c.some((s) => s.includes("Under Secretary of State Kurt M. Campbell told Niger's prime minister"))).toBe(true);
    expect(c).toContain("Mr. Basoom is still under arrest eight months after his removal.");
    expect(c.some((s) => s.startsWith("Former US special envoy for the Sahel, J. Peter Baum wrote in an email,"))).toBe(true);
  });

  it("handles the unterminated quotation at the end of 002", () => {
    const { doc, sentences, slice } = parse(FILES.c);
    // The quote opens in the last content paragraph and never closes: both of its sentences survive,
    // the last ends at "replace." and nothing after it (the comment form) is pulled in.
    const last = sentences.at(-1)!;
    expect(last).toBe("States and their allies also lose, at least in the short term, a strategic military asset that will be very difficult to replace.");
    expect(sentences.at(-2)!.endsWith("loss of political and diplomatic attention.")).toBe(true);
    const info = doc.messages!.find((m) => m.ruleId === "unterminated-quote");
    expect(info).toBeDefined();
    expect(slice({ start: info!.start!, end: info!.end! })).toBe("“");
    expect(doc.text.slice(info!.start!, info!.start! + 12)).toBe("“The ordinar");
  });

  it("treats single-newline files (003, 004) as one paragraph per line", () => {
    const d = parse(FILES.d);
    expect(d.doc.paragraphs).toHaveLength(5);
    expect(parse(FILES.e).doc.paragraphs).toHaveLength(11);
    expect(parse(FILES.b).doc.paragraphs.map(parse(FILES.b).slice)[0]).toBe(
      "US reaches agreement with Niger to withdraw military forces by September 15",
    );
  });

  it("gives ordered, non-overlapping sentences inside paragraphs", () => {
    for (const name of Object.values(FILES)) {
      const { doc } = parse(name);
      let prev = 0;
      for (const s of doc.sentences) {
        expect(s.start).toBeGreaterThanOrEqual(prev);
        expect(s.end).toBeGreaterThan(s.start);
        expect(doc.paragraphs.some((p) => p.start <= s.start && s.end <= p.end)).toBe(true);
        prev = s.end;
      }
    }
  });
});
