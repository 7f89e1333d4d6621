import * as z from "zod";

/** How serious a diagnostic is. `fatal` means the input could not be used at all. */
export const Severity = z.enum(["fatal", "error", "warning", "info"]).meta({ id: "Severity" });

/** How serious a diagnostic is. */
export type Severity = z.infer<typeof Severity>;

/**
 * A diagnostic, in the spirit of vfile messages: recoverable problems are
 * reported, never thrown, and processing of the rest goes on.
 */
export const Message = z
  .object({
    severity: Severity,
    ruleId: z.string().describe("Kebab-case id of the rule or check, e.g. `invalid-utf8`."),
    reason: z.string().describe("Human-readable explanation."),
    source: z.string().optional().describe("Package (or parser) that produced the message."),
    docId: z.string().optional(),
    file: z.string().optional().describe("File path the message is about, when known."),
    line: z.number().int().positive().optional().describe("1-based line in `file` (or in the document text)."),
    column: z.number().int().positive().optional(),
    byteOffset: z.number().int().nonnegative().optional().describe("Byte offset in the raw file, for decoding problems."),
    start: z.number().int().nonnegative().optional(),
    end: z.number().int().nonnegative().optional(),
  })
  .meta({ id: "Message", description: "A diagnostic message (warning, error, info)." });

/** A diagnostic message. */
export type Message = z.infer<typeof Message>;
