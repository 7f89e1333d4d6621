import { createHash } from "node:crypto";
import type { CorpusAnalysis } from "../corpus-analysis.js";
import { buildReportModel } from "./build-report-model.js";
import { clientAssets } from "./bundle-client.js";

/**
 * Serialise data for a `<script type="application/json">` block: `<`, `>`,
 * `&` and the JavaScript line separators are written as `\u` escapes, so no
 * text in the data can close the block or open markup.
 */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/**
 * Render an analysis as one self-contained HTML page: style and script
 * inline, the data in a JSON block read by the script, no network access. A
 * Content-Security-Policy allows only the page's own script and style (by
 * hash), no connections, frames, plugins, forms or remote images.
 *
 * Every text of the analysis (article text, titles, outlets, metadata) is
 * put into the page as data and shown through text nodes, never as markup.
 *
 * @param analysis - The analysis to show.
 * @returns The HTML page.
 */
export function renderHtml(analysis: CorpusAnalysis): string {
  const { script, style } = clientAssets();
  const model = buildReportModel(analysis);
  // each text in its own block, parsed only when the page first reads it; the rest in one block
  const texts = model.docs.map((d) => `<script type="application/json" class="doc-text">${jsonForScript(d.text)}</script>`);
  const data = jsonForScript({ ...model, docs: model.docs.map(({ text: _text, ...rest }) => rest) });
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(script)}`,
    `style-src ${sha256(style)}`,
    "img-src data:",
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join("; ");
  return [
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    "<title>newsparse report</title>",
    `<style>${style}</style>`,
    "</head>",
    "<body>",
    '<main id="overview"><noscript>This report needs JavaScript to show the analysis.</noscript></main>',
    '<aside id="texts" aria-label="Documents"></aside>',
    `<script id="report-data" type="application/json">${data}</script>`,
    ...texts,
    `<script>${script}</script>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
