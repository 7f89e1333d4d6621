/**
 * `@newsparse/claims`: who said what, and which numbers the sources give.
 *
 * @packageDocumentation
 */
export { Speaker, Relation, Quantity, Claim, Conflict } from "./schema.js";
export { extractClaims, type ExtractClaimsOptions, type ClaimExtraction } from "./extract-claims.js";
