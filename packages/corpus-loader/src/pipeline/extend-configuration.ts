import type { PipelineConfiguration } from "./stage.js";

/**
 * A new configuration: the base's parsers and refiners with the extra ones
 * appended, and the extra's other fields (a lexicon, options) over the
 * base's. Neither argument is changed. Every package's `extend()` works this
 * way.
 *
 * @param base - The configuration to start from.
 * @param extra - Parsers and refiners to append, and fields to override.
 * @returns A fresh configuration.
 * @example
 * ```ts
 * import { extendConfiguration, type PipelineConfiguration, type PipelineContext } from "@newsparse/corpus-loader";
 *
 * const base: PipelineConfiguration<PipelineContext, { start: number; end: number }> = { parsers: [], refiners: [] };
 * const dropLong = { name: "drop-long", refine: (_: PipelineContext, items: { start: number; end: number }[]) => items.filter((i) => i.end - i.start < 40) };
 * extendConfiguration(base, { refiners: [dropLong] }).refiners.length; // 1
 * ```
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any package's configuration
export function extendConfiguration<Configuration extends PipelineConfiguration<any, any>>(
  base: Configuration,
  extra: Partial<Configuration> = {},
): Configuration {
  return {
    ...base,
    ...extra,
    parsers: [...base.parsers, ...(extra.parsers ?? [])],
    refiners: [...base.refiners, ...(extra.refiners ?? [])],
  };
}
