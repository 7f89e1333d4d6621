import { describe, expect, it } from "vitest";
import {
  anaphoricDayParser,
  type TemporalParser,
  createNewsConfiguration,
  createTemporalTagger,
  tagTemporalExpressions,
} from "../src/index.js";
import { clauseTense } from "../src/tagging/tense.js";

const tag = (text: string, referenceDate: string | null = "2024-04-19") => tagTemporalExpressions(text, { referenceDate });
const values = (text: string, ref?: string | null) => tag(text, ref).map((t) => `${t.text}=${t.type}:${t.value}${t.mod ? `/${t.mod}` : ""}`);

describe("news rules", () => {
  it("explicit dates in common news formats", () => {
    expect(values("It opened on 11 April, 2018.")).toEqual(["11 April, 2018=DATE:2018-04-11"]);
    expect(values("Due by Sept. 15, officials said.")).toEqual(["Sept. 15=DATE:2024-09-15"]);
    expect(values("The meeting is on April 25.")).toEqual(["April 25=DATE:2024-04-25"]);
    expect(values("Signed September 15, 2024.")).toEqual(["September 15, 2024=DATE:2024-09-15"]);
    expect(values("It was filed 2024-03-05.")).toEqual(["2024-03-05=DATE:2024-03-05"]);
    expect(values("It was signed 04/25/2024.")).toEqual(["04/25/2024=DATE:2024-04-25"]);
    expect(values("Dated 25.04.2024 in Paris.")).toEqual(["25.04.2024=DATE:2024-04-25"]);
    expect(values("On Thursday, April 25, 2024, they met.")).toEqual(["Thursday, April 25, 2024=DATE:2024-04-25"]);
    expect(values("By mid-April the talks failed.")).toEqual(["mid-April=DATE:2024-04/MID"]);
    expect(values("Q3 2023 results")).toEqual(["Q3 2023=DATE:2023-Q3"]);
  });

  it("halves: '2 1/2 years', 'a year and a half', 'is to' schedules", () => {
    expect(values("They lived in camps for 2 1/2 years.")).toEqual(["2 1/2 years=DURATION:P2Y6M"]);
    expect(values("It took two and a half years.")).toEqual(["two and a half years=DURATION:P2Y6M"]);
    expect(values("A minute and a half later, a pilot called.")).toEqual(["A minute and a half=DURATION:PT1M30S"]);
    expect(values("It lasted one and a half hours.")).toEqual(["one and a half hours=DURATION:PT1H30M"]);
    expect(values("He left a year and a half ago.", "1998-05-01")).toEqual(["a year and a half ago=DATE:1996-11"]);
    expect(values("McCaw dropped 2 1/2 to 37 3/4.")).toEqual([]);
    expect(values("Trading is to resume Tuesday.", "1989-10-27")).toEqual(["Tuesday=DATE:1989-10-31"]);
    expect(values("Stocks rose, leaving the index near its record high set on Aug. 6.", "1998-02-06")).toEqual(["Aug. 6=DATE:1997-08-06"]);
    expect(values("The dividend is payable Dec. 15.", "1989-10-26")).toEqual(["Dec. 15=DATE:1989-12-15"]);
    expect(values("In January, the company brought in a new chief.", "1989-10-27")).toEqual(["January=DATE:1989-01"]);
  });

  it("'the following year' counts from the narrated date; 'over the following year' is a duration", () => {
    expect(values("In March 1995 he was promoted, and the following year he retired.", "1998-04-18")).toEqual([
      "March 1995=DATE:1995-03",
      "the following year=DATE:1996",
    ]);
    expect(values("The company was sold in April 1989. The following month, it closed.", "1989-10-27")).toContain("The following month=DATE:1989-05");
    expect(values("Sales will rise over the following year.", "1989-10-27")).toEqual(["the following year=DURATION:P1Y"]);
    const tagger = createTemporalTagger(createNewsConfiguration());
    tagger.parsers.push(anaphoricDayParser);
    const out = tagger.tag("The talks began Jan. 5. The next day, he left.", { referenceDate: "1998-02-15" });
    expect(out.map((t) => `${t.text}=${t.value}`)).toEqual(["Jan. 5=1998-01-05", "The next day=1998-01-06"]);
  });

  it("vague spans: 'over the past decades', 'for centuries'", () => {
    expect(values("It fought jihadists over the past decades.")).toEqual(["the past decades=DURATION:PXY"]);
    expect(values("Ukraine was ruled from Moscow for centuries.")).toEqual(["centuries=DURATION:PXCE"]);
    expect(values("The last days of the war were grim.")).toEqual([]);
    expect(values("They worry about the future of their mission.")).toEqual([]);
    expect(values("Then, a week or so ago, he decided.", "1991-02-25")).toEqual(["a week or so ago=DATE:1991-W08/APPROX"]);
    expect(values("They will live without power for a while.")).toEqual(["a while=DURATION:PXX"]);
    expect(values("It happened years ago.")).toEqual(["years ago=DATE:PAST_REF"]);
    expect(values("Months later, he left.")).toEqual(["Months=DURATION:PXM"]);
    expect(values("For the first time in years, sales rose.")).toEqual(["years=DURATION:PXY"]);
    expect(values("In years past, it was a town.")).toEqual([]);
    expect(values("Winds reached 200 kilometers per hour; output is 2 million barrels per day.")).toEqual([]);
    expect(values("They meet twice per year.")).toEqual(["twice per year=SET:P1Y"]);
    expect(values("The meeting is Saturday.", "1998-02-13")).toEqual(["Saturday=DATE:1998-02-14"]);
    expect(values("Clinton meets Arafat on Monday.", "1998-02-13")).toEqual(["Monday=DATE:1998-02-16"]);
    expect(values('He told USA Today he would stay. Baker said on "This Week" that talks failed.')).toEqual([]);
    expect(values('"Today I act," he said. This week he left.', "1998-02-13")).toEqual(["Today=DATE:1998-02-13", "This week=DATE:1998-W07"]);
    expect(values("Stocks fell mid-afternoon yesterday.", "1989-11-02")).toEqual(["mid-afternoon yesterday=TIME:1989-11-01TAF/MID"]);
    expect(values("Cooperation may resume in the future.")).toEqual(["the future=DATE:FUTURE_REF"]);
  });

  it("chrono never merges a date and a clock time across a sentence end", () => {
    expect(values("He arrived on Feb. 13. At 10 a.m. the police came.", "1998-02-13")).toEqual(["Feb. 13=DATE:1998-02-13", "10 a.m.=TIME:1998-02-13T10:00"]);
    expect(values("The offer expired at 10 p.m. Wednesday.", "1998-02-13")).toEqual(["10 p.m. Wednesday=TIME:1998-02-11T22:00"]);
  });

  it("clock times keep only certain fields", () => {
    expect(values("The vote was at 10:35 a.m.", "1998-08-07")).toContain("10:35 a.m.=TIME:1998-08-07T10:35");
    expect(values("It ended at 5 p.m. EST, Nov. 6.", "1989-10-30").join()).toMatch(/TIME:1989-11-06T17:00/);
    expect(values("The offer expired at 10 p.m. Wednesday.", "1998-02-13")).toEqual(["10 p.m. Wednesday=TIME:1998-02-11T22:00"]);
    expect(values("The loan is due Jan. 1, 1990 at 1 percent.", "1989-10-27")[0]).toBe("Jan. 1, 1990=DATE:1990-01-01");
  });

  it("weeks, seasons, quarters, decades, fiscal years, sets", () => {
    expect(values("He left last week.")).toEqual(["last week=DATE:2024-W15"]);
    expect(values("They meet this week.")).toEqual(["this week=DATE:2024-W16"]);
    expect(values("It rose in the third quarter.", "1989-10-30")).toEqual(["the third quarter=DATE:1989-Q3"]);
    expect(values("Sales fell in the 1990s.")).toEqual(["the 1990s=DATE:199"]);
    expect(values("Results for fiscal 1989 were flat.")).toEqual(["fiscal 1989=DATE:1989"]);
    expect(values("The exercise is held every year.")).toEqual(["every year=SET:P1Y"]);
    expect(values("They meet twice a week.")).toEqual(["twice a week=SET:P1W"]);
    expect(values("Every four years, the nation votes.")).toEqual(["Every four years=SET:P4Y"]);
    expect(values("By the end of the week, it had stopped.", "2000-10-18")).toEqual(["the end of the week=DATE:2000-W42/END"]);
    expect(values("The museum is open from 9 a.m. to 5 p.m.", "2000-10-18")).toEqual(["9 a.m.=TIME:2000-10-18T09:00", "5 p.m.=TIME:2000-10-18T17:00"]);
    // chrono swaps a range whose first bound it reads as later ("midnight" = the next day's 00:00): each bound keeps its own time
    expect(values("A curfew was announced from midnight to 6 a.m., but not enforced.", "2016-09-26")).toEqual([
      "midnight=TIME:2016-09-26T00:00",
      "6 a.m.=TIME:2016-09-26T06:00",
    ]);
    expect(values("The summer of 2023 was hot.")).toEqual(["The summer of 2023=DATE:2023-SU"]);
    expect(values("They rested over the weekend.", "2024-04-17")).toEqual(["the weekend=DATE:2024-W15-WE"]);
    expect(values("Celebrations on New Year's Eve.", "1999-12-20")).toEqual(["New Year's Eve=DATE:1999-12-31"]);
    expect(values("the 20th century")).toEqual(["the 20th century=DATE:19"]);
  });

  it("durations with modifiers and ages of things", () => {
    expect(values("It took about three weeks.")).toEqual(["about three weeks=DURATION:P3W/APPROX"]);
    expect(values("for more than a decade")).toEqual(["more than a decade=DURATION:P10Y/MORE_THAN"]);
    expect(values("a six-year-old base")).toEqual(["six-year-old=DURATION:P6Y"]);
    expect(values("over the past several weeks")).toEqual(["the past several weeks=DURATION:PXW"]);
    expect(values("in the nine months")).toEqual(["the nine months=DURATION:P9M"]);
    expect(values("during the two-week visit")).toEqual(["two-week=DURATION:P2W"]);
    expect(values("It took two to three weeks.")).toEqual(["two to three weeks=DURATION:P2W/APPROX"]);
    expect(values("Iraq imports about three-quarters of its food.")).toEqual([]);
  });

  it("ago, references and tense-resolved weekdays and months", () => {
    expect(values("six years ago", "2024-04-22")).toEqual(["six years ago=DATE:2018"]);
    expect(values("We are now ready.")).toEqual(["now=DATE:PRESENT_REF"]);
    expect(values("It happened recently.")).toEqual(["recently=DATE:PAST_REF"]);
    expect(values("in the coming months")).toEqual(["the coming months=DATE:FUTURE_REF"]);
    expect(values("He arrived on Tuesday.", "2024-04-25")).toEqual(["Tuesday=DATE:2024-04-23"]);
    expect(values("He will arrive on Tuesday.", "2024-04-25")).toEqual(["Tuesday=DATE:2024-04-30"]);
    expect(values("A 10-day visit begins Monday.", "2000-10-18")).toEqual(["10-day=DURATION:P10D", "Monday=DATE:2000-10-23"]);
    expect(values("Talks were held in December.", "2024-04-19")).toEqual(["December=DATE:2023-12"]);
    expect(values("Talks will be held in December.", "2024-04-19")).toEqual(["December=DATE:2024-12"]);
    expect(values("The World Cup begins June 10.", "1998-03-04")).toEqual(["June 10=DATE:1998-06-10"]);
    expect(values("The summit will last three days.")).toEqual(["three days=DURATION:P3D"]);
    expect(values("He will travel to Beijing in the fall.", "1998-03-04")).toEqual(["the fall=DATE:1998-FA"]);
    expect(values("He wrote about the fall of the Berlin Wall.")).toEqual([]);
  });

  it("not time: prices, fractions, ordinary words, designations", () => {
    expect(tag("Earnings were 1.625 a share.")).toEqual([]);
    expect(tag("Shares rose 7/8 to 32 1/2.")).toEqual([]);
    expect(tag("Officials may decide later. He sat in the sun.")).toEqual([]);
    expect(tag("Drones flew from Air Base 201 and MQ-9 Reapers landed.")).toEqual([]);
    expect(tag("The Flintlock 2018 exercise ended.")).toEqual([]);
    expect(tag("Windows 2000 ships soon.").map((t) => t.text)).toEqual(["soon"]);
    expect(tag("March on Washington drew thousands.")).toEqual([]);
    expect(tag("Visit 1600 Pennsylvania Ave. or Flight 800 records.")).toEqual([]);
    expect(tag("The bill passed 52-48; the score was 2:1; they won 3 to 2.")).toEqual([]);
    expect(tag("It cost $2018 in total.")).toEqual([]);
    expect(tag("He is 52 years old.")).toEqual([]);
    expect(tag("A second official spoke.")).toEqual([]);
    expect(tag("Filed on February 30, 2023.").map((t) => t.value)).not.toContain("2023-02-30");
  });

  it("reads a Date reference in local time and an ISO string by its written date", () => {
    expect(tagTemporalExpressions("Talks were held last week.", { referenceDate: new Date(2024, 3, 19, 23, 30) })[0]?.value).toBe("2024-W15");
    expect(tagTemporalExpressions("They met yesterday.", { referenceDate: "2024-04-19T23:30:00-05:00" })[0]?.value).toBe("2024-04-18");
  });

  it("without a reference date, relative values stay underspecified (never today)", () => {
    expect(values("a coup last July", null)).toEqual(["last July=DATE:XXXX-07"]);
    expect(values("They met on Tuesday.", null)).toEqual(["Tuesday=DATE:XXXX-WXX-2"]);
    expect(values("On 11 April, 2018 it began.", null)).toEqual(["11 April, 2018=DATE:2018-04-11"]);
  });

  it("is extendable chrono-style: user parsers are pooled and their rule recorded", () => {
    const config = createNewsConfiguration();
    const ramadan: TemporalParser = {
      name: "holiday",
      parse: (ctx) => {
        const i = ctx.text.indexOf("Ramadan");
        return i < 0 ? [] : [{ start: i, end: i + 7, type: "DATE", value: "XXXX-XX-XX", rule: "holiday" }];
      },
    };
    const tagger = createTemporalTagger({ parsers: [...config.parsers, ramadan], refiners: config.refiners });
    const out = tagger.tag("Fasting ends after Ramadan.", { referenceDate: "2024-04-01" });
    expect(out.map((t) => t.rule)).toEqual(["holiday"]);
    expect(tagger.clone().parsers.length).toBe(tagger.parsers.length);
  });
});

describe("AQUAINT-tuned conventions", () => {
  it("a person's age is not a timex; a thing's age stays a duration", () => {
    expect(values("A 35-year-old teacher was hurt.")).toEqual([]);
    expect(values("The family of 9-year-old Maria left.")).toEqual([]);
    expect(values("They asked about the 10-year-old.")).toEqual([]);
    expect(values("His 7-year-old daughter's school closed.")).toEqual([]);
    expect(values("a 60-year-old fisherman")).toEqual([]);
    expect(values("the 40-year-old bridge")).toEqual(["40-year-old=DURATION:P40Y"]);
    expect(values("a 20-year-old, concrete tower")).toEqual(["20-year-old=DURATION:P20Y"]);
  });

  it("'right now' is tagged as 'now'", () => {
    expect(values("Right now the road is closed.")).toEqual(["now=DATE:PRESENT_REF"]);
  });

  it("movable holidays resolve by tense; 'Easter week' is its ISO week", () => {
    expect(values("They met on Thanksgiving Day.", "2010-01-10")).toEqual(["Thanksgiving Day=DATE:2009-11-26"]);
    expect(values("Polls open on Election Day.", "2010-10-20")).toEqual(["Election Day=DATE:2010-11-02"]);
    expect(values("Crowds gathered during Easter week.", "2011-05-02")).toEqual(["Easter week=DATE:2011-W16"]);
    expect(values("The parade was held on Labor Day 2005.")).toEqual(["Labor Day 2005=DATE:2005-09-05"]);
    expect(values("Eastern Europe and Eastern Airlines")).toEqual([]);
  });

  it("one unit as a compound adjective: 'day-long', 'year-long'", () => {
    expect(values("after a day-long meeting")).toEqual(["day-long=DURATION:P1D"]);
    expect(values("a year-long inquiry")).toEqual(["year-long=DURATION:P1Y"]);
  });

  it("'daily', 'weekly', 'monthly' are sets, except a newspaper's name or an average", () => {
    expect(values("Crowds gathered daily.")).toEqual(["daily=SET:P1D"]);
    expect(values("in his weekly address")).toEqual(["weekly=SET:P1W"]);
    expect(values("monthly payments")).toEqual(["monthly=SET:P1M"]);
    expect(values("the state daily Pravda wrote")).toEqual([]);
    expect(values("average daily volume rose")).toEqual([]);
  });

  it("a bare month one or two months after the report month is the coming one", () => {
    expect(values("The bank said the merger closes in January.", "2010-11-20")).toEqual(["January=DATE:2011-01"]);
    expect(values("Officials said talks collapsed in August.", "2010-11-20")).toEqual(["August=DATE:2010-08"]);
    expect(values("Officials said talks collapsed last December.", "2010-11-20")).toEqual(["last December=DATE:2009-12"]);
  });

  it("'plan' is a future cue only as a verb before 'to'", () => {
    expect(values("The firm announced the plan Sept. 2.", "2010-10-20")).toEqual(["Sept. 2=DATE:2010-09-02"]);
    expect(values("The firm plans to vote Nov. 2.", "2010-10-20")).toEqual(["Nov. 2=DATE:2010-11-02"]);
  });

  it("'since' a month or weekday looks back; 'were planning to' looks ahead", () => {
    expect(values("The ship has been at sea since December and was scheduled to return.", "2010-11-20")).toEqual(["December=DATE:2009-12"]);
    expect(values("Talks have stalled since Monday.", "2024-04-19")).toEqual(["Monday=DATE:2024-04-15"]);
    expect(values("Protesters were planning to march on Saturday.", "2024-04-17")).toEqual(["Saturday=DATE:2024-04-20"]);
  });

  it("'Earlier'/'Later' before a weekday is a discourse adverb outside the extent; 'early' stays in", () => {
    expect(values("Earlier Tuesday, the police said the road was open.", "2024-04-17")).toEqual(["Tuesday=DATE:2024-04-16"]);
    expect(values("They left early Tuesday.", "2024-04-17")).toEqual(["early Tuesday=DATE:2024-04-16/START"]);
  });

  it("the second day of 'April 24 and 25' is its own date; 'at midday'; an attributive 'the March …'", () => {
    expect(values("Talks are set for June 3 and 4.", "2010-05-20")).toEqual(["June 3=DATE:2010-06-03", "4=DATE:2010-06-04"]);
    expect(values("They met on May 8 and 9, 2007.")).toEqual(["May 8=DATE:2007-05-08", "9, 2007=DATE:2007-05-09"]);
    expect(values("Yields rose from June 3 to 5 percent.", "2010-05-20")).toEqual(["June 3=DATE:2010-06-03"]);
    expect(values("The shelling stopped at midday.", "2010-05-20")).toEqual(["midday=TIME:2010-05-20T12:00"]);
    expect(values("The March vote was close.", "2010-05-20")).toEqual(["March=DATE:2010-03"]);
    expect(values("The March on the capital was peaceful.")).toEqual([]);
    expect(values("The March was peaceful.")).toEqual([]);
  });

  it("'around' as a verb particle or before a possessive stays outside the extent", () => {
    expect(values("Lawyers sought a way to get around Monday's ruling, he said.", "2024-04-17").map((v) => v.split("=")[0])).toEqual(["Monday"]);
    expect(values("They arrived around Nov. 1.", "2010-11-20")).toEqual(["around Nov. 1=DATE:2010-11-01/APPROX"]);
  });

  it("'in the weeks before …' tags the unmeasured stretch next to an event", () => {
    expect(values("His car was seen in the weeks before the attack.")).toEqual(["weeks=DURATION:PXW"]);
    expect(values("In the days after the vote, riots spread.")).toEqual(["days=DURATION:PXD"]);
    expect(values("the years of war")).toEqual([]);
  });

  it("'that year', 'later that year', 'earlier that day' take the period of the last date told", () => {
    expect(values("He left in June 2005 and returned later that year.")).toEqual(["June 2005=DATE:2005-06", "later that year=DATE:2005"]);
    expect(values("The fire broke out on May 3, 2010. Earlier that day, guards left.")).toEqual(["May 3, 2010=DATE:2010-05-03", "Earlier that day=DATE:2010-05-03"]);
    expect(values("Prices fell in 2001; that year, sales slumped.")).toEqual(["2001=DATE:2001", "that year=DATE:2001"]);
    expect(values("Shares traded that day were few.")).toEqual([]);
  });

  it("a possessive weekday ('Wednesday's ruling') is on or before the report day", () => {
    expect(values("Lawyers will appeal Monday's ruling.", "2024-04-17")).toEqual(["Monday=DATE:2024-04-15"]);
  });

  it("a clock time on a weekday in a present-tense schedule looks ahead, and a range's clock-only bound takes the weekday's date", () => {
    // Monday 2016-11-07: the coming Tuesday is 2016-11-08
    expect(values("Polls are open 6 a.m. to 9 p.m. Tuesday.", "2016-11-07")).toEqual(["6 a.m.=TIME:2016-11-08T06:00", "9 p.m. Tuesday=TIME:2016-11-08T21:00"]);
    expect(values("The debate is Monday at 9 p.m.", "2016-09-25")).toEqual(["Monday at 9 p.m.=TIME:2016-09-26T21:00"]);
    // reported past keeps looking back
    expect(values("He said the shooting happened at 10 p.m. Saturday.", "2016-09-28")).toEqual(["10 p.m. Saturday=TIME:2016-09-24T22:00"]);
    // a range without any day keeps the reference day
    expect(values("The show airs from 6 a.m. to 9 a.m. Eastern.", "2016-09-26")).toEqual(["6 a.m.=TIME:2016-09-26T06:00", "9 a.m.=TIME:2016-09-26T09:00"]);
  });

  it("a duration range before 'ago' is a past date; 'Nth Century' before a capitalised word is a name", () => {
    expect(values("It happened 40 or 50 years ago, he said.", "2015-11-08")).toEqual(["40 or 50 years ago=DATE:1975/APPROX"]);
    expect(values("Contracts last from three to six months.")).toEqual(["three to six months=DURATION:P3M/APPROX"]);
    expect(values("Murdoch elevated them to top jobs at 21st Century Fox.")).toEqual([]);
    expect(values("The top athletes of the 20th Century.")).toEqual(["the 20th Century=DATE:19"]);
  });

  it("broadcast titles ('CBS This Morning', NBC's ''Today'') are not deictic days", () => {
    expect(values("Speaking to “CBS This Morning” Monday, Rubio refrained.", "2016-02-08")).toEqual(["Monday=DATE:2016-02-08"]);
    expect(values("Bush is joining the ''Today'' show as an anchor.")).toEqual([]);
    expect(values("The executive in charge of ''Today,'' reminded his staff.")).toEqual([]);
    expect(values("Trump told NBC's Today show.")).toEqual([]);
    expect(values("“Today, we have a system that fails,” she said.")).toEqual(["Today=DATE:2024-04-19"]);
    expect(values("This morning, he spoke.")).toEqual(["This morning=TIME:2024-04-19TMO"]);
  });

  it("named weekdays ('Super Tuesday', 'Black Friday', 'Good Friday') are one DATE with the day of their year", () => {
    expect(values("Sanders hopes to win many of the states voting on Super Tuesday.", "2016-02-20")).toEqual(["Super Tuesday=DATE:2016-03-01"]);
    expect(values("Trump won seven states on Super Tuesday.", "2016-03-03")).toEqual(["Super Tuesday=DATE:2016-03-01"]);
    expect(values("Shoppers lined up on Black Friday.", "2016-11-28")).toEqual(["Black Friday=DATE:2016-11-25"]);
    expect(values("The pope spoke on Good Friday.", "2016-03-30")).toEqual(["Good Friday=DATE:2016-03-25"]);
  });

  it("a capitalised 'Daily'/'Weekly'/'Nightly' inside a sentence is a name, not a set", () => {
    expect(values("He made the remarks on Breitbart News Daily.")).toEqual([]);
    expect(values("As one employee told Palo Alto Weekly, morale was low.")).toEqual([]);
    expect(values("He hosts “The Nightly Show.”")).toEqual([]);
    expect(values("Daily, the paper prints 2,000 copies.")).toEqual(["Daily=SET:P1D"]);
    expect(values("The paper is printed daily.")).toEqual(["daily=SET:P1D"]);
  });

  it("a date that 'nears' or comes 'ahead of' / 'between now and' it is still to come", () => {
    expect(values("As Election Day nears, the number of real independents shrinks.", "2016-02-18")).toEqual(["Election Day=DATE:2016-11-08"]);
    expect(values("The speech was seen as an attempt to appear presidential ahead of the Nov. 8 election.", "2016-07-03")).toEqual(["Nov. 8=DATE:2016-11-08"]);
    expect(values("Anything could happen between now and November.", "2016-06-20")).toEqual(["now=DATE:PRESENT_REF", "November=DATE:2016-11"]);
  });

  it("a modal before a month or weekday ('can win in November', 'must support her in November') looks ahead; after it, it does not", () => {
    expect(values("He is the one candidate who can win in November.", "2016-03-01")).toEqual(["November=DATE:2016-11"]);
    expect(values("Delegates said the party must support Clinton in November.", "2016-07-27")).toEqual(["November=DATE:2016-11"]);
    expect(values("“We really can win on Tuesday and turn the state,” the organizer told supporters.", "2016-06-27")).toEqual(["Tuesday=DATE:2016-06-28"]);
    expect(values("The suspect is likely to appear in court Wednesday.", "2015-12-08")).toEqual(["Wednesday=DATE:2015-12-09"]);
    // "likely voters" is an adjective, not a prospective
    expect(values("The poll of 1,000 likely voters was taken Thursday.", "2016-02-17")).toEqual(["Thursday=DATE:2016-02-11"]);
    // a modal opening a reported clause after the expression keeps the report in the past
    expect(values("The minister told a newspaper on Tuesday that the government must change course.", "2016-04-07")).toEqual(["Tuesday=DATE:2016-04-05"]);
  });

  it("a clock time opening the next sentence does not merge with a weekday ending the last one", () => {
    expect(values("Clinton has won Super Tuesday. 8:55 p.m. Trump speaks in Florida.", "2016-03-01")).toEqual(["Super Tuesday=DATE:2016-03-01", "8:55 p.m.=TIME:2016-03-01T20:55"]);
    expect(values("They met on Tuesday. At 10 a.m. Wednesday, the talks resumed.", "2016-03-03")).toEqual(["Tuesday=DATE:2016-03-01", "10 a.m. Wednesday=TIME:2016-03-02T10:00"]);
  });

  it("verse references, positions in a recording and a name with an age are not clock times or dates", () => {
    expect(values("He stood at his pulpit, citing Exodus 18:21 to the crowd.")).toEqual([]);
    expect(values("The post quotes Romans 8:31 (“If God is for us”).")).toEqual([]);
    expect(values("The comments start around the 2:05 mark.")).toEqual([]);
    expect(values("Yin Myint May, 60, a doctor, said she was elated.")).toEqual([]);
    // clock times and dates stay
    expect(values("Voting ends at 19:00 local time.")).toEqual(["19:00=TIME:2024-04-19T19:00"]);
    expect(values("It happened in May, 1960, in Burma.")).toEqual(["May, 1960=DATE:1960-05"]);
  });

  it("'quarter' as a fraction, a compound or a place is not time; the reported quarter stays", () => {
    expect(values("Turnout fell by between a quarter and a third.")).toEqual([]);
    expect(values("He said one-quarter to one-third of his members back the bill.")).toEqual([]);
    expect(values("Just over a quarter, 26 percent, say they are undecided.")).toEqual([]);
    expect(values("She did well with the quarter of voters who call themselves independents.")).toEqual([]);
    expect(values("The decision drew criticism in some quarters.")).toEqual([]);
    expect(values("the quarter-century-old brigade")).toEqual([]);
    expect(values("Sales rose in the quarter, up 31 percent.", "2016-07-30")).toEqual(["the quarter=DATE:2016-Q2"]);
    expect(values("Sales rose for three quarters.", "2016-07-30")).toEqual(["three quarters=DURATION:P9M"]);
  });

  it("'ahead of' / 'the run-up to' a weekday, and 'before' a weekday in a future clause, look ahead", () => {
    // Sunday 2016-02-07: the coming Tuesday is 2016-02-09
    expect(values("The candidates crisscrossed the state ahead of Tuesday's primary.", "2016-02-07")).toEqual(["Tuesday=DATE:2016-02-09"]);
    expect(values("Polls tightened in the run-up to Tuesday's vote.", "2016-02-07")).toEqual(["Tuesday=DATE:2016-02-09"]);
    expect(values("Rubio faced questions about whether he'll drop out before Tuesday's primary.", "2016-02-07")).toEqual(["Tuesday=DATE:2016-02-09"]);
    // a past clause keeps the day behind the report
    expect(values("The polling done before Tuesday's primary showed a tie.", "2016-03-16")).toEqual(["Tuesday=DATE:2016-03-15"]);
  });

  it("'effective' + a date looks ahead", () => {
    expect(values("The board named him chairman, effective Feb. 1.", "2010-10-20")).toEqual(["Feb. 1=DATE:2011-02-01"]);
  });

  it("'as soon as' / 'as early as' a weekday looks ahead", () => {
    expect(values("The team could leave as soon as Tuesday, he said.", "2024-04-19")).toEqual(["Tuesday=DATE:2024-04-23"]);
    expect(values("A ruling was possible as early as Monday.", "2024-04-19")).toEqual(["Monday=DATE:2024-04-22"]);
  });

  it("tense: a middle initial, a title or a clock time ('Daniel P. Smith', 'Mr.', '10 p.m. Friday') does not end the sentence", () => {
    expect(values("Acme Corp. will name Daniel P. Smith chief executive Feb. 1.")).toEqual(["Feb. 1=DATE:2025-02-01"]);
    expect(values("Mr. Smith, 52, will join the U.S. board Feb. 1.")).toEqual(["Feb. 1=DATE:2025-02-01"]);
    expect(values("He left in March. Acme will report Feb. 1 results.")).toEqual(["March=DATE:2024-03", "Feb. 1=DATE:2025-02-01"]);
    const at = (text: string, word: string) => clauseTense(text, text.indexOf(word), text.indexOf(word) + word.length);
    expect(at("Acme will name Daniel P. Smith chief on Friday.", "Friday")).toBe("future");
    expect(at("Acme Corp. will name a chief on Friday.", "Friday")).toBe("future");
    // … but an acronym or "Corp." before a usual sentence opener closes the sentence
    expect(at("Officials will meet in the U.S. The first round on Friday.", "Friday")).toBeNull();
    expect(at("Officials will meet at Acme Corp. The first round on Friday.", "Friday")).toBeNull();
    expect(at("Officials will meet in the U.S. Elian's first round on Friday.", "Friday")).toBeNull();
    expect(at("Rebels attacked the town at 10 p.m. Friday.", "Friday")).toBe("past");
  });

  it("tense: 'had been due/scheduled to' places the scheduled day in the past", () => {
    expect(values("The offer had been due to expire Tuesday evening.")).toEqual(["Tuesday evening=TIME:2024-04-16TEV"]);
    expect(values("The vote had been scheduled for Monday.")).toEqual(["Monday=DATE:2024-04-15"]);
    expect(values("The vote has been scheduled for Monday.")).toEqual(["Monday=DATE:2024-04-22"]);
  });

  it("tense: 'until' looks ahead unless the sentence is in the past perfect", () => {
    expect(values("Until Thursday, the police had not named him a suspect.")).toEqual(["Thursday=DATE:2024-04-18"]);
    expect(values("The talks continue until Thursday.")).toEqual(["Thursday=DATE:2024-04-25"]);
    // a past perfect in another clause does not count
    expect(values("He said the rebels had agreed last month to observe the truce, which would hold until Thursday.")).toEqual(["last month=DATE:2024-03", "Thursday=DATE:2024-04-25"]);
  });

  it("tense: an -ed word after a determiner is an adjective, not a past verb", () => {
    expect(values("Holders will vote on the proposed merger in January.")).toEqual(["January=DATE:2025-01"]);
    expect(values("It would be paid on a still unspecified date in January.")).toEqual(["January=DATE:2025-01"]);
    expect(values("Holders will vote after the board approved the merger in January.")).toEqual(["January=DATE:2024-01"]);
    // after "that" (a relative pronoun) or a bare adverb it stays a verb
    expect(values("Officials will try the rebels that attacked in January.")).toEqual(["January=DATE:2024-01"]);
    expect(values("Officials will try the rebels who heavily attacked in January.")).toEqual(["January=DATE:2024-01"]);
    expect(values("Officials will try those arrested in January.")).toEqual(["January=DATE:2024-01"]);
  });

  it("'year-ago' counts from the quarter being reported, not from a year-ago or forecast quarter", () => {
    expect(values("Profit rose in the third quarter from the year-ago quarter; year-ago results included a charge.", "1989-10-26")).toEqual([
      "the third quarter=DATE:1989-Q3",
      "the year-ago quarter=DATE:1988-Q3",
      "year-ago=DATE:1988-Q3",
    ]);
    expect(values("Third-quarter profit rose 5%. It expects a loss in the first quarter of 1990. In the year-ago period, it earned $3 million.", "1989-10-26")).toEqual([
      "Third-quarter=DATE:1989-Q3",
      "the first quarter of 1990=DATE:1990-Q1",
      "the year-ago period=DATE:1988-Q3",
    ]);
  });

  it("a month or 'the <season> of' before a spelled-out year narrows it", () => {
    expect(values("January nineteen ninety-seven. A bomb went off.", "1998-02-27")).toEqual(["January nineteen ninety-seven=DATE:1997-01"]);
    expect(values("Prices last fell that low in the winter of nineteen ninety-four.", "1998-02-27")).toEqual(["the winter of nineteen ninety-four=DATE:1994-WI"]);
    expect(values("Plans for January two thousand were set.", "1998-02-27")).toEqual(["January two thousand=DATE:2000-01"]);
    expect(values("It was nineteen ninety-six.", "1998-02-27")).toEqual(["nineteen ninety-six=DATE:1996"]);
  });

  it("'the year', 'the full year', 'the fiscal year' on their own: the report's year; 'the year ended …' a stretch of a year", () => {
    expect(values("Sales for the full year rose 5%, and earlier in the year the firm cut jobs.")).toEqual(["the full year=DATE:2024", "earlier in the year=DATE:2024"]);
    expect(values("Late in the year, the rains came.")).toEqual(["Late in the year=DATE:2024/END"]);
    expect(values("Net income for the year ended June 30 fell.")).toEqual(["the year=DURATION:P1Y", "June 30=DATE:2023-06-30"]);
    expect(values("Profit should rise throughout the fiscal year.")).toEqual(["the fiscal year=DURATION:P1Y"]);
    expect(values("It was the year of the dragon. The year before, he left. He was named Man of the Year.")).toEqual([]);
  });

  it("'the latest period' is the quarter last reported on, and nothing without one", () => {
    expect(values("Acme said fourth-quarter profit rose. In the latest period, sales fell.", "1989-11-02")).toEqual(["fourth-quarter=DATE:1989-Q4", "the latest period=DATE:1989-Q4"]);
    expect(values("In the latest period of unrest, shops closed.", "1989-11-02")).toEqual([]);
  });

  it("'the summer' after 'into', 'before', 'after', 'throughout', 'for' is a season; 'after the fall of …' is not", () => {
    expect(values("Shortages lasted well into the summer.")).toEqual(["the summer=DATE:2023-SU"]);
    expect(values("The city fell into chaos after the fall of the regime.")).toEqual([]);
  });

  it("a month name used as a first name is not a date", () => {
    expect(values("Ministers Anna Berg and Jan Novak signed it.")).toEqual([]);
    expect(values("He met April Stone at the office.")).toEqual([]);
    expect(values("The vote was held in March Officials said.")).toEqual(["March=DATE:2024-03"]);
  });
});

describe("odd inputs", () => {
  it("never throws on wrong types from JavaScript callers", () => {
    expect(tagTemporalExpressions(42 as never, { referenceDate: "2024-04-19" })).toEqual([]);
    expect(tagTemporalExpressions("last July", { referenceDate: 1713484800000 as never })[0]?.value).toBe("XXXX-07");
    expect(tagTemporalExpressions("last July", undefined as never)[0]?.value).toBe("XXXX-07");
    expect(tagTemporalExpressions("last July", { referenceDate: new Date(Number.NaN) })[0]?.value).toBe("XXXX-07");
  });
});
