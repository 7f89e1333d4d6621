/**
 * Business cues around company names. Lower case unless noted; each list is
 * deduplicated (a test checks it). Data only: the refiners build their sets from these.
 *
 * @packageDocumentation
 */

/** Business verbs too common to make their object a company alone ("acquire", "buy", "rival"). */
export const WEAK_BUSINESS_CUES: readonly string[] = [
  "acquire", "acquired", "acquires", "acquiring", "buy", "bought", "buys", "buying", "rival",
];
