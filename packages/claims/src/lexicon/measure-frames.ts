/**
 * What a figure measures when its noun is generic or its verb says it: word lists as data.
 * `frames`: a frame id and the nouns, verbs and participles that evoke it (`killed`, `death toll`, `fatalities` → `deaths`).
 * `genericHeads`: counted nouns that say nothing about what was counted without a frame (`people`, `persons`).
 * `revisionCues`: words that mark a figure as an earlier or later state of a changing count.
 * `limitCues`: words that make `up to N` a stated maximum (`faces up to 20 years`), compared as the value itself.
 */
export interface MeasureFrames {
  frames: Readonly<Record<string, readonly string[]>>;
  genericHeads: readonly string[];
  revisionCues: readonly string[];
  limitCues: readonly string[];
}

/** The built-in frames. */
export const defaultMeasureFrames: MeasureFrames = {
  frames: {
    deaths: ["dead", "death", "deaths", "death toll", "toll", "killed", "kill", "kills", "killing", "died", "die", "dies", "fatalities", "fatality", "slain", "lives", "bodies", "perished", "fatally"],
    injuries: ["injured", "injuries", "injury", "wounded", "wounding", "wounds", "hurt", "hospitalized", "hospitalised"],
    arrests: ["arrested", "arrest", "arrests", "detained", "detention", "detentions", "apprehended", "apprehensions", "apprehension", "custody", "arresting"],
    evacuations: ["evacuated", "evacuation", "evacuations", "displaced", "fled", "homeless"],
    missing: ["missing", "unaccounted"],
    hostages: ["hostages", "hostage", "kidnapped", "abducted", "captive", "captives"],
    charges: ["charged", "charges", "counts", "indicted", "indictment", "indictments"],
    "prison term": ["prison", "jail", "sentence", "sentenced", "imprisonment", "behind bars", "incarceration"],
    votes: ["votes", "vote", "voted", "ballots", "tally"],
    investigation: ["investigation", "probe", "inquiry"],
    shutdown: ["shutdown", "furloughed", "furlough"],
  },
  genericHeads: ["people", "persons", "person", "individuals", "others", "men", "women", "children", "civilians", "residents", "victims", "americans", "members", "adults", "citizens", "casualties", "times"],
  revisionCues: ["initially", "originally", "earlier", "previously", "first reported", "had put", "revised", "later", "updated", "rose to", "risen to", "climbed to", "raised", "jumped to", "increased to", "up from", "down from"],
  limitCues: ["up to", "maximum", "a maximum of", "as much as", "faces", "face", "facing", "could get", "carries"],
};
