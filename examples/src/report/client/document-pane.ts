import { decodeMarks, type ReportDoc, type ReportMark, type ReportSpan } from "../report-model.js";
import { badge, el, externalLink } from "./dom.js";

/** A rendered, marked range of a document's text. */
interface Segment {
  start: number;
  end: number;
  node: HTMLElement;
}

/** Articles built before the page is interactive; the rest follow in tasks of {@link ARTICLES_PER_TASK}. */
const INITIAL_ARTICLES = 30;
const ARTICLES_PER_TASK = 100;

const KIND_CLASS: Record<string, string> = { e: "ent", q: "q", s: "spk", n: "qty", d: "dt", b: "bp", a: "" };

/** What the text renderer needs to label marks. */
export interface MarkLabels {
  /** Entity type and name by entity index. */
  entities: readonly { type: string; name: string }[];
  /** Quote kind and speaker by quote index. */
  quotes: readonly { kind: string; speaker: string | null }[];
}

/** What a click in the text selected. */
export type TextSelection = { kind: "entity" | "quote"; ref: number };

/**
 * The documents column: one article per document with its header, and its
 * text rendered lazily (when it comes near the viewport, or when something
 * points into it) as plain text nodes wrapped in marks, displaCy style.
 * Boilerplate is shown dimmed, never hidden; the text's `textContent` is
 * exactly the document's text.
 */
export class DocumentPane {
  private readonly texts: HTMLElement[] = [];
  private readonly segments: (Segment[] | null)[] = [];
  private highlighted: HTMLElement[] = [];
  private pending: ReportSpan[] = [];
  private readonly observer: IntersectionObserver | null;
  private readonly container: HTMLElement;
  private built = 0;
  private pendingRender: number[] = [];

  /**
   * @param container - The column to fill.
   * @param docs - The report's documents.
   * @param onSelect - Called when an entity or quote in a text is clicked.
   */
  constructor(
    container: HTMLElement,
    private readonly docs: readonly ReportDoc[],
    private readonly labels: MarkLabels,
    onSelect: (selection: TextSelection) => void,
  ) {
    this.observer =
      typeof IntersectionObserver === "function"
        ? new IntersectionObserver(
            (entries) => {
              for (const entry of entries) if (entry.isIntersecting) this.render(Number((entry.target as HTMLElement).dataset.doc));
            },
            { root: container, rootMargin: "1200px 0px" },
          )
        : null;
    this.container = container;
    // the first articles now, the rest in the background after the page is interactive (or at once when something points there)
    this.ensure(Math.min(docs.length, INITIAL_ARTICLES) - 1);
    const more = () => {
      if (this.built >= docs.length) return;
      this.ensure(Math.min(docs.length, this.built + ARTICLES_PER_TASK) - 1);
      setTimeout(more, 0);
    };
    setTimeout(more, 50);
    container.addEventListener("click", (event) => {
      const target = (event.target as HTMLElement).closest<HTMLElement>("[data-ent],[data-quote]");
      if (!target) return;
      if (target.dataset.ent !== undefined) onSelect({ kind: "entity", ref: Number(target.dataset.ent) });
      else onSelect({ kind: "quote", ref: Number(target.dataset.quote) });
    });
  }

  /** Build article shells (header, empty text) up to and including `index`. */
  private ensure(index: number): void {
    if (index < this.built) return;
    const fragment = document.createDocumentFragment();
    for (let i = this.built; i <= index && i < this.docs.length; i++) {
      const doc = this.docs[i]!;
      const text = el("div", { class: "text pending", dir: "auto" });
      // a rough height so the scroll bar does not jump much as texts render
      const lines = doc.lines;
      text.style.minHeight = `${lines * 1.9}em`;
      const article = el("article", { class: "doc", id: `doc-${i}`, "data-doc": i }, header(doc, i), text);
      // off-screen articles skip layout (content-visibility: auto) at about their rendered size
      article.style.setProperty("contain-intrinsic-size", `auto ${Math.round(lines * 26 + 90)}px`);
      this.texts.push(text);
      this.segments.push(null);
      fragment.appendChild(article);
      if (this.observer) this.observer.observe(article);
      else this.pendingRender.push(i);
    }
    this.built = this.texts.length;
    this.container.appendChild(fragment);
    for (const i of this.pendingRender.splice(0)) this.render(i);
  }

  /** How many documents have their text rendered. */
  get renderedCount(): number {
    return this.segments.filter(Boolean).length;
  }

  /**
   * Render one document's text, once.
   *
   * @param index - Document index.
   */
  render(index: number): void {
    if (!this.docs[index]) return;
    this.ensure(index);
    if (this.segments[index]) return;
    const doc = this.docs[index]!;
    const target = this.texts[index]!;
    const { fragment, segments } = renderText(doc.text, decodeMarks(doc), this.labels);
    target.appendChild(fragment);
    target.classList.remove("pending");
    target.style.minHeight = "";
    this.segments[index] = segments;
    this.observer?.unobserve(target.parentElement!);
    if (this.pending.some((s) => s[0] === index)) this.apply(this.pending.filter((s) => s[0] === index), false);
  }

  /**
   * Highlight spans (clearing the previous highlight) and scroll the first into view.
   *
   * @param spans - Spans to highlight.
   * @param scroll - Scroll to the first span (default true).
   * @returns How many text segments are highlighted.
   */
  highlight(spans: readonly ReportSpan[], scroll = true): number {
    for (const node of this.highlighted) node.classList.remove("hl", "hl-first");
    this.highlighted = [];
    this.pending = [...spans];
    const first = spans[0];
    if (first) this.render(first[0]);
    this.apply(spans.filter((s) => this.segments[s[0]]), scroll);
    return this.highlighted.length;
  }

  private apply(spans: readonly ReportSpan[], scroll: boolean): void {
    let firstNode: HTMLElement | null = null;
    for (const [doc, start, end] of spans) {
      const segments = this.segments[doc];
      if (!segments) continue;
      let i = lowerBound(segments, start);
      for (; i < segments.length && segments[i]!.start < end; i++) {
        const seg = segments[i]!;
        if (seg.end <= start) continue;
        seg.node.classList.add("hl");
        this.highlighted.push(seg.node);
        firstNode ??= seg.node;
      }
    }
    if (scroll && firstNode) {
      firstNode.classList.add("hl-first");
      firstNode.scrollIntoView({ block: "center", inline: "nearest" });
    }
  }
}

function header(doc: ReportDoc, index: number): HTMLElement {
  const date = doc.date
    ? doc.dateInferred
      ? el("span", { class: "date inferred", title: `inferred date${doc.dateNote ? `: ${doc.dateNote}` : ""}` }, `≈ ${doc.date} (inferred)`)
      : el("span", { class: "date" }, doc.date)
    : el("span", { class: "date missing" }, "no date");
  return el(
    "header",
    {},
    el("div", { class: "doc-meta" }, el("span", { class: "doc-no" }, `#${index + 1}`), badge(doc.outlet, doc.id, "outlet"), date, doc.url ? externalLink(doc.url, "source") : null),
    el("h3", {}, el("bdi", {}, doc.title ?? "(untitled)")),
    doc.duplicateOf ? el("p", { class: "dup" }, doc.duplicateOf) : null,
  );
}

/** First segment whose end is after `position`. */
function lowerBound(segments: readonly Segment[], position: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.end <= position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Split a text at every mark boundary and wrap each marked piece in a span
 * carrying the classes of every mark over it. Entity labels are CSS-generated
 * (`data-label`), so they are not part of the text.
 */
function renderText(text: string, marks: readonly ReportMark[], labels: MarkLabels): { fragment: DocumentFragment; segments: Segment[] } {
  const fragment = document.createDocumentFragment();
  const segments: Segment[] = [];
  const cuts = new Set<number>([0, text.length]);
  for (const m of marks) {
    cuts.add(m[0]);
    cuts.add(m[1]);
  }
  const boundaries = [...cuts].sort((a, b) => a - b);
  let next = 0;
  let active: ReportMark[] = [];
  for (let b = 0; b + 1 < boundaries.length; b++) {
    const start = boundaries[b]!;
    const end = boundaries[b + 1]!;
    active = active.filter((m) => m[1] > start);
    while (next < marks.length && marks[next]![0] <= start) {
      if (marks[next]![1] > start) active.push(marks[next]!);
      next++;
    }
    const piece = text.slice(start, end);
    if (active.length === 0) {
      fragment.appendChild(document.createTextNode(piece));
      continue;
    }
    const classes = new Set<string>();
    const notes: string[] = [];
    let entityMark: ReportMark | null = null;
    let quoteMark: ReportMark | null = null;
    for (const m of active) {
      const cls = KIND_CLASS[m[2]];
      if (cls) classes.add(cls);
      if (m[2] === "e") {
        const entity = labels.entities[m[3]];
        classes.add(`t-${(entity?.type ?? "").replace(/[^A-Za-z_]/g, "")}`);
        if (!entityMark || m[1] - m[0] < entityMark[1] - entityMark[0]) entityMark = m;
      } else if (m[2] === "q" || m[2] === "s") {
        quoteMark ??= m;
        const q = labels.quotes[m[3]];
        if (q) notes.push(m[2] === "s" ? `speaker of a ${q.kind === "quote" ? "quote" : "report"}` : `${q.kind === "quote" ? "quote" : "reported speech"}: ${q.speaker ?? "unattributed"}`);
      } else if (m[4]) notes.push(m[4]);
    }
    if (entityMark) {
      const entity = labels.entities[entityMark[3]];
      if (entity) notes.unshift(`${entity.name} · ${entity.type}`);
    }
    const node = el("span", { class: [...classes].join(" ") || "seg", title: notes.join(" · ") || null }, piece);
    if (entityMark) node.dataset.ent = String(entityMark[3]);
    else if (quoteMark) node.dataset.quote = String(quoteMark[3]);
    fragment.appendChild(node);
    segments.push({ start, end, node });
    for (const m of active) {
      if (m[2] === "e" && m[1] === end) fragment.appendChild(el("span", { class: "lbl", "data-label": labels.entities[m[3]]?.type ?? "", "aria-hidden": "true" }));
    }
  }
  return { fragment, segments };
}
