import { VERSION as corpusLoaderVersion } from "@newsparse/corpus-loader";
import { VERSION as entityExtractVersion } from "@newsparse/entity-extract";
import { VERSION as claimsVersion } from "@newsparse/claims";
import { VERSION as timelineVersion } from "@newsparse/timeline";
import type { Generator } from "./corpus-analysis.js";

/**
 * The `generator` of an analysis: the versions of the packages actually loaded
 * (from source or from their built `dist/`), never a hard-coded number.
 *
 * @returns The generator record.
 */
export function analysisGenerator(): Generator & { packages: Record<string, string> } {
  const packages: Record<string, string> = {
    "@newsparse/corpus-loader": corpusLoaderVersion,
    "@newsparse/entity-extract": entityExtractVersion,
    "@newsparse/claims": claimsVersion,
    "@newsparse/timeline": timelineVersion,
  };
  const versions = new Set(Object.values(packages));
  const version = versions.size === 1 ? [...versions][0]! : Object.entries(packages).map(([name, v]) => `${name}@${v}`).join(" ");
  return { name: "newsparse", version, packages };
}
