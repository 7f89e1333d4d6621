/**
 * Cross-document coreference of named entity mentions, on real multi-outlet news:
 *   - ECB+ 1.0 (Cybulska & Vossen 2014): the validation topics 2, 5, 12, 18, 21, 23, 34, 35 are
 *     reported; the train topics (tuned on) are printed as one pooled line for reference;
 *   - MEANTIME English, Apple topic (30 Wikinews articles).
 * Each topic's documents are extracted and resolved together (`extractEntities(documents)`).
 * Gold mentions are the *named* entity mentions of the annotated sentences (how "named" is decided:
 * scripts/lib/xdoc-corpora.ts). Each gold mention is matched to the newsparse mention that overlaps
 * it most, when that overlap covers at least half of the longer of the two spans or the system
 * mention lies inside the gold one and starts on its first word or ends on its last word; a gold
 * mention without a match is missing from the response (it costs recall, as in the reference scorer). System mentions no gold mention
 * matches are not scored (the corpora annotate only some mentions).
 * Scores: MUC, B³, CEAF-e, their mean (CoNLL F1), per topic and micro-averaged (topics pooled),
 * and the recall of named gold mentions. Two baselines cluster the same matched newsparse mentions
 * by identical normalised text, and by their last word (head match); an oracle line clusters them by
 * their gold entity, the best any resolver can score on these mentions (what mention detection leaves).
 *
 * `--pooled` also resolves the train topics as one collection (575 articles, gold clusters kept per
 * topic): a check for false merges across stories, which per-topic scoring cannot see.
 *
 *   npx tsx --conditions=@newsparse/source packages/entity-extract/scripts/eval-xdoc.ts [--errors] [--train] [--pooled]
 */
import { parseDocument, type Document } from "@newsparse/corpus-loader";
import { extractEntities, type Mention } from "../src/index.js";
import { addCounts, conllF1, emptyCounts, f1, scoreCoref, type CorefCounts } from "./lib/coref-metrics.js";
import { readEcbPlus, readMeantimeApple, type XdocTopic } from "./lib/xdoc-corpora.js";

const args = process.argv.slice(2);
const showErrors = args.includes("--errors");
const onlyTrain = args.includes("--train");
const pooledTrain = args.includes("--pooled");

const ecb = readEcbPlus();
const meantime = readMeantimeApple();
if (!ecb && !meantime) {
  console.log("skipped: ../shared/data/xdoc not found (needs xdoc/ecbplus and xdoc/meantime; docs/evaluation.md says where to get each)");
  process.exit(0);
}

type SystemName = "newsparse" | "exact text" | "head word" | "oracle";
const SYSTEMS: SystemName[] = ["newsparse", "exact text", "head word", "oracle"];

interface TopicResult {
  topic: XdocTopic;
  counts: Record<SystemName, CorefCounts>;
  gold: number;
  found: number;
  seconds: number;
}

function normalise(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’']s$/u, "")
    .replace(/\./g, "")
    .replace(/[^\p{L}\p{N}\s&-]/gu, " ")
    .replace(/^(the|a|an) /, "")
    .replace(/\s+/g, " ")
    .trim();
}

function lastWord(text: string): string {
  const words = normalise(text).split(" ");
  return words[words.length - 1] ?? "";
}

/** Index of the system mention matched to each gold mention (−1 when none). */
function matchMentions(gold: readonly { start: number; end: number }[], system: readonly Mention[]): number[] {
  const used = new Set<number>();
  const out: number[] = [];
  let from = 0;
  for (const g of gold) {
    while (from < system.length && system[from]!.end <= g.start - 200) from++;
    let best = -1;
    let bestOverlap = 0;
    for (let i = from; i < system.length && system[i]!.start < g.end; i++) {
      const s = system[i]!;
      if (used.has(i)) continue;
      const overlap = Math.min(s.end, g.end) - Math.max(s.start, g.start);
      if (overlap <= 0) continue;
      const longer = Math.max(s.end - s.start, g.end - g.start);
      const inside = s.start >= g.start && s.end <= g.end && (s.start === g.start || s.end === g.end);
      if ((2 * overlap >= longer || inside) && overlap > bestOverlap) {
        best = i;
        bestOverlap = overlap;
      }
    }
    if (best >= 0) used.add(best);
    out.push(best);
  }
  return out;
}

function runTopic(topic: XdocTopic, errors: string[]): TopicResult {
  const documents: Document[] = topic.documents.map((d) => parseDocument(d.text, { id: d.id }));
  const t0 = performance.now();
  const result = extractEntities(documents);
  const seconds = (performance.now() - t0) / 1000;
  const byDoc = new Map<string, Mention[]>();
  for (const m of result.mentions) {
    const list = byDoc.get(m.docId);
    if (list) list.push(m);
    else byDoc.set(m.docId, [m]);
  }
  const key: string[] = [];
  const responses: Record<SystemName, (string | null)[]> = { newsparse: [], "exact text": [], "head word": [], oracle: [] };
  const detail: { gold: string; text: string; system: Mention | null; docId: string }[] = [];
  let found = 0;
  for (const d of topic.documents) {
    const system = (byDoc.get(d.id) ?? []).sort((a, b) => a.start - b.start || a.end - b.end);
    const match = matchMentions(d.gold, system);
    d.gold.forEach((g, i) => {
      key.push(g.cluster);
      const m = match[i]! >= 0 ? system[match[i]!]! : null;
      if (m) found++;
      responses.newsparse.push(m?.entityId ?? null);
      responses["exact text"].push(m ? `t:${normalise(m.text)}` : null);
      responses["head word"].push(m ? `h:${lastWord(m.text)}` : null);
      // Upper bound of any resolver on these mentions: the gold clustering of the mentions newsparse found.
      responses.oracle.push(m ? `g:${g.cluster}` : null);
      detail.push({ gold: g.cluster, text: g.text, system: m, docId: d.id });
    });
  }
  const counts = {} as Record<SystemName, CorefCounts>;
  for (const s of SYSTEMS) counts[s] = scoreCoref(key, responses[s]);
  if (showErrors) collectErrors(topic, detail, result.entities, errors);
  return { topic, counts, gold: key.length, found, seconds };
}

/** Gold entities split by the resolver and system entities joining several gold entities. */
function collectErrors(topic: XdocTopic, detail: { gold: string; text: string; system: Mention | null; docId: string }[], entities: { id: string; type: string; name: string }[], out: string[]): void {
  const entityById = new Map(entities.map((e) => [e.id, e]));
  const byGold = new Map<string, typeof detail>();
  const bySystem = new Map<string, typeof detail>();
  for (const x of detail) {
    if (!x.system) continue;
    (byGold.get(x.gold) ?? byGold.set(x.gold, []).get(x.gold)!).push(x);
    (bySystem.get(x.system.entityId!) ?? bySystem.set(x.system.entityId!, []).get(x.system.entityId!)!).push(x);
  }
  for (const [gold, xs] of byGold) {
    const ids = new Map<string, Set<string>>();
    for (const x of xs) (ids.get(x.system!.entityId!) ?? ids.set(x.system!.entityId!, new Set()).get(x.system!.entityId!)!).add(`${x.system!.text}/${x.system!.type}`);
    if (ids.size > 1) out.push(`${topic.name} SPLIT ${gold}: ${[...ids].map(([id, t]) => `${id}(${entityById.get(id)?.name}){${[...t].join(", ")}}`).join(" | ")}`);
  }
  for (const [id, xs] of bySystem) {
    const golds = new Map<string, Set<string>>();
    for (const x of xs) (golds.get(x.gold) ?? golds.set(x.gold, new Set()).get(x.gold)!).add(x.system!.text);
    if (golds.size > 1) out.push(`${topic.name} MERGE ${id}(${entityById.get(id)?.name}/${entityById.get(id)?.type}): ${[...golds].map(([g, t]) => `${g.slice(0, 24)}{${[...t].join(", ")}}`).join(" | ")}`);
  }
  for (const x of detail) if (!x.system) out.push(`${topic.name} MISSED ${x.docId}: ${x.text}`);
}

function row(label: string, c: CorefCounts, recall: number): string {
  return `| ${label} | ${f1(c.muc).toFixed(1)} | ${f1(c.b3).toFixed(1)} | ${f1(c.ceafe).toFixed(1)} | **${conllF1(c).toFixed(1)}** | ${recall.toFixed(1)} |`;
}

function report(title: string, results: TopicResult[], perTopic: boolean): void {
  const pooled = Object.fromEntries(SYSTEMS.map((s) => [s, emptyCounts()])) as Record<SystemName, CorefCounts>;
  let gold = 0;
  let found = 0;
  let seconds = 0;
  let docs = 0;
  for (const r of results) {
    for (const s of SYSTEMS) addCounts(pooled[s], r.counts[s]);
    gold += r.gold;
    found += r.found;
    seconds += r.seconds;
    docs += r.topic.documents.length;
  }
  const recall = gold ? (100 * found) / gold : 0;
  console.log(`\n### ${title} (${results.length} topic${results.length === 1 ? "" : "s"}, ${docs} documents, ${gold} named gold mentions; extraction + resolution ${seconds.toFixed(1)} s)`);
  console.log("| system (micro-averaged over topics) | MUC F1 | B³ F1 | CEAF-e F1 | CoNLL F1 | named-mention recall % |");
  console.log("|---|---:|---:|---:|---:|---:|");
  for (const s of SYSTEMS) console.log(row(s === "newsparse" ? "newsparse" : s === "oracle" ? "oracle: gold clusters of newsparse mentions (upper bound)" : `baseline: ${s} (newsparse mentions)`, pooled[s], recall));
  if (perTopic && results.length > 1) {
    console.log("\n| topic | documents | named gold mentions | recall % | newsparse CoNLL F1 | exact-text CoNLL F1 | head-word CoNLL F1 | oracle CoNLL F1 |");
    console.log("|---|---:|---:|---:|---:|---:|---:|---:|");
    for (const r of results) {
      console.log(`| ${r.topic.name} | ${r.topic.documents.length} | ${r.gold} | ${r.gold ? ((100 * r.found) / r.gold).toFixed(1) : "-"} | ${conllF1(r.counts.newsparse).toFixed(1)} | ${conllF1(r.counts["exact text"]).toFixed(1)} | ${conllF1(r.counts["head word"]).toFixed(1)} | ${conllF1(r.counts.oracle).toFixed(1)} |`);
    }
  }
  console.log(`summary ${title}: newsparse CoNLL F1 ${conllF1(pooled.newsparse).toFixed(1)}; head-word baseline ${conllF1(pooled["head word"]).toFixed(1)}; exact-text baseline ${conllF1(pooled["exact text"]).toFixed(1)}; oracle ${conllF1(pooled.oracle).toFixed(1)}; named-mention recall ${recall.toFixed(1)}%`);
}

const t0 = performance.now();
const errors: string[] = [];
console.log("### Cross-document coreference of named entity mentions (scripts/eval-xdoc.ts)");
if (ecb) {
  const train = ecb.filter((t) => t.split === "train");
  const validation = ecb.filter((t) => t.split === "validation");
  if (!onlyTrain) report("ECB+ validation topics (report)", validation.map((t) => runTopic(t, errors)), true);
  report("ECB+ train topics (tuned on; reference only)", train.map((t) => runTopic(t, errors)), onlyTrain);
  if (pooledTrain && train.length) {
    const documents = train.flatMap((t) => t.documents.map((d) => ({ ...d, gold: d.gold.map((g) => ({ ...g, cluster: `${t.name}/${g.cluster}` })) })));
    report("ECB+ train topics pooled into one collection (tuned on; reference only)", [runTopic({ ...train[0]!, name: "ECB+ train pooled", documents }, errors)], false);
  }
} else console.log("ECB+ skipped: not found");
if (meantime && !onlyTrain) report("MEANTIME English, Apple topic (report)", [runTopic(meantime, errors)], false);
else if (!meantime) console.log("MEANTIME skipped: not found");
if (showErrors) for (const e of errors) console.log(e);
console.log(`\ntotal ${((performance.now() - t0) / 1000).toFixed(1)} s`);
