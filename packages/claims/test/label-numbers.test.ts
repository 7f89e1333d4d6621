import { describe, expect, it } from "vitest";
import { crossGroupTexts as crossGroups } from "./helpers.js";
import { isPhoneNumber } from "../src/grouping/label-numbers.js";

describe("numbers that name rather than count are not compared", () => {
  it("a telephone number in digit groups, or after a verb of calling", () => {
    const text = "Anyone with information should call police on 0845 125 2222 or dial 999.";
    expect(isPhoneNumber(text, text.indexOf("125"), text.indexOf("125") + 3, "0845")).toBe(true);
    expect(isPhoneNumber(text, text.indexOf("999"), text.indexOf("999") + 3, "dial")).toBe(true);
    const count = "Police said 125 people were evacuated.";
    expect(isPhoneNumber(count, count.indexOf("125"), count.indexOf("125") + 3, "said")).toBe(false);
    expect(crossGroups(["Anyone with information is asked to call police on 0845 125 2222 today.", "Anyone with information is asked to contact police on 0845 125 2222 today."])).toEqual([]);
  });
  it("a page number and a list of version numbers", () => {
    expect(crossGroups(["He would circle page 20 in the reporter's copy of the newspaper.", "He would mark page 20 of the reporter's copy of the newspaper."])).toEqual([]);
    expect(crossGroups(["Attacks were aimed at Internet Explorer 8 and 9, the company said.", "The flaw affects Internet Explorer versions 6, 7, 8, and 9 and the company said so."])).toEqual([]);
  });
  it("still counts a number joined to a label when something is counted after it", () => {
    expect(crossGroups(["Flight 370 and 239 passengers vanished over the sea, officials said.", "Officials said 239 passengers vanished over the sea with the plane."])).toHaveLength(1);
  });

  it("a house number before a street name (ECB+ development set)", () => {
    expect(crossGroups(["She was struck outside the store at 200 W. American Blvd. in Bloomington.", "The store at 200 W. American Blvd. closed early after she was struck."])).toEqual([]);
    expect(crossGroups(["Protesters gathered at 1600 Pennsylvania Avenue on Sunday.", "On Sunday protesters gathered at 1600 Pennsylvania Avenue."])).toEqual([]);
    // a count before capitalised words is still a count
    expect(crossGroups(["She said 200 Minnesota Vikings fans waited outside the store.", "Outside the store 200 Minnesota Vikings fans waited, she said."])).toHaveLength(1);
  });
});
