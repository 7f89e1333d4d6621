import { parseDocument } from "@newsparse/corpus-loader";
import { describe, expect, it } from "vitest";
import { extractClaims, groupClaims } from "../src/index.js";

/** The quantity group holding a claim whose text is `text`, as the texts of its claims (sorted). */
function groupOf(texts: readonly string[], text: string, docs: ReturnType<typeof parseDocument>[]): string[] | undefined {
  const { claims } = extractClaims(docs);
  const { groups } = groupClaims(claims, { documents: docs });
  const byId = new Map(claims.map((c) => [c.id, c]));
  const g = groups.find((x) => x.kind === "quantity" && x.claimIds.some((id) => byId.get(id)?.text === text));
  return g?.claimIds.map((id) => byId.get(id)!.text).filter((t) => texts.includes(t)).sort();
}

describe("a year one document contrasts with an undated figure", () => {
  it("keeps a record of a past season out of the group of this season's figures", () => {
    const record = "The Hawks joined the 2011 Bulls as the only teams to win at least 50 games after losing 40 or more the year before.";
    // the first document gives a figure dated 2011 and one of the same measure undated: different seasons
    const a = parseDocument(`${record} The club won 12 games last season.`, { id: "a" });
    const b = parseDocument(record, { id: "b" });
    const c = parseDocument("Few fans had the Hawks winning 45 games this spring.", { id: "c" });
    const d = parseDocument("Sixty games later the Hawks stand at 50-10.", { id: "d" });
    const texts = ["at least 50 games", "45 games", "Sixty games"];
    // before, the undated figures took the one year the measure had (2011) and the record joined them as a conflict
    expect(groupOf(texts, "at least 50 games", [a, b, c, d])).toEqual(["at least 50 games", "at least 50 games"]);
    // (the first document also counts 12 games and 50 games: "games" counts several things in this story, so 45 won
    // and sixty played are not compared either)
    expect(groupOf(texts, "45 games", [a, b, c, d]) ?? []).not.toContain("at least 50 games");
  });

  it("still dates an undated figure with the one year its key has when no document contrasts them (control)", () => {
    const a = parseDocument("The earthquake in 2003 killed 26,000 people in the city of Bam.", { id: "a" });
    const b = parseDocument("The earthquake killed 26,000 people in Bam, officials said.", { id: "b" });
    const group = groupOf(["26,000 people"], "26,000 people", [a, b]);
    expect(group).toEqual(["26,000 people", "26,000 people"]);
  });
});
