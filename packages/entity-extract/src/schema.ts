import * as z from "zod";
import { DocSpan } from "@newsparse/corpus-loader";

/** OntoNotes name types produced by entity-extract. Dates and quantities are not entities here. */
export const EntityType = z
  .enum(["PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"])
  .meta({ id: "EntityType" });

/** An OntoNotes name type. */
export type EntityType = z.infer<typeof EntityType>;

/** A title or role found for an entity, with where it was found. */
export const Role = z
  .object({
    text: z.string(),
    ...DocSpan.shape,
    singular: z
      .string()
      .optional()
      .describe("The role for one person when `text` is a plural role shared by coordinated names (\"Senators\" → \"Senator\" for each of \"Senators Jane Roe and John Doe\")."),
  })
  .meta({ id: "Role" });

/** A title or role found for an entity. */
export type Role = z.infer<typeof Role>;

/** One occurrence of a name in a document. */
export const Mention = z
  .object({
    ...DocSpan.shape,
    text: z.string().describe("`document.text.slice(start, end)`."),
    type: EntityType,
    confidence: z.number().min(0).max(1),
    source: z.string().describe("Parser or refiner that produced (or last changed) the mention."),
    flags: z.array(z.string()).describe("E.g. `metonymy`, `acronym`, `headline`."),
    entityId: z.string().optional().describe("Resolved entity, once resolution ran."),
    refersTo: z.string().optional().describe("For metonymy and demonyms: what the mention stands for (e.g. `United States`)."),
    roles: z
      .array(Role)
      .optional()
      .describe("Titles and roles found next to this mention (`Lt. Gen.`, `assistant secretary of defense`)."),
  })
  .meta({ id: "Mention" });

/** One occurrence of a name in a document. */
export type Mention = z.infer<typeof Mention>;

/** A surface form of an entity and the documents that use it. */
export const Alias = z
  .object({
    text: z.string(),
    docIds: z.array(z.string()),
    spellingVariant: z.boolean().describe("True when this form looks like a misspelling/variant of the canonical name rather than a short form."),
  })
  .meta({ id: "Alias" });

/** A surface form of an entity. */
export type Alias = z.infer<typeof Alias>;

/** A real-world referent: all its mentions, across documents. */
export const Entity = z
  .object({
    id: z.string(),
    type: EntityType,
    name: z.string().describe("Canonical name (the longest well-attested full form)."),
    aliases: z.array(Alias),
    roles: z.array(Role),
    mentions: z.array(Mention),
  })
  .meta({ id: "Entity" });

/** A resolved real-world referent. */
export type Entity = z.infer<typeof Entity>;
