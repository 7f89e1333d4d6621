/**
 * Accuracy of @newsparse/claims.
 *
 * 1. Quotes and attributions on PolNeAR (brat standoff) — `--split=dev` (default, report) or `--split=train` (tuning).
 * 2. Cross-outlet agreements and disagreements on a hand-checked BASIL gold (scripts/basil-gold.json), tune and report halves
 *    (error lines for the tune half only), and on the ECB+ development gold (scripts/ecb-figures-gold.json).
 * 3. The quantity normaliser on the Microsoft Recognizers-Text English Number / NumberWithUnit specs.
 *
 * Usage (repo root): npx tsx --conditions=@newsparse/source packages/claims/scripts/eval.ts [--only=polnear|basil|ecb|numbers] [--split=dev|train] [--errors=N] [--why] [--hide-report]
 * Reads ../shared/data relative to the repo root; prints "skipped" and exits 0 when it is missing.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { extractClaims, findNumbers, findOrdinals, type Claim } from "../src/index.js";
import { loadBasil } from "./basil.js";
import { ECB_DOCS_PER_EVENT, loadEcbEvents } from "./ecb-figures.js";
import { scoreFigureGold, tallyRows, type FigureGold } from "./figure-gold.js";
import { evalPolnear } from "./polnear.js";

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, "../../..");
const dataDir = resolve(repoRoot, "../shared/data");
const args = new Map(process.argv.slice(2).map((a) => [a.replace(/^--/, "").split("=")[0]!, a.split("=")[1] ?? "true"]));
const split = args.get("split") ?? "dev";
const showErrors = Number(args.get("errors") ?? 0);
const only = args.get("only");

if (!existsSync(dataDir)) {
  console.log("skipped: ../shared/data not found (needs quotes/polnear, xdoc/basil and numbers/recognizers-text-specs; docs/evaluation.md says where to get each)");
  process.exit(0);
}

// ---------------------------------------------------------------- Recognizers-Text
interface SpecCase {
  Input: string;
  NotSupported?: string;
  Results: Array<{ Text: string; TypeName?: string; Resolution?: { value?: string; unit?: string }; Start?: number; End?: number }>;
}

const NUMBER_WORDS = new Set([
  "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
  "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
  "thousand", "million", "billion", "trillion", "and", "a", "dozen",
]);

/** News-style numbers: digits (1,000 / 1.5 / -3), digits + scale word, English cardinal words, simple digit fractions. */
function inScopeNumberText(s: string): boolean {
  const t = s.trim().toLowerCase();
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t) || /^-?\d+(\.\d+)?$/.test(t) || /^\d+\/\d+$/.test(t)) return true;
  const m = /^(\d+(?:\.\d+)?) (hundred|thousand|million|billion|trillion)$/.exec(t);
  if (m) return true;
  const words = t.split(/[\s-]+/);
  return words.length > 0 && words.every((w) => NUMBER_WORDS.has(w)) && words[0] !== "and" && words[0] !== "a" || (words[0] === "a" && words[1] === "dozen");
}

const CURRENCY_UNITS: Record<string, [string, number]> = {
  Dollar: ["USD", 1], "United States dollar": ["USD", 1], Euro: ["EUR", 1], Pound: ["GBP", 1], "British pound": ["GBP", 1], "Chinese yuan": ["CNY", 1],
  Cent: ["USD", 0.01], Pence: ["GBP", 0.01], Penny: ["GBP", 0.01], "Canadian dollar": ["CAD", 1], "Japanese yen": ["JPY", 1], "Australian dollar": ["AUD", 1],
  "Hong Kong dollar": ["HKD", 1], "Swiss franc": ["CHF", 1], "Mexican peso": ["MXN", 1], Rupee: ["INR", 1], "Turkish lira": ["TRY", 1], Bitcoin: ["BTC", 1], "Finnish markka": ["FIM", 1],
  Franc: ["FRF", 1], Peseta: ["ESP", 1], "Netherlands guilder": ["NLG", 1], "Indian rupee": ["INR", 1], "South African rand": ["ZAR", 1], "Russian ruble": ["RUB", 1], "Korean won": ["KRW", 1], "South Korean won": ["KRW", 1], "Brazilian real": ["BRL", 1], "New Zealand dollar": ["NZD", 1], "Singapore dollar": ["SGD", 1],
};
const DIMENSION_UNITS: Record<string, string> = {
  Foot: "ft", Meter: "m", Mile: "mi", Pound: "lb", Gallon: "gal", Ton: "t", "Metric ton": "t", "Kilometer per hour": "km/h", Kilogram: "kg", Inch: "in",
  "Square meter": "m2", Kilometer: "km", Millimeter: "mm", Milliliter: "ml", Barrel: "bbl", Ounce: "oz", Acre: "acre", "Mile per hour": "mph",
  "Square kilometer": "km2", Megabyte: "MB", Gram: "g", Degree: "degree", Centimeter: "cm", Liter: "l",
};
const TEMPERATURE_UNITS: Record<string, string> = { C: "°C", F: "°F", Degree: "degree" };
const AGE_UNITS: Record<string, string> = { Year: "year", Month: "month", Week: "week", Day: "day" };

/** One number (digits with optional scale word, or cardinal words) with its unit around it: not compound amounts ("3 dollars 50 cents"), Indian numbering, fractions of scales or glued code+digits ("USD115", "MUSD"). */
function newsStyleAmount(text: string): boolean {
  const t = text.toLowerCase();
  if (/\b(lakh|crore|half|quarter|quarters|kuai|mao)\b/.test(t)) return false;
  if (/\bm(usd|eur|gbp|aud)\b|\bmaud\b|(usd|eur|gbp)\d/.test(t)) return false;
  if (/\d[\d,.]*\s+\d/.test(t) || /\d\/\d/.test(t)) return false;
  if (/[([{<"]/.test(t)) return false;
  if (/\d[^\d]+\d/.test(t.replace(/(\d),(\d)/g, "$1$2").replace(/(\d)\.(\d)/g, "$1$2"))) return false;
  if (/\b(dollars?|cents?|yen|euros?|pounds?|usd)\b.*\b(and )?\d/.test(t)) return false;
  if (/(dollars?|yuan)\b.*\b(and|[a-z]+ty|one|two|three|four|five|six|seven|eight|nine|ten)\b/.test(t) && !/^[^a-z]*\d/.test(t)) return false;
  return true;
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** A found or expected item: value, unit, and where it is in the input (half-open; absent when the spec gives no offsets). */
type Item = [value: number, unit: string, start?: number, end?: number];

/**
 * Every expected item is found once, with the same value (within 1e-6 relative) and unit, and nothing else is found.
 * Where is checked too: a number (`exactSpan`) must have the spec's exact span; a quantity claim (which also covers its
 * qualifier and counted noun) must overlap the spec's span.
 */
function sameMultiset(a: Item[], b: Item[], exactSpan = false): boolean {
  if (a.length !== b.length) return false;
  const used = new Set<number>();
  const where = (g: Item, p: Item) => {
    if (g[2] === undefined || g[3] === undefined || p[2] === undefined || p[3] === undefined) return true;
    return exactSpan ? g[2] === p[2] && g[3] === p[3] : p[2] < g[3] && g[2] < p[3];
  };
  return a.every((g) => {
    const i = b.findIndex((p, j) => !used.has(j) && p[1] === g[1] && close(p[0], g[0]) && where(g, p));
    if (i < 0) return false;
    used.add(i);
    return true;
  });
}

/** An expected item from a spec result, with its span (the spec's `End` is inclusive). */
function expected(r: SpecCase["Results"][number], value: number, unit: string): Item {
  return r.Start !== undefined && r.End !== undefined ? [value, unit, r.Start, r.End + 1] : [value, unit];
}

function quantities(input: string): Claim[] {
  return extractClaims(input).claims.filter((c) => c.kind === "quantity");
}

interface SpecResult {
  name: string;
  total: number;
  inScope: number;
  pass: number;
  /** Cases whose every result has an English resolution, and how many of those pass (whatever the scope). */
  resolved: number;
  passResolved: number;
  /** Cases that expect nothing (`Results: []`), and how many of those find nothing (no false positive). */
  empty: number;
  passEmpty: number;
  why: string;
  failures: string[];
}

function runSpec(file: string, name: string, why: string, inScope: (c: SpecCase) => boolean, check: (c: SpecCase) => boolean): SpecResult {
  const path = resolve(dataDir, "numbers/recognizers-text-specs", file);
  const cases = JSON.parse(readFileSync(path, "utf8")) as SpecCase[];
  const r: SpecResult = { name, total: cases.length, inScope: 0, pass: 0, resolved: 0, passResolved: 0, empty: 0, passEmpty: 0, why, failures: [] };
  for (const c of cases) {
    if (c.Results.length === 0) {
      r.empty++;
      let ok = false;
      try {
        ok = check(c);
      } catch {
        ok = false;
      }
      if (ok) r.passEmpty++;
      else if (args.get("all-errors") === "true" && r.failures.length < showErrors) r.failures.push(`${name} (false positive): ${JSON.stringify(c.Input).slice(0, 100)}`);
    }
    if (c.Results.length > 0 && c.Results.every((x) => x.Resolution != null)) {
      r.resolved++;
      let ok = false;
      try {
        ok = check(c);
      } catch {
        ok = false;
      }
      if (ok) r.passResolved++;
      else if (args.get("all-errors") === "true" && r.failures.length < showErrors) r.failures.push(`${name} (all): ${JSON.stringify(c.Input).slice(0, 100)} → expected ${JSON.stringify(c.Results.map((x) => [x.Text, x.Resolution?.value, x.Resolution?.unit]))}`);
    }
    if (!inScope(c)) continue;
    r.inScope++;
    let ok = false;
    try {
      ok = check(c);
    } catch {
      ok = false;
    }
    if (ok) r.pass++;
    else if (r.failures.length < showErrors) r.failures.push(`${name}: ${JSON.stringify(c.Input).slice(0, 100)} → expected ${JSON.stringify(c.Results.map((x) => [x.Text, x.Resolution?.value, x.Resolution?.unit]))}`);
  }
  return r;
}

function parseRange(v: string): [number | null, number | null] | null {
  const m = /^[[(](-?[\d.]*),(-?[\d.]*)[\])]$/.exec(v);
  if (!m) return null;
  return [m[1] === "" ? null : Number(m[1]), m[2] === "" ? null : Number(m[2])];
}

function bounds(c: Claim): [number | null, number | null] | null {
  const q = c.quantity!;
  switch (q.relation) {
    case "gt":
    case "gte":
      return [q.value ?? null, null];
    case "lt":
    case "lte":
      return [null, q.value ?? null];
    case "range":
      return [q.min ?? null, q.max ?? null];
    default:
      return [q.value ?? null, q.value ?? null];
  }
}

/** The i-th comparison or range claim has the i-th expected range's bounds (open ends open) and overlaps its span. */
function rangeMatches(c: SpecCase): boolean {
  // comparisons and ranges: a claim with a relation other than `eq`, or with a qualifier before its figure (`equal to 170`)
  const claims = quantities(c.Input).filter((q) => q.quantity?.relation !== "eq" || (findNumbers(q.text)[0]?.start ?? 0) > 0);
  const pred = claims.map(bounds);
  const gold = c.Results.map((r) => parseRange(String(r.Resolution?.value)));
  if (pred.length !== gold.length) return false;
  const bound = (g: number | null, p: number | null) => (g === null ? p === null : p !== null && close(g, p));
  return gold.every((g, i) => {
    const r = c.Results[i]!;
    const overlaps = r.Start === undefined || r.End === undefined || (claims[i]!.start < r.End + 1 && r.Start < claims[i]!.end);
    return g !== null && pred[i] !== null && bound(g[0], pred[i]![0]) && bound(g[1], pred[i]![1]) && overlaps;
  });
}

function evalNumbers(): void {
  const dir = resolve(dataDir, "numbers/recognizers-text-specs");
  if (!existsSync(dir)) {
    console.log("skipped: numbers specs not found");
    return;
  }
  const results: SpecResult[] = [];
  results.push(
    runSpec(
      "Number/NumberModel.json",
      "Number",
      "in scope: digits, digits + scale word, English cardinal words, digit fractions; out: word fractions, 'point' decimals, scientific notation, crore/lakh, unit-letter multipliers (10G), unicode fractions, decimal comma",
      (c) => c.Results.every((r) => inScopeNumberText(r.Text)),
      (c) => {
        const pred = findNumbers(c.Input)
          .filter((n) => !/[A-Za-z]/.test(c.Input[n.end] ?? ""))
          .map((n): Item => [n.value, "", n.start, n.end]);
        return sameMultiset(c.Results.map((r) => expected(r, Number(r.Resolution?.value), "")), pred, true);
      },
    ),
  );
  results.push(
    runSpec(
      "Number/PercentModel.json",
      "Percent",
      "in scope: number + % / percent / per cent; out: fractions and 'percentage' as a word",
      (c) => c.Results.every((r) => /%|percent|per cent/i.test(r.Text) && inScopeNumberText(r.Text.replace(/\s*(%|percent|per cent)$/i, ""))),
      (c) => {
        const pred = quantities(c.Input).filter((q) => q.quantity?.unit === "%").map((q): Item => [q.quantity!.value ?? NaN, "%", q.start, q.end]);
        return sameMultiset(c.Results.map((r) => expected(r, Number(String(r.Resolution?.value).replace("%", "")), "%")), pred);
      },
    ),
  );
  results.push(
    runSpec(
      "Number/NumberRangeModel.json",
      "NumberRange",
      "in scope: one qualifier + one number (more than, under, at least, up to, …) and between/from X to Y / X-Y; out: compound ranges (… and less than …), 'or more'/'or less' suffixes, symbols (>, <, ~), word ordinals",
      (c) =>
        c.Results.length > 0 &&
        c.Results.every((r) => {
          const t = r.Text.toLowerCase();
          return !/[<>=~]/.test(t) && !/ or /.test(t) && !/ and (less|more|greater|smaller|fewer|below|above|under|over)/.test(t) && !/(th|st|nd|rd)\b/.test(t) && !t.startsWith("equal");
        }),
      rangeMatches,
    ),
  );
  const unitSpec = (file: string, name: string, table: Record<string, string | [string, number]>, why: string, isCurrency: boolean): SpecResult =>
    runSpec(
      file,
      name,
      why,
      (c) => c.Results.length > 0 && c.Results.every((r) => !!r.Resolution?.unit && r.Resolution.unit in table && r.Resolution.value != null && newsStyleAmount(r.Text)),
      (c) => {
        const gold = c.Results.map((r): Item => {
          const entry = table[r.Resolution!.unit!]!;
          return Array.isArray(entry) ? expected(r, Number(r.Resolution?.value) * entry[1], entry[0]) : expected(r, Number(r.Resolution?.value), entry);
        });
        const units = new Set(Object.values(table).map((e) => (Array.isArray(e) ? e[0] : e)));
        const pred = quantities(c.Input)
          .filter((q) => q.quantity?.unit && units.has(q.quantity.unit) && (isCurrency ? /^[A-Z]{3}$/.test(q.quantity.unit) : true))
          .map((q): Item => [q.quantity!.value ?? NaN, q.quantity!.unit!, q.start, q.end]);
        return sameMultiset(gold, pred);
      },
    );
  results.push(unitSpec("NumberWithUnit/CurrencyModel.json", "Currency", CURRENCY_UNITS, "in scope: one amount in a currency with an ISO code in the lexicon (USD, EUR, GBP, JPY, CNY, CAD, AUD, HKD, CHF, MXN, INR, TRY, BTC, FIM; cents/pence); out: other currencies, unit-only mentions ('the dollar'), compound amounts ('3 dollars 50 cents'), lakh/crore, 'half/quarter million', MUSD-style and glued code+digits", true));
  results.push(unitSpec("NumberWithUnit/DimensionModel.json", "Dimension", DIMENSION_UNITS, "in scope: one amount in a common length/mass/volume/area/speed/data unit; out: micro/pico units, cooking measures, per-millisecond units, turns/radians, mixed fractions ('10 1/2 miles'), compound amounts ('5 feet 2 inches'), bracketed units ('20 (kg)'), the inch mark, unit-only mentions", false));
  results.push(unitSpec("NumberWithUnit/TemperatureModel.json", "Temperature", TEMPERATURE_UNITS, "in scope: °C, °F, degrees", false));
  results.push(unitSpec("NumberWithUnit/AgeModel.json", "Age", AGE_UNITS, "in scope: ages in years/months/weeks/days", false));
  const numberCheck = (c: SpecCase) => {
    const pred = findNumbers(c.Input)
      .filter((n) => !/[A-Za-z]/.test(c.Input[n.end] ?? ""))
      .map((n): Item => [n.value, "", n.start, n.end]);
    return sameMultiset(c.Results.map((r) => expected(r, Number(r.Resolution?.value), "")), pred, true);
  };
  const percentCheck = (c: SpecCase) => {
    const pred = quantities(c.Input).filter((q) => q.quantity?.unit === "%").map((q): Item => [q.quantity!.value ?? NaN, "%", q.start, q.end]);
    return sameMultiset(c.Results.map((r) => expected(r, Number(String(r.Resolution?.value).replace("%", "")), "%")), pred);
  };
  const rangeCheck = rangeMatches;
  const ordinalCheck = (c: SpecCase) => {
    const pred = findOrdinals(c.Input).map((o): Item => (o.relativeTo ? [o.offset!, o.relativeTo, o.start, o.end] : [o.value!, "", o.start, o.end]));
    const gold = c.Results.map((r): Item => {
      const v = String(r.Resolution?.value);
      const m = /^(end|current)([+-]\d+)$/.exec(v);
      return m ? expected(r, Number(m[2]), m[1]!) : expected(r, Number(v), "");
    });
    return sameMultiset(gold, pred, true);
  };
  const none = () => false;
  results.push(runSpec("Number/NumberModelExperimentalMode.json", "Number (experimental mode)", "scored on all resolved cases only", none, numberCheck));
  results.push(runSpec("Number/NumberModelPercentMode.json", "Number (percent mode)", "scored on all resolved cases only", none, numberCheck));
  results.push(runSpec("Number/PercentModelPercentMode.json", "Percent (percent mode)", "scored on all resolved cases only", none, percentCheck));
  results.push(runSpec("Number/NumberRangeModelExperimentalMode.json", "NumberRange (experimental mode)", "scored on all resolved cases only", none, rangeCheck));
  results.push(runSpec("Number/OrdinalModel.json", "Ordinal", "ordinals and relative ordinals (`last`, `next`, `second to last`): findOrdinals", (c) => c.Results.length > 0, ordinalCheck));
  results.push(runSpec("Number/OrdinalModelSuppressExtendedTypes.json", "Ordinal (suppressed extended types)", "findOrdinals (it reads relative ordinals, so the cases of this spec that expect them suppressed count as false positives)", (c) => c.Results.length > 0, ordinalCheck));
  console.log("\nQuantity normaliser on Recognizers-Text English specs (Number, NumberWithUnit)\n");
  console.log("| spec | cases | in scope | pass | pass rate |");
  console.log("|---|---:|---:|---:|---:|");
  let inScope = 0;
  let pass = 0;
  for (const r of results) {
    inScope += r.inScope;
    pass += r.pass;
    console.log(`| ${r.name} | ${r.total} | ${r.inScope} | ${r.pass} | ${((100 * r.pass) / Math.max(1, r.inScope)).toFixed(1)}% |`);
  }
  console.log(`| **all** | ${results.reduce((n, r) => n + r.total, 0)} | ${inScope} | ${pass} | **${((100 * pass) / Math.max(1, inScope)).toFixed(1)}%** |`);
  const resolved = results.reduce((n, r) => n + r.resolved, 0);
  const passResolved = results.reduce((n, r) => n + r.passResolved, 0);
  const empty = results.reduce((n, r) => n + r.empty, 0);
  const passEmpty = results.reduce((n, r) => n + r.passEmpty, 0);
  console.log("\nEvery case with an English resolution (all 13 spec files, whatever the scope above), and the cases that expect nothing:\n");
  console.log("| spec | cases with a resolution | pass | pass rate | cases expecting nothing | nothing found |");
  console.log("|---|---:|---:|---:|---:|---:|");
  for (const r of results) console.log(`| ${r.name} | ${r.resolved} | ${r.passResolved} | ${((100 * r.passResolved) / Math.max(1, r.resolved)).toFixed(1)}% | ${r.empty} | ${r.passEmpty} |`);
  console.log(`| **all** | ${resolved} | ${passResolved} | **${((100 * passResolved) / Math.max(1, resolved)).toFixed(1)}%** | ${empty} | ${passEmpty} |`);
  console.log(
    "\nA case passes when every expected item is found once with its value (within 1e-6 relative) and unit, and nothing else is: numbers and ordinals (findNumbers / findOrdinals) with the spec's exact span; percentages, ranges and amounts (quantity claims of extractClaims, which also cover qualifiers and counted nouns) overlapping the spec's span. " +
      "Number specs read findNumbers minus numbers glued to letters; the unit specs read only claims in the units the spec's table maps (so a unit-only mention the spec expects, such as `fahrenheit` alone, is a miss). Ranges compare bounds, open ends open.",
  );
  console.log("\nScope of the first table (news-style cardinals and quantities; ordinals are never quantities, findOrdinals reads them; the *ExperimentalMode / PercentMode variants count only in the second table):");
  for (const r of results) console.log(`- ${r.name}: ${r.why}`);
  const failures = results.flatMap((r) => r.failures);
  if (failures.length) console.log("\n" + failures.join("\n"));
}

// ---------------------------------------------------------------- cross-article figure golds (BASIL, ECB+)
const TABLE_HEAD = "| half | items | gold | predicted groups (≥2 outlets) | precision | recall |\n|---|---|---:|---:|---:|---:|";

/** A gold file of this directory with the corpus directory it scores, or undefined (and a "skipped" line) when the corpus is missing. */
function goldFor(corpus: string, file: string): { dir: string; gold: FigureGold } | undefined {
  const dir = resolve(dataDir, corpus);
  if (!existsSync(dir)) {
    console.log(`skipped: ${dir} not found`);
    return undefined;
  }
  return { dir, gold: JSON.parse(readFileSync(resolve(here, file), "utf8")) as FigureGold };
}

function evalBasil(): void {
  const found = goldFor("xdoc/basil/articles", "basil-gold.json");
  if (!found) return;
  const { dir, gold } = found;
  // `--hide-report`: score the tune half only (development runs that must not see the report half, even as totals)
  const hideReport = args.get("hide-report") === "true";
  if (hideReport) gold.events = gold.events.filter((e) => e.split !== "report");
  const halfOf = new Map(gold.events.map((e) => [e.event, e.split ?? "tune"]));
  // The report half is seen as totals only: its error lines are never printed.
  const { tally, badMentions, errors } = scoreFigureGold(loadBasil(dir), gold, { halfOf: (e) => halfOf.get(e)!, showErrors, hideErrorsOf: new Set(["report"]) });
  const nEvents = (h: string) => gold.events.filter((e) => e.split === h).length;
  console.log(`\nCross-outlet figures on BASIL: hand-checked gold, ${gold.events.length} events (tune ${nEvents("tune")}, report ${nEvents("report")}), ${gold.items.filter((i) => i.kind !== "date").length} items (date items left to the timeline)${badMentions ? `, ${badMentions} MENTIONS DO NOT MATCH THE TEXT` : ""}\n`);
  console.log(TABLE_HEAD);
  for (const half of ["tune", "report"]) for (const r of tally.has(half) ? tallyRows(half, tally.get(half)!) : [`| ${half} | not scored (--hide-report) | | | | |`]) console.log(r);
  const kinds = (half: string) => (tally.has(half) ? `${tally.get(half)!.kindOk}/${tally.get(half)!.tpP.conflict}` : "–");
  console.log(`\nA predicted group is right when its evidence overlaps one gold item's phrases in two outlets and it has that item's status; title groups are not scored (not in the gold). Disagreements with the right kind: tune ${kinds("tune")}, report ${kinds("report")}. Error lines (--errors=N) are printed for the tune half only.`);
  if (errors.length) console.log("\n" + errors.join("\n"));
}

function evalEcbFigures(): void {
  const found = goldFor("xdoc/ecbplus/ECB+_LREC2014/ECB+", "ecb-figures-gold.json");
  if (!found) return;
  const { dir, gold } = found;
  const { tally, badMentions, errors } = scoreFigureGold(loadEcbEvents(dir), gold, { halfOf: () => "dev", showErrors, hideErrorsOf: new Set() });
  console.log(
    `\nCross-article figures on ECB+ (development set, not a report split): hand-checked gold of the ${gold.events.length} seminal events of the ECB+ validation topics, first ${ECB_DOCS_PER_EVENT} articles each, ${gold.items.length} items${badMentions ? `, ${badMentions} MENTIONS DO NOT MATCH THE TEXT` : ""}\n`,
  );
  console.log(TABLE_HEAD);
  for (const r of tallyRows("dev", tally.get("dev")!)) console.log(r);
  if (errors.length) console.log("\n" + errors.join("\n"));
}

if (only === undefined || only === "polnear") evalPolnear({ dataDir, split, errors: showErrors, why: args.get("why") === "true", mergeParagraphs: args.get("merge-paragraphs") !== "false" });
if (only === undefined || only === "basil") evalBasil();
if (only === undefined || only === "basil" || only === "ecb") evalEcbFigures();
if (only === undefined || only === "numbers") evalNumbers();
