import type { ReportConflict, ReportDoc, ReportEntity, ReportMessageGroup, ReportModel, ReportQuote, ReportSpan } from "../report-model.js";
import { badge, el, elide } from "./dom.js";

/** What the overview sections call when an item is clicked. */
export interface SectionHandlers {
  /** Show spans in the text; `item` is the clicked list element, marked as selected. */
  show(spans: ReportSpan[], item: HTMLElement | null): void;
  /** Select an entity (highlight every mention). */
  entity(index: number): void;
  /** Select a quote (highlight it and its speaker). */
  quote(index: number): void;
  /** Every mention of an entity, from the documents' marks. */
  mentions(index: number): ReportSpan[];
  /** Scroll to a document. */
  doc(index: number): void;
}

/**
 * A list that shows its first `limit` items and a button for the rest, so a
 * large corpus does not build thousands of rows before the page is usable.
 */
function capped<T>(items: readonly T[], limit: number, render: (item: T, index: number) => HTMLElement, tag: "ul" | "ol" | "tbody" = "ul", attrs: Record<string, string> = {}): HTMLElement {
  const list = el(tag, attrs);
  const fill = (from: number, to: number) => {
    const fragment = document.createDocumentFragment();
    for (let i = from; i < to; i++) fragment.appendChild(render(items[i]!, i));
    list.appendChild(fragment);
  };
  fill(0, Math.min(limit, items.length));
  if (items.length <= limit) return list;
  const more = el("button", { type: "button", class: "small more" }, `Show all ${items.length}`);
  more.addEventListener("click", () => {
    fill(limit, items.length);
    more.remove();
  });
  return el("div", {}, list, more);
}

/** The corpus table: one row per document with outlet, date (marked when inferred) and counts. */
export function corpusTable(docs: readonly ReportDoc[], handlers: SectionHandlers): HTMLElement {
  const head = el(
    "thead",
    {},
    el("tr", {}, ...["#", "outlet", "date", "title", "sentences", "mentions", "quotes", "figures", "dates", "boilerplate"].map((h) => el("th", {}, h))),
  );
  const body = capped(
    docs,
    100,
    (d, i) => {
      const row = el(
        "tr",
        { "data-doc": i, tabindex: 0 },
        el("td", {}, String(i + 1)),
        el("td", {}, badge(d.outlet, d.id, "outlet")),
        el("td", { class: d.dateInferred ? "inferred" : "" }, d.date ? (d.dateInferred ? `≈ ${d.date} (inferred)` : d.date) : "—"),
        el("td", {}, el("bdi", {}, d.title ? elide(d.title, 90) : "—")),
        ...[d.counts.sentences, d.counts.mentions, d.counts.quotes, d.counts.quantities, d.counts.dates, d.counts.excluded].map((n) => el("td", { class: "num" }, String(n))),
      );
      if (d.dateInferred && d.dateNote) row.children[2]!.setAttribute("title", d.dateNote);
      row.addEventListener("click", () => handlers.doc(i));
      return row;
    },
    "tbody",
  );
  return el("div", { class: "scroll-x" }, el("table", { class: "corpus" }, head, body));
}

/** People, organisations and other names: aliases (spelling variants marked), roles, and the documents they appear in. */
export function entityLists(model: ReportModel, handlers: SectionHandlers): HTMLElement {
  const groups: [string, ReportEntity[], number[]][] = [];
  const people: number[] = [];
  const orgs: number[] = [];
  const other: number[] = [];
  model.entities.forEach((e, i) => (e.type === "PERSON" ? people : e.type === "ORG" ? orgs : other).push(i));
  groups.push(["People", model.entities, people], ["Organisations", model.entities, orgs]);
  const item = (index: number) => entityItem(model, index, handlers);
  const wrap = el("div", { class: "entities" });
  for (const [title, , indices] of groups) {
    wrap.appendChild(el("h3", {}, `${title} (${indices.length})`));
    wrap.appendChild(indices.length ? capped(indices, 150, item, "ul", { class: "entity-list" }) : el("p", { class: "empty" }, `No ${title.toLowerCase()} found.`));
  }
  const details = el("details", {}, el("summary", {}, `Places and other names (${other.length})`));
  if (other.length) details.appendChild(capped(other, 150, item, "ul", { class: "entity-list" }));
  wrap.appendChild(details);
  return wrap;
}

/** Document badges shown per entity before a "more" button. */
const DOC_BADGES = 8;

function entityItem(model: ReportModel, index: number, handlers: SectionHandlers): HTMLElement {
  const e = model.entities[index]!;
  const name = el("button", { type: "button", class: `ent-name t-${e.type.replace(/[^A-Za-z_]/g, "")}`, title: "Highlight every mention" }, el("bdi", {}, e.name));
  name.addEventListener("click", () => handlers.entity(index));
  const docBadge = ([doc, count]: [number, number]) => {
    const b = badge(`#${doc + 1} ${model.docs[doc]?.outlet ?? "?"} ×${count}`, model.docs[doc]?.title ?? undefined, "source");
    b.addEventListener("click", () => handlers.show(handlers.mentions(index).filter((m) => m[0] === doc), null));
    return b;
  };
  const docs: HTMLElement[] = e.docs.slice(0, DOC_BADGES).map(docBadge);
  if (e.docs.length > DOC_BADGES) {
    const more = el("button", { type: "button", class: "small" }, `+${e.docs.length - DOC_BADGES} more documents`);
    more.addEventListener("click", () => more.replaceWith(...e.docs.slice(DOC_BADGES).map(docBadge)));
    docs.push(more);
  }
  return el(
    "li",
    { class: "entity", "data-entity": index },
    el("div", {}, name, " ", el("span", { class: "etype" }, e.type), " ", el("span", { class: "muted" }, `${e.count} mention${e.count === 1 ? "" : "s"}`)),
    e.aliases.length
      ? el(
          "div",
          { class: "aliases" },
          "also written: ",
          ...e.aliases.map((a) => el("bdi", { class: a.variant ? "alias variant" : "alias", title: a.variant ? `spelling variant, in ${a.docs} document(s)` : `in ${a.docs} document(s)` }, a.text)),
        )
      : null,
    e.roles.length ? el("div", { class: "roles" }, "roles: ", ...e.roles.map((r) => el("bdi", { class: "role" }, r))) : null,
    el("div", { class: "in-docs" }, "in: ", ...docs),
  );
}

/** Disagreements side by side: each source's sentence with the differing part highlighted, and the kind. */
export function conflictCards(conflicts: readonly ReportConflict[], docs: readonly ReportDoc[], handlers: SectionHandlers): HTMLElement {
  if (conflicts.length === 0) return el("p", { class: "empty" }, "No disagreements found.");
  return capped(
    conflicts,
    100,
    (c) => {
      const sides = c.evidence.map((ev) => {
        const doc = docs[ev.span[0]]!;
        const [s, e] = ev.sentence;
        const side = el(
          "button",
          { type: "button", class: "side", title: "Show in the text" },
          el("span", { class: "side-head" }, badge(doc.outlet, doc.id, "outlet"), " ", doc.date ? (doc.dateInferred ? `≈ ${doc.date}` : doc.date) : ""),
          el("bdi", { class: "sentence" }, doc.text.slice(s, ev.span[1]), el("mark", {}, doc.text.slice(ev.span[1], ev.span[2])), doc.text.slice(ev.span[2], e)),
        );
        side.addEventListener("click", () => handlers.show([ev.span], side));
        return side;
      });
      return el(
        "li",
        { class: "conflict", "data-id": c.id },
        el("div", {}, c.kind ? badge(c.kind, "kind of disagreement", "kind") : null, " ", el("bdi", { class: "about" }, c.about)),
        el("div", { class: "sides" }, ...sides),
      );
    },
    "ul",
    { class: "conflicts" },
  );
}

/** Quotes and reported speech with their speakers. */
export function quoteList(quotes: readonly ReportQuote[], docs: readonly ReportDoc[], handlers: SectionHandlers): HTMLElement {
  if (quotes.length === 0) return el("p", { class: "empty" }, "No quotes found.");
  return capped(
    quotes,
    150,
    (q, i) => {
      const item = el(
        "li",
        { class: `quote ${q.kind}`, "data-quote": i, tabindex: 0 },
        el("bdi", { class: "qtext" }, elide(docs[q.span[0]]?.text.slice(q.span[1], q.span[2]) ?? "", 240)),
        " — ",
        el("bdi", { class: q.speaker ? "speaker" : "speaker none" }, q.speaker ?? "unattributed"),
        q.anonymous ? el("span", { class: "muted" }, " (anonymous)") : null,
        " ",
        badge(docs[q.span[0]]?.outlet ?? "?", undefined, "outlet"),
      );
      item.addEventListener("click", () => handlers.quote(i));
      return item;
    },
    "ul",
    { class: "quotes" },
  );
}

/** Diagnostics summarised by rule. */
export function diagnosticsTable(groups: readonly ReportMessageGroup[], total: number): HTMLElement {
  if (groups.length === 0) return el("p", { class: "empty" }, "No messages.");
  return el(
    "div",
    { class: "scroll-x" },
    el("p", {}, `${total} message${total === 1 ? "" : "s"} from ${groups.length} rule${groups.length === 1 ? "" : "s"}.`),
    el(
      "table",
      { class: "diagnostics" },
      el("thead", {}, el("tr", {}, ...["severity", "rule", "count", "documents", "example"].map((h) => el("th", {}, h)))),
      el(
        "tbody",
        {},
        ...groups.map((g) =>
          el("tr", { class: `sev-${g.severity.replace(/[^a-z]/g, "")}` }, el("td", {}, g.severity), el("td", {}, el("code", {}, g.ruleId)), el("td", { class: "num" }, String(g.count)), el("td", { class: "num" }, String(g.docs)), el("td", {}, el("bdi", {}, elide(g.example, 200)))),
        ),
      ),
    ),
  );
}
