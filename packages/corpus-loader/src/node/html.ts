// linkedom and Readability are loaded on first use, so plain-text corpora never pay for them.
let libraries: Promise<[typeof import("linkedom"), typeof import("@mozilla/readability")]> | undefined;
const loadLibraries = () => (libraries ??= Promise.all([import("linkedom"), import("@mozilla/readability")]));
import type { Message } from "../schema/index.js";
import { createMessage } from "../pipeline/create-message.js";

/** Main text and metadata extracted from an HTML page. */
export interface ExtractedHtml {
  /** Main text: one block (paragraph, heading, list item) per paragraph, separated by blank lines. */
  text: string;
  /** Metadata found in the page (`title`, `publishedAt`, `authors`, `outlet`, `url`). */
  metadata: Record<string, unknown>;
  /** Problems. */
  messages: Message[];
}

const BLOCKS = "h1,h2,h3,h4,h5,h6,p,li,blockquote,pre,figcaption,td,dd,dt";

type Root = { querySelectorAll(selector: string): ArrayLike<{ textContent: string | null; querySelector(s: string): unknown }> };

function blockTexts(root: Root): string[] {
  const out: string[] = [];
  const nodes = root.querySelectorAll(BLOCKS);
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    // Skip containers whose text is reported by a nested block.
    if (node.querySelector("p,li,h1,h2,h3,h4,h5,h6,blockquote,pre")) continue;
    const text = (node.textContent ?? "").replace(/\s+/g, " ").trim();
    if (text) out.push(text);
  }
  return out;
}

/** Deepest element nesting handed to Readability (real pages nest a few dozen deep). */
export const MAX_READABILITY_DEPTH = 200;

type DomNode = { children?: ArrayLike<DomNode> };

/** Element nesting depth under `root`, counted without recursion and stopping once past `limit`. */
function maxDepth(root: DomNode | null | undefined, limit: number): number {
  if (!root) return 0;
  let deepest = 0;
  const stack: Array<[DomNode, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    if (deepest > limit) return deepest;
    const children = node.children;
    if (children) for (let i = 0; i < children.length; i++) stack.push([children[i]!, depth + 1]);
  }
  return deepest;
}

/**
 * Extract the main article text of an HTML page with Mozilla Readability
 * (on a linkedom DOM), falling back to all block elements of `<body>`.
 * The returned `text` is what the Document will hold; offsets count into it.
 *
 * @param html - The page.
 * @param file - File name for messages.
 * @returns Text, metadata and messages (a promise: the HTML libraries are loaded on first use).
 */
export async function extractHtml(html: string, file?: string): Promise<ExtractedHtml> {
  const [{ parseHTML }, { Readability }] = await loadLibraries();
  const messages: Message[] = [];
  const metadata: Record<string, unknown> = {};
  const { document } = parseHTML(html.includes("<html") ? html : `<!doctype html><html><head></head><body>${html}</body></html>`);
  const metaContent = (selector: string): string | undefined => {
    const el = document.querySelector(selector);
    const v = el?.getAttribute("content") ?? el?.getAttribute("datetime") ?? el?.getAttribute("href") ?? undefined;
    return v && v.trim() ? v.trim() : undefined;
  };
  const title = metaContent('meta[property="og:title"]') ?? document.querySelector("title")?.textContent?.trim();
  if (title) metadata.title = title;
  const date =
    metaContent('meta[property="article:published_time"]') ??
    metaContent('meta[name="date"]') ??
    metaContent('meta[itemprop="datePublished"]') ??
    metaContent("time[datetime]");
  if (date) metadata.publishedAt = date.length > 10 && /^\d{4}-\d{2}-\d{2}T/.test(date) ? date.slice(0, 10) : date;
  const author = metaContent('meta[name="author"]') ?? metaContent('meta[property="article:author"]');
  if (author && !/^https?:/.test(author)) metadata.authors = [author];
  const outlet = metaContent('meta[property="og:site_name"]');
  if (outlet) metadata.outlet = outlet;
  const url = metaContent('link[rel="canonical"]') ?? metaContent('meta[property="og:url"]');
  if (url) metadata.url = url;

  let blocks: string[] = [];
  let extractedBy = "readability";
  // Readability's cost grows much faster than the nesting depth (2,500 nested <div>s: minutes), so a
  // page nested deeper than any real article is read with the block fallback instead.
  const depth = maxDepth(document.documentElement as unknown as DomNode, MAX_READABILITY_DEPTH);
  if (depth > MAX_READABILITY_DEPTH) {
    messages.push(createMessage(`${file ?? "The page"} nests elements more than ${MAX_READABILITY_DEPTH} deep; Readability skipped, using all text blocks.`, {
      severity: "warning",
      ruleId: "html-too-deep",
      source: "corpus-loader",
      file,
    }));
  } else {
    try {
      const article = new Readability(document.cloneNode(true) as unknown as Document, { keepClasses: false }).parse();
      if (article?.content) {
        const { document: inner } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
        blocks = blockTexts(inner as unknown as Root);
        if (!metadata.title && article.title) metadata.title = article.title;
        if (!metadata.authors && article.byline) metadata.byline = article.byline;
      }
    } catch (error) {
      messages.push(createMessage(`Readability failed${file ? ` on ${file}` : ""} (${error instanceof Error ? error.message : String(error)}); using all text blocks.`, {
        severity: "info",
        ruleId: "html-extraction-fallback",
        source: "corpus-loader",
        file,
      }));
    }
  }
  if (blocks.length === 0) {
    extractedBy = "blocks";
    blocks = blockTexts(document as unknown as Root);
    if (blocks.length === 0) {
      const body = (document.body?.textContent ?? "").replace(/\s+/g, " ").trim();
      if (body) blocks = [body];
    }
  }
  metadata.extractedBy = extractedBy;
  return { text: blocks.join("\n\n"), metadata, messages };
}
