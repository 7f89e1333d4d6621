import { describe, expect, it } from "vitest";
import { tagTemporalExpressions } from "../src/index.js";

const values = (text: string) => tagTemporalExpressions(text, { referenceDate: "2010-06-08" }).map((t) => `${text.slice(t.start, t.end)}=${t.type}:${t.value}`);

describe("year ranges, 'annually', ages", () => {
  it("a year range gives each year its own DATE", () => {
    expect(values("He was chairman in 2009-2010 and again in 1957-58.")).toEqual(["2009=DATE:2009", "2010=DATE:2010", "1957=DATE:1957", "58=DATE:1958"]);
    expect(values("the 2009–10 season")).toEqual(["2009=DATE:2009", "10=DATE:2010"]);
  });

  it("not a range: a date, a backwards pair, a score-like pair", () => {
    expect(values("on 2009-10-05 they met")).not.toContain("10=DATE:2010");
    expect(values("the 2010-2009 pair")).toEqual([]);
  });

  it("'annually' is a yearly SET, except after a quantity (a rate)", () => {
    expect(values("The festival is held annually.")).toEqual(["annually=SET:P1Y"]);
    expect(values("Sales should rise 8.5% annually.")).toEqual([]);
  });

  it("ages of people are not durations", () => {
    expect(values("The program serves children ages 6 months to 5 years.")).toEqual([]);
    expect(values("Children aged 18 months were tested.")).toEqual([]);
    expect(values("The talks lasted 18 months.")).toEqual(["18 months=DURATION:P18M"]);
  });
});
