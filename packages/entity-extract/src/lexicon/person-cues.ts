/**
 * Words that mark the name before them as a person. Lower case unless noted; each list is
 * deduplicated (a test checks it). Data only: the refiners build their sets from these.
 *
 * @packageDocumentation
 */

/** Verbs that follow a person's name at a sentence start ("Bazoum said"). */
export const SPEECH_VERBS: readonly string[] = [
  "said", "says", "told", "added", "died", "explained", "argued", "wrote", "insisted", "recalled", "replied",
  "testified", "tweeted",
];

/** Participles of things that happen to people ("killed", "born", "elected"), after "was"/"is". */
export const PERSON_PARTICIPLES: readonly string[] = [
  "killed", "born", "arrested", "elected", "appointed", "sentenced", "married", "shot", "wounded", "detained",
  "educated", "raised", "accused", "charged", "convicted", "ousted", "overthrown", "deposed", "sworn",
  "assassinated", "injured", "kidnapped", "hospitalized", "hospitalised",
];
