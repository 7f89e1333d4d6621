import { parse as parseYaml } from "yaml";
import type { Message } from "../schema/index.js";
import { createMessage } from "../pipeline/create-message.js";

/** Result of {@link splitFrontMatter}. */
export interface FrontMatter {
  /** Parsed YAML object (empty when there is none or it is invalid). */
  data: Record<string, unknown>;
  /** Offset where the body starts in the original string (0 when there is no front matter). */
  bodyStart: number;
  /** Problems reading it. */
  messages: Message[];
}

/**
 * Split a leading YAML front-matter block (`---` … `---` or `...`) from a
 * Markdown or text file and parse it with the `yaml` package (core schema,
 * no custom tags). A block must start on the first line.
 *
 * @param text - The file text.
 * @param file - File name for messages.
 * @returns Data, where the body starts, and messages.
 * @example
 * ```ts
 * splitFrontMatter("---\ntitle: Hi\n---\nBody").data.title; // "Hi"
 * ```
 */
export function splitFrontMatter(text: string, file?: string): FrontMatter {
  const none: FrontMatter = { data: {}, bodyStart: 0, messages: [] };
  const open = /^---[ \t]*\r?\n/.exec(text);
  if (!open) return none;
  // Find the closing fence line by scanning lines (linear).
  let i = open[0].length;
  while (i <= text.length) {
    let e = text.indexOf("\n", i);
    if (e < 0) e = text.length;
    const line = text.slice(i, e).replace(/\r$/, "").trimEnd();
    if (line === "---" || line === "...") {
      const yamlText = text.slice(open[0].length, i);
      const bodyStart = Math.min(text.length, e + 1);
      try {
        const data: unknown = parseYaml(yamlText, { maxAliasCount: 50 });
        if (data === null || data === undefined) return { data: {}, bodyStart, messages: [] };
        if (typeof data !== "object" || Array.isArray(data)) {
          return { data: {}, bodyStart, messages: [frontMatterMessage("front matter is not a key/value map", file)] };
        }
        return { data: data as Record<string, unknown>, bodyStart, messages: [] };
      } catch (error) {
        return { data: {}, bodyStart, messages: [frontMatterMessage(error instanceof Error ? error.message.split("\n")[0]! : String(error), file)] };
      }
    }
    if (e >= text.length) break;
    i = e + 1;
  }
  return none;
}

function frontMatterMessage(reason: string, file?: string): Message {
  return createMessage(`Front matter ignored: ${reason}${file ? ` (${file})` : ""}.`, {
    severity: "warning",
    ruleId: "invalid-front-matter",
    source: "corpus-loader",
    file,
  });
}
