import type { Parser } from "@newsparse/corpus-loader";
import type { TaggerContext, TimexCandidate } from "../tagging/tagger-context.js";
import {
  monthDateParser,
  dayMonthParser,
  weekdayParser,
  weekOfParser,
  deicticDayParser,
  dottedDateParser,
  holidayParser,
  weekendParser,
  yearEndParser,
  secondDayParser,
  firstDayParser,
  middayParser,
} from "./calendar-date-parsers.js";
import {
  durationParser,
  durationRangeParser,
  vagueDurationParser,
  whileParser,
  frequencyParser,
  setParser,
  unitLongParser,
} from "./duration-parsers.js";
import {
  relativePeriodParser,
  seasonParser,
  yearParser,
  decadeParser,
  centuryParser,
  quarterParser,
  quarterShorthandParser,
  yearAgoParser,
  spelledYearParser,
  periodEdgeParser,
  theYearParser,
  latestPeriodParser,
} from "./period-parsers.js";
import {
  referenceParser,
} from "./reference-parser.js";
import { thatPeriodParser } from "./anaphoric-parser.js";
import { yearRangeParser } from "./year-range-parser.js";

/** The news parsers, in order (the order breaks ties between candidates of equal length and priority). */
export function createNewsParsers(): Parser<TaggerContext, TimexCandidate>[] {
  return [
    monthDateParser,
    dayMonthParser,
    weekdayParser,
    weekOfParser,
    deicticDayParser,
    referenceParser,
    relativePeriodParser,
    durationParser,
    vagueDurationParser,
    whileParser,
    seasonParser,
    yearParser,
    yearRangeParser,
    decadeParser,
    quarterParser,
    setParser,
    yearAgoParser,
    spelledYearParser,
    weekendParser,
    yearEndParser,
    dottedDateParser,
    quarterShorthandParser,
    frequencyParser,
    holidayParser,
    centuryParser,
    durationRangeParser,
    periodEdgeParser,
    unitLongParser,
    secondDayParser,
    firstDayParser,
    middayParser,
    thatPeriodParser,
    theYearParser,
    latestPeriodParser,
  ];
}
