import { axisTop } from "d3-axis";
import { scaleUtc, type ScaleTime } from "d3-scale";
import { select } from "d3-selection";
import { zoom, zoomIdentity, type D3ZoomEvent } from "d3-zoom";
import type { ReportDoc, ReportSpan, ReportTimelineEntry } from "../report-model.js";
import { badge, el, elide } from "./dom.js";

const POINT_GRANULARITIES = new Set(["day", "part-of-day", "time"]);
const MAX_BADGES = 6;
const MAX_ALTERNATIVES = 3;

/**
 * The timeline across sources: a time axis (d3-scale, d3-axis; zoom and pan
 * with the wheel or a drag on the axis, d3-zoom), one row per entry with its
 * mark, its date as a label and its sources as badges. A day is drawn as a
 * point; a coarser date (week, month, season, year) or an inferred one as the
 * range it covers, inferred ranges hatched.
 *
 * @param container - Where to draw.
 * @param entries - Timeline entries, by date.
 * @param docs - Documents, for the source badges.
 * @param onSelect - Called with the spans to show when an entry or a badge is clicked.
 */
export function drawTimeline(container: HTMLElement, entries: readonly ReportTimelineEntry[], docs: readonly ReportDoc[], onSelect: (spans: ReportSpan[], id: string) => void): void {
  if (entries.length === 0) {
    container.appendChild(el("p", { class: "empty" }, "No dated events found."));
    return;
  }
  const times = entries.map((e) => [Date.parse(e.start), Date.parse(e.end)] as const);
  const valid = times.filter(([s, e]) => Number.isFinite(s) && Number.isFinite(e));
  const lo = Math.min(...valid.map((t) => t[0]));
  const hi = Math.max(...valid.map((t) => t[1]));
  const pad = Math.max((hi - lo) * 0.03, 86_400_000);
  const base = scaleUtc().domain([new Date(lo - pad), new Date(hi + pad)]).range([0, 1000]);
  let scale: ScaleTime<number, number> = base;

  const reset = el("button", { type: "button", class: "small" }, "Reset zoom");
  const legend = el(
    "span",
    { class: "legend" },
    el("span", { class: "tl-mark point sample" }),
    " day ",
    el("span", { class: "tl-mark range sample" }),
    " coarser date (its whole range) ",
    el("span", { class: "tl-mark range inferred sample" }),
    " inferred date",
  );
  const axisHost = el("div", { class: "tl-axis", title: "Wheel to zoom, drag to pan" });
  const svg = select(axisHost).append("svg").attr("class", "axis").attr("height", 28);
  const axisGroup = svg.append("g").attr("transform", "translate(0,24)");
  const marks: { node: HTMLElement; start: number; end: number }[] = [];
  const rows = el("ol", { class: "tl-rows" });

  entries.forEach((entry, i) => {
    const [start, end] = times[i]!;
    const point = POINT_GRANULARITIES.has(entry.granularity) && !entry.inferred;
    const mark = el("span", {
      class: `tl-mark ${point ? "point" : "range"}${entry.inferred ? " inferred" : ""}`,
      title: `${entry.label} · ${entry.granularity}${entry.inferred ? " · inferred" : ""} · ${entry.start} – ${entry.end}`,
    });
    if (Number.isFinite(start) && Number.isFinite(end)) marks.push({ node: mark, start, end });
    else mark.classList.add("undated");
    const outlets = new Map<string, ReportSpan[]>();
    for (const s of entry.sources) {
      const outlet = docs[s[0]]?.outlet ?? "?";
      const list = outlets.get(outlet);
      if (list) list.push(s);
      else outlets.set(outlet, [s]);
    }
    const badges = [...outlets].slice(0, MAX_BADGES).map(([outlet, spans]) => {
      const b = badge(outlet, `${spans.length} sentence${spans.length > 1 ? "s" : ""}: click to show`, "source");
      b.dataset.action = "source";
      b.addEventListener("click", (event) => {
        event.stopPropagation();
        onSelect(spans, entry.id);
      });
      return b;
    });
    const more = outlets.size > MAX_BADGES ? badge(`+${outlets.size - MAX_BADGES} more`, [...outlets.keys()].slice(MAX_BADGES).join(", "), "more") : null;
    const alternatives = entry.alternativeDates.slice(0, MAX_ALTERNATIVES).map((d) => badge(`also dated ${d}`, "another source dates this event differently", "flag"));
    if (entry.alternativeDates.length > MAX_ALTERNATIVES) {
      alternatives.push(badge(`+${entry.alternativeDates.length - MAX_ALTERNATIVES} other dates`, entry.alternativeDates.slice(MAX_ALTERNATIVES).join(", "), "flag"));
    }
    const row = el(
      "li",
      { class: "tl-row", "data-id": entry.id, tabindex: 0, title: "Click to show in the text" },
      el("span", { class: `tl-date${entry.inferred ? " inferred" : ""}` }, entry.inferred ? `≈ ${entry.label}` : entry.label),
      el("span", { class: "tl-track" }, mark),
      el("span", { class: "tl-text" }, el("bdi", { class: "tl-title" }, elide(entry.title, 180)), " ", ...badges, more, ...entry.flags.map((f) => badge(f, undefined, "flag")), ...alternatives),
    );
    row.addEventListener("click", () => onSelect(entry.sources, entry.id));
    rows.appendChild(row);
  });

  const place = () => {
    const [r0, r1] = base.range() as [number, number];
    for (const m of marks) {
      const left = ((scale(m.start) - r0) / (r1 - r0)) * 100;
      const right = ((scale(m.end) - r0) / (r1 - r0)) * 100;
      m.node.style.left = `${left}%`;
      m.node.style.width = `${Math.max(0, right - left)}%`;
    }
  };
  const drawAxis = () => {
    const width = axisHost.clientWidth || 600;
    base.range([0, width]);
    svg.attr("width", width);
    axisGroup.call(axisTop(scale.copy().range([0, width])).ticks(Math.max(2, Math.floor(width / 90))));
    place();
  };
  const zoomer = zoom<SVGSVGElement, unknown>()
    .scaleExtent([1, 2000])
    .on("zoom", (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      scale = event.transform.rescaleX(base);
      drawAxis();
    });
  svg.call(zoomer);
  reset.addEventListener("click", () => svg.call(zoomer.transform, zoomIdentity));

  container.append(el("div", { class: "tl-tools" }, reset, legend), el("div", { class: "tl-head" }, el("span", {}, "date"), axisHost), rows);
  // drawn once laid out (no forced layout while the page builds), and again on resize
  if (typeof ResizeObserver === "function") new ResizeObserver(() => drawAxis()).observe(axisHost);
  else requestAnimationFrame(drawAxis);
}
