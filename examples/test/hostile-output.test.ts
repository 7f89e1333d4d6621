/**
 * Hostile ids, file names, titles and article text in the Markdown summary:
 * nothing from the corpus may open a heading, a list item, a table row or raw
 * HTML.
 */
import { loadCorpus } from "@newsparse/corpus-loader/node";
import { describe, expect, it } from "vitest";
import { analyzeCorpus } from "../src/analyze-corpus.js";
import { renderMarkdown } from "../src/render-markdown.js";
import { markdownCode, markdownText } from "../src/output/markdown-escape.js";

const HOSTILE = "x\n# Injected\n<script>alert(1)</script> `tick` | pipe |\n- item\n1. one";

/** Unescaped `|` separators of a table row. */
const cells = (row: string) => row.replace(/\\./g, "").split("|").length - 2;

describe("renderMarkdown with hostile input", () => {
  it("escapes ids, titles, outlets, text and messages", async () => {
    const corpus = await loadCorpus({
      records: [
        { id: HOSTILE, title: HOSTILE, outlet: HOSTILE, text: `The minister said <b>bold</b> on Monday that troops will leave. "We go <script>x</script> now," Mr. Ali said. ${HOSTILE}` },
        { id: HOSTILE, text: "The minister said <i>this</i> on Tuesday." },
      ],
    });
    const analysis = analyzeCorpus(corpus.documents);
    const md = renderMarkdown(analysis);
    const lines = md.split("\n");
    const headings = lines.filter((l) => /^#/.test(l));
    expect(headings.every((h) => /^(# newsparse analysis|## [A-Z][a-z ]+)$/.test(h)), headings.join("\n")).toBe(true);
    // raw HTML: every < outside code spans is escaped
    const outsideCode = md.replace(/(`+)[^`](?:.*?[^`])?\1(?!`)/g, "");
    expect(outsideCode).not.toMatch(/(^|[^\\])</);
    // every table row keeps its column count
    for (const table of md.split("\n\n").filter((b) => b.startsWith("|"))) {
      const rows = table.split("\n").filter((r) => r !== ""); // the last table may end the document
      for (const row of rows) expect(cells(row), row).toBe(cells(rows[0]!));
    }
    // list items come only from the renderer ("- " quotes, disagreements, messages), never from the text
    expect(lines.filter((l) => /^\s*(?:1\.|-) (?:item|one)/.test(l))).toEqual([]);
  });

  it("markdownText and markdownCode keep text on one line and literal", () => {
    expect(markdownText(HOSTILE)).not.toMatch(/\n/);
    expect(markdownText("# title")).toBe("\\# title");
    expect(markdownText("1. first")).toBe("1\\. first");
    expect(markdownText("a <b> & c|d")).toBe("a \\<b\\> \\& c\\|d");
    expect(markdownCode("a``b")).toBe("```a``b```");
    expect(markdownCode("`x")).toBe("`` `x ``");
    expect(markdownCode("a|b")).toBe("`a\\|b`");
  });
});
