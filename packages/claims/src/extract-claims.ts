import type { Document, Message } from "@newsparse/corpus-loader";
import type { Entity } from "@newsparse/entity-extract";
import type { Claim } from "./schema.js";

/** Options of {@link extractClaims}. */
export interface ExtractClaimsOptions {
  /** Entities from entity-extract, to link speakers to `entityId`. */
  entities?: readonly Entity[];
}

/** Result of {@link extractClaims}. */
export interface ClaimExtraction {
  claims: Claim[];
  messages: Message[];
}

// PROVISIONAL stub: issue 5 fills it in.
/**
 * Extract quotes, reported speech and quantities.
 *
 * @param input - Text or loaded documents.
 * @param options - Options.
 * @returns Claims and messages.
 */
export function extractClaims(input: string | Document | readonly Document[], options: ExtractClaimsOptions = {}): ClaimExtraction {
  void input;
  void options;
  return { claims: [], messages: [] };
}
