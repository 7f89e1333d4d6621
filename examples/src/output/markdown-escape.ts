/**
 * Escaping for text that reaches Markdown output (ids, file names, titles,
 * article text): nothing from the corpus may open a heading, a list, a table
 * row, a link or raw HTML.
 */

/**
 * Inline Markdown text: white space (line breaks included) becomes one space,
 * the characters Markdown or HTML read as inline syntax (`` \ ` * _ [ ] < > | ~ & ``)
 * are backslash-escaped (CommonMark escapes any ASCII punctuation), and so is a
 * leading block marker (`#`, `-`, `+`, `=`, `>`, `1.`); the text is then safe
 * anywhere in a line, table cells included.
 *
 * @param text - Untrusted text.
 * @returns Text that renders as itself on one line.
 */
export function markdownText(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .replace(/[\\`*_[\]<>|~&]/g, "\\$&")
    .replace(/^(\s*)([#+=>-]|\d+[.)])/, (_, space: string, mark: string) => `${space}${mark.replace(/[#+=>.)-]/, "\\$&")}`);
}

/**
 * An inline code span of untrusted text: on one line, with a fence longer than
 * any run of backticks inside, and `|` escaped for table cells.
 *
 * @param text - Untrusted text (e.g. a document id).
 * @returns A Markdown code span.
 */
export function markdownCode(text: string): string {
  const flat = text.replace(/\s+/g, " ").replace(/\|/g, "\\|");
  let longest = 0;
  for (const run of flat.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = "`".repeat(longest + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}
