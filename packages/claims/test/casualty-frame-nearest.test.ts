import { describe, expect, it } from "vitest";
import { groupTexts as run } from "./helpers.js";

describe("a bare figure takes the casualty word nearest it", () => {
  it("`killing 10 people and wounding around 80` counts 80 wounded, not 80 dead", () => {
    const r = run(["The quake hit the island, killing 10 people and wounding around 80.", "Officials said 10 people were killed and 80 people were injured on the island."]);
    expect(r.conflicts).toEqual([]);
    const texts = r.groups.filter((g) => g.docIds.length > 1).map((g) => g.evidence.map((e) => e.text));
    expect(texts).toContainEqual(["around 80", "80 people"]);
  });

  it("a casualty word right after the counted noun frames it, whatever the noun (ECB+ development set)", () => {
    // `climber` is also a plant in WordNet, so it is not a being noun; `killed` right after it still says what happened
    const r = run(["Two climbers killed in Mt Cook falls", "Three climbers with Mr Buckley were rescued after a night on the mountain."]);
    expect(r.conflicts).toEqual([]);
  });
});
