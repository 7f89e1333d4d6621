import type { Mention } from "../schema.js";
import type { ExtractionContext, Refiner } from "../pipeline/types.js";
import { tokenRange } from "./util.js";
import { ORGANIZATION_HEADS } from "../lexicon/head-words.js";
import { mentionWith } from "../pipeline/mention-shape.js";

const ORG_HEADS = new Set(ORGANIZATION_HEADS);

/**
 * Names ending in an organisation head word ("Africa Corps", "Wagner Group",
 * "Ministry of …") are organisations, whatever type the tagger gave them.
 *
 * @returns A refiner named `org-head`.
 * @example
 * ```ts
 * import { createEntityExtractor, createOrgHeadRefiner } from "@newsparse/entity-extract";
 *
 * createEntityExtractor().extend({ refiners: [createOrgHeadRefiner()] });
 * ```
 */
export function createOrgHeadRefiner(): Refiner {
  return {
    name: "org-head",
    refine(context: ExtractionContext, mentions: Mention[]): Mention[] {
      return mentions.map((m) => {
        if (m.type !== "GPE" && m.type !== "LOC" && m.type !== "PERSON") return m;
        const r = tokenRange(m, context);
        if (!r || r[1] - r[0] < 2) return m;
        const last = context.tokens[r[1] - 1]!;
        if (!ORG_HEADS.has(last.lower) || last.text[0] === last.lower[0]) return m;
        return mentionWith(m, { type: "ORG", source: "org-head" });
      });
    },
  };
}
