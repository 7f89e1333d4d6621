import type { Mention } from "../schema.js";
import type { ExtractionContext, LegacyRefiner, Refiner } from "./types.js";

/**
 * Wrap a refiner written for the earlier contract, `refine(mentions, context)`,
 * as a {@link Refiner} with the shared `refine(context, mentions)` signature.
 *
 * The method kept its name while its arguments swapped places, so an old
 * refiner passed as is would receive the context where it expects the
 * mentions; it then usually throws, and the run reports a `refiner-failed`
 * message and leaves the mentions as they were. Wrap it instead.
 *
 * @deprecated Swap the arguments of your refiner to `refine(context, mentions)`;
 * this adapter is removed in the next minor release.
 * @param refiner - A refiner with `refine(mentions, context)`.
 * @returns The same refiner behind the shared signature, with the same name.
 * @example
 * ```ts
 * import { createDefaultConfiguration, createEntityExtractor, fromLegacyRefiner } from "@newsparse/entity-extract";
 *
 * const dropShort = { name: "drop-short", refine: (mentions: { text: string }[]) => mentions.filter((m) => m.text.length > 2) };
 * const configuration = createDefaultConfiguration();
 * configuration.refiners.push(fromLegacyRefiner(dropShort as never));
 * const extractor = createEntityExtractor(configuration);
 * console.log(extractor.extract("Mohamed Bazoum spoke in Niamey.").mentions.length);
 * ```
 */
export function fromLegacyRefiner(refiner: LegacyRefiner): Refiner {
  return {
    name: refiner.name,
    refine: (context: ExtractionContext, mentions: Mention[]): Mention[] => refiner.refine(mentions, context),
  };
}
