/**
 * Publication-date inference on BASIL (`../shared/data/xdoc/basil`: 97 news
 * events, each told by three outlets). Each event's three articles go through
 * `buildTimeline` together:
 *
 * - one hidden: one article's date is hidden while the other two keep theirs
 *   (a manifest with gaps), for every article in turn;
 * - all hidden: none of the three has a date.
 *
 * Figures: median |error| in days, share within 1 and 7 days, worst error,
 * share of hidden dates inside the interval the inference reports (`earliest`
 * … `latest`; a side left null is open; no inferred date at all counts as
 * inside, since nothing is claimed, and as an unbounded error), and share of
 * inferred dates whose interval is open on at least one side.
 * Tuning part = events at even index (sorted by triplet id); report part = odd.
 * `--errors` lists the tuning part's errors over 7 days only.
 *
 *   npx tsx --conditions=@newsparse/source packages/timeline/scripts/eval-basil.ts [--errors]
 */
import { parseDocument } from "@newsparse/corpus-loader";
import { buildTimeline } from "../src/index.js";
import { type BasilArticle, loadBasil, xdocDataDir } from "./xdoc.js";

const xdoc = xdocDataDir();
if (!xdoc) {
  console.log("skipped: ../shared/data/xdoc not found (needs xdoc/basil; docs/evaluation.md says where to get it)");
  process.exit(0);
}
const showErrors = process.argv.includes("--errors");
const triplets = loadBasil(xdoc);
const dayNumber = (iso: string) => Math.round(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000);

interface Outcome {
  n: number;
  errors: number[];
  covered: number;
  open: number;
}

function run(group: BasilArticle[], hidden: Set<string>, outcome: Outcome, listErrors: boolean, mode: string): void {
  const docs = group.map((a) => parseDocument(a.text, { id: a.id, publishedAt: hidden.has(a.id) ? null : a.date, outlet: a.source }));
  const { referenceDates } = buildTimeline(docs);
  for (const a of group) {
    if (!hidden.has(a.id)) continue;
    outcome.n++;
    const r = referenceDates.find((x) => x.docId === a.id);
    // no date at all counts as unbounded
    const error = r?.value ? Math.abs(dayNumber(r.value) - dayNumber(a.date)) : Number.POSITIVE_INFINITY;
    outcome.errors.push(error);
    // inside the reported interval (earliest/latest; null = open on that side); no value = no claim
    const d = dayNumber(a.date);
    const inside = !r?.value || ((r.earliest == null || dayNumber(r.earliest) <= d) && (r.latest == null || d <= dayNumber(r.latest)));
    if (inside) outcome.covered++;
    if (r?.value && (r.earliest == null || r.latest == null)) outcome.open++;
    if (listErrors && (error > 7 || !inside)) console.log(`ERR ${mode}${inside ? "" : " OUTSIDE"} ${a.id} gold ${a.date} got ${r?.value ?? "none"} [${r?.earliest ?? "…"}, ${r?.latest ?? "…"}] (${error} d) [${r?.evidence.slice(-4).join(" | ") ?? ""}]`);
  }
}

const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : "—").padStart(5);
function row(part: string, mode: string, o: Outcome): string {
  const sorted = [...o.errors].sort((a, b) => a - b);
  const median = sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : undefined;
  const worst = sorted.at(-1);
  const show = (x: number | undefined) => (x === undefined ? "—" : Number.isFinite(x) ? String(x) : "none");
  return `| ${part.padEnd(12)} | ${mode.padEnd(10)} | ${String(o.n).padStart(4)} | ${show(median).padStart(6)} | ${pct(o.errors.filter((e) => e <= 1).length, o.n)} | ${pct(o.errors.filter((e) => e <= 7).length, o.n)} | ${show(worst).padStart(6)} | ${pct(o.covered, o.n)} | ${pct(o.open, o.n)} |`;
}

console.log("\n### BASIL: publication dates inferred with the date hidden (three outlets per event)\n");
console.log("| part         | mode       |    n | median | ≤ 1 d | ≤ 7 d |  worst | inside interval | open interval |");
console.log("|--------------|------------|------|--------|-------|-------|--------|-----------------|---------------|");
for (const [part, parity] of [["tune (even)", 0], ["report (odd)", 1]] as const) {
  const one: Outcome = { n: 0, errors: [], covered: 0, open: 0 };
  const all: Outcome = { n: 0, errors: [], covered: 0, open: 0 };
  triplets.forEach((group, i) => {
    if (i % 2 !== parity) return;
    const list = showErrors && parity === 0;
    for (const a of group) run(group, new Set([a.id]), one, list, "one");
    run(group, new Set(group.map((a) => a.id)), all, list, "all");
  });
  console.log(row(part, "one hidden", one));
  console.log(row(part, "all hidden", all));
}
