import * as z from "zod";
import { DocSpan, Span } from "@newsparse/corpus-loader";

/** A span with the text it covers (`text === document.text.slice(start, end)`). */
const TextSpan = Span.extend({ text: z.string() });

/** Who a quote or report is attributed to. */
export const Speaker = z
  .object({
    text: z.string().describe("The speaker as written (or the resolved antecedent's text for pronouns)."),
    entityId: z.string().optional().describe("Entity id from entity-extract, when the speaker is a named entity."),
    anonymous: z.boolean().describe("True for unnamed sources described by role (`a senior defense official`)."),
    kind: z.enum(["person", "anonymous", "institution", "document", "pronoun", "unknown"]).optional(),
    start: z.number().int().nonnegative().optional().describe("Where the speaker is written in this document."),
    end: z.number().int().nonnegative().optional(),
    description: z.string().optional().describe("Role or channel written next to the speaker (`Former US special envoy for the Sahel`, `in a social media post Wednesday`)."),
    phrase: TextSpan.optional()
      .describe("The whole speaker phrase as written, with its appositive or relative clause (`Brian Fallon, a spokesman for Mrs. Clinton`), when longer than `text`."),
    mention: TextSpan.optional()
      .describe("For a resolved pronoun or definite description (`He`, `the official`): where it is written; `text`/`start`/`end` then give the antecedent."),
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
    ...DocSpan.shape,
    text: z.string(),
    speaker: Speaker.optional(),
    cue: TextSpan.optional().describe("Speech verb or cue (`said`, `according to`)."),
    quantity: Quantity.optional(),
    flags: z.array(z.string()).optional().describe("E.g. `unterminated`, `partial`, `continuation`."),
    parts: z
      .array(Span)
      .optional()
      .describe("For a direct quote split by its attribution: the spans of all its parts, in order (this claim is one of them)."),
    source: z.string().optional().describe("Parser or refiner that produced or last changed the claim."),
  })
  .meta({ id: "Claim" });

/** A claim. */
export type Claim = z.infer<typeof Claim>;

/**
 * What kind of disagreement: `value` (different figures for one thing), `revision` (a figure that changed over
 * time: `initially`, `rose to`, or later publication times), `title` (different titles for one person), `date`
 * (different dates for one event; from the timeline).
 */
export const ConflictKind = z.enum(["value", "revision", "title", "date"]).meta({ id: "ConflictKind" });

/** What kind of disagreement. */
export type ConflictKind = z.infer<typeof ConflictKind>;

/** A disagreement between sources. */
export const Conflict = z
  .object({
    id: z.string(),
    about: z.string().describe("A sentence a person can read, saying what disagrees."),
    kind: ConflictKind,
    claimIds: z.array(z.string()),
    evidence: z.array(DocSpan),
  })
  .meta({ id: "Conflict" });

/** A disagreement between sources. */
export type Conflict = z.infer<typeof Conflict>;

/** A set of quantity claims (or attribute mentions) about the same thing, across sources. */
export const ClaimGroup = z
  .object({
    id: z.string(),
    kind: z.enum(["quantity", "attribute"]),
    topic: z.string().describe("What the group is about, e.g. `U.S. military personnel` or `Kurt M. Campbell: title`."),
    status: z.enum(["agreeing", "conflicting"]),
    claimIds: z.array(z.string()),
    docIds: z.array(z.string()).describe("Every document (source) in the group, in first-seen order."),
    interval: z
      .object({ min: z.number().nullable(), max: z.number().nullable() })
      .optional()
      .describe("For agreeing quantity groups: the interval all sources allow (null = unbounded)."),
    evidence: z.array(DocSpan.extend({ text: z.string() })),
  })
  .meta({ id: "ClaimGroup" });

/** A set of claims about the same thing, across sources. */
export type ClaimGroup = z.infer<typeof ClaimGroup>;
