import type { TemporalParser } from "./temporal-tagger.js";
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
} from "./parsers/calendar-date-parsers.js";
import {
  durationParser,
  durationRangeParser,
  vagueDurationParser,
  whileParser,
  frequencyParser,
  setParser,
  unitLongParser,
} from "./parsers/duration-parsers.js";
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
} from "./parsers/period-parsers.js";
import {
  referenceParser,
} from "./parsers/reference-parser.js";
import { thatPeriodParser } from "./parsers/anaphoric-parser.js";
import { yearRangeParser } from "./parsers/year-range-parser.js";

/** The news parsers, in order. */
export function createNewsParsers(): TemporalParser[] {
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
