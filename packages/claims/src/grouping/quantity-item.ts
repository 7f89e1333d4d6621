import type { Claim } from "../schema.js";
import type { Interval } from "./interval.js";
import type { Measure } from "./measure-of.js";
import type { Nationality } from "./nationality.js";

/** A quantity claim with what it measures, the interval it allows and the country it is about. */
export interface QuantityItem {
  claim: Claim;
  measure: Measure;
  interval: Interval;
  nat: Nationality | undefined;
}
