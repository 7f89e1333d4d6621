import { z } from "zod";

/** Who a quote or report is attributed to. */
export const Speaker = z
  .object({
    text: z.string().describe("The speaker as written (or the resolved antecedent's text for pronouns)."),
    entityId: z.string().optional().describe("Entity id from entity-extract, when the speaker is a named entity."),
    anonymous: z.boolean().describe("True for unnamed sources described by role (`a senior defense official`)."),
    kind: z.enum(["person", "anonymous", "institution", "document", "pronoun", "unknown"]).optional(),
    start: z.number().int().nonnegative().optional().describe("Where the speaker is written in this document."),
    end: z.number().int().nonnegative().optional(),
  })
  .meta({ id: "Speaker" });

/** Who a quote or report is attributed to. */
export type Speaker = z.infer<typeof Speaker>;

/** How a quantity's qualifier relates the stated number to the true value. */
export const Relation = z.enum(["eq", "approx", "lt", "lte", "gt", "gte", "range"]).meta({ id: "Relation" });

/** A quantity relation. */
export type Relation = z.infer<typeof Relation>;

/** A normalised quantity. */
export const Quantity = z
  .object({
    value: z.number().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    relation: Relation,
    unit: z.string().optional().describe("ISO 4217 code for money, `%`, a physical unit, or the counted noun."),
    subject: z.string().optional().describe("What is counted (`U.S. personnel`)."),
  })
  .meta({ id: "Quantity" });

/** A normalised quantity. */
export type Quantity = z.infer<typeof Quantity>;

/** A claim: a direct quote, reported speech or a quantity. */
export const Claim = z
  .object({
    id: z.string(),
    kind: z.enum(["quote", "reported", "quantity"]),
    docId: z.string(),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    text: z.string(),
    speaker: Speaker.optional(),
    cue: z.object({ text: z.string(), start: z.number().int(), end: z.number().int() }).optional().describe("Speech verb or cue (`said`, `according to`)."),
    quantity: Quantity.optional(),
    flags: z.array(z.string()).optional().describe("E.g. `unterminated`, `partial`."),
  })
  .meta({ id: "Claim" });

/** A claim. */
export type Claim = z.infer<typeof Claim>;

/** A disagreement between sources. */
export const Conflict = z
  .object({
    id: z.string(),
    about: z.string().describe("A sentence a person can read, saying what disagrees."),
    kind: z.enum(["quantity", "attribute"]).optional(),
    claimIds: z.array(z.string()),
    evidence: z.array(z.object({ docId: z.string(), start: z.number().int(), end: z.number().int() })),
  })
  .meta({ id: "Conflict" });

/** A disagreement between sources. */
export type Conflict = z.infer<typeof Conflict>;
