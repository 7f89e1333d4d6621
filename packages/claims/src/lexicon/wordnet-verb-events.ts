import { WORDNET_VERB_EVENTS } from "./wordnet-measures-data.js";

let table: Map<string, readonly string[]> | undefined;

/**
 * The event nouns WordNet derives from a verb's first two senses (`amend` → `amendment`, `vote` → `vote`, `voting`):
 * what `amended 27 times` counts. Loaded on first use from the table built by `scripts/build-wordnet-measures.ts`.
 *
 * @param verb - A lower-case verb in its base form.
 * @returns Its event nouns, empty when WordNet derives none.
 */
export function verbEventNouns(verb: string): readonly string[] {
  if (!table) {
    table = new Map();
    for (const row of WORDNET_VERB_EVENTS.split("\n")) {
      const colon = row.indexOf(":");
      table.set(row.slice(0, colon), row.slice(colon + 1).split(","));
    }
  }
  return table.get(verb) ?? [];
}

/** Base forms a verb form may have (`amended` → amend, `stopped` → stop, `carried` → carry, `votes` → vote, `speeding` → speed), most likely first. */
export function verbBaseForms(form: string): string[] {
  const w = form.toLowerCase();
  const out: string[] = [w];
  if (w.endsWith("ied")) out.push(w.slice(0, -3) + "y");
  if (w.endsWith("ed")) {
    out.push(w.slice(0, -1), w.slice(0, -2));
    if (/([b-df-hj-np-tv-z])\1ed$/.test(w)) out.push(w.slice(0, -3));
  }
  if (w.endsWith("ies")) out.push(w.slice(0, -3) + "y");
  if (w.endsWith("es")) out.push(w.slice(0, -2));
  if (w.endsWith("s")) out.push(w.slice(0, -1));
  if (w.endsWith("ing")) {
    out.push(w.slice(0, -3), w.slice(0, -3) + "e");
    if (/([b-df-hj-np-tv-z])\1ing$/.test(w)) out.push(w.slice(0, -4));
  }
  return out;
}
