/**
 * The one way the report's script builds DOM: elements with attributes and
 * text children set through the DOM API. Text is always a text node, never
 * parsed as markup, so article text, titles and metadata stay data.
 */

/** A child: an element, text (made a text node), or nothing. */
export type Child = Node | string | null | undefined | false;

/**
 * Create an element.
 *
 * @param tag - Tag name.
 * @param attrs - Attributes (`class`, `title`, `data-*`, …); null/undefined/false values are skipped.
 * @param children - Children; strings become text nodes.
 * @returns The element.
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number | boolean | null | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (/^on/i.test(name) || name === "style" || name === "href" || name === "src") throw new Error(`report: refusing attribute ${name}`);
    node.setAttribute(name, value === true ? "" : String(value));
  }
  append(node, ...children);
  return node;
}

/**
 * Append children, strings as text nodes.
 *
 * @param parent - Parent node.
 * @param children - Children to append.
 */
export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  }
}

/**
 * A link to an http(s) URL (anything else becomes plain text), opening in a new tab without referrer.
 *
 * @param url - The URL.
 * @param text - Link text.
 * @returns A link, or a text span.
 */
export function externalLink(url: string, text: string): HTMLElement {
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    parsed = null;
  }
  if (!parsed || (parsed.protocol !== "http:" && parsed.protocol !== "https:")) return el("span", {}, text);
  const a = el("a", { rel: "noopener noreferrer nofollow", target: "_blank", class: "ext" }, text);
  a.href = parsed.href;
  return a;
}

/**
 * Shorten text to a number of characters, adding an ellipsis.
 *
 * @param text - Text.
 * @param max - Maximum length.
 * @returns The text, shortened when longer.
 */
export function elide(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

/**
 * A source badge: the outlet, isolated for right-to-left text.
 *
 * @param text - Badge text.
 * @param title - Hover text.
 * @returns The badge element.
 */
export function badge(text: string, title?: string, extraClass = ""): HTMLElement {
  return el("bdi", { class: `badge ${extraClass}`.trim(), title }, text);
}
