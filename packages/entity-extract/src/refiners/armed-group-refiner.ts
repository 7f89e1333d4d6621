import { ARMED_GROUPS } from "../lexicon/armed-groups.js";
import type { Refiner } from "../pipeline/types.js";
import { createLexiconRefiner } from "./lexicon-refiner.js";

/**
 * Well-known armed and militant organisations from a curated lexicon
 * ("al-Qaeda", "al Qaeda-linked" → "al Qaeda", "Boko Haram", "JNIM",
 * "Islamic State") are ORG mentions (source `armed-group`); the lower-case
 * Arabic article hides several of them from the tagger.
 *
 * @returns A refiner named `armed-group`.
 * @example
 * ```ts
 * import { extractEntities } from "@newsparse/entity-extract";
 *
 * extractEntities("groups linked to al-Qaeda").mentions[0]; // { text: "al-Qaeda", type: "ORG", … }
 * ```
 */
export function createArmedGroupRefiner(): Refiner {
  return createLexiconRefiner({ name: "armed-group", names: ARMED_GROUPS, type: "ORG" });
}
