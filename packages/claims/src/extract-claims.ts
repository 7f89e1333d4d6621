import type { Document } from "@newsparse/corpus-loader";
import { defaultClaimExtractor, type ClaimExtraction, type ExtractClaimsOptions } from "./claim-extractor.js";

/**
 * Extract direct quotes (with speakers), reported speech and quantities from
 * a string, a Document or many Documents, with the default extractor.
 *
 * @param input - Text or loaded documents (excluded boilerplate is skipped).
 * @param options - `entities` from entity-extract, to link speakers to `entityId`.
 * @returns Claims (ids `<docId>#q1`, `#r1`, `#n1`…) and messages.
 * @throws {@link InvalidClaimsInputError} when the input is not text or Documents.
 * @example
 * ```ts
 * import { extractClaims } from "@newsparse/claims";
 *
 * const { claims } = extractClaims("“The burden of proof is on us,” a senior defense official said.");
 * console.log(claims[0]?.speaker); // { text: "a senior defense official", anonymous: true, kind: "anonymous", … }
 * ```
 */
export function extractClaims(input: string | Document | readonly Document[], options: ExtractClaimsOptions = {}): ClaimExtraction {
  return defaultClaimExtractor.extract(input, options);
}
