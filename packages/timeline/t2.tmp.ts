import { loadCorpus } from "@newsparse/corpus-loader/node";
import { buildTimeline, timelineToMarkdown } from "./src/index.ts";
const { documents } = await loadCorpus("../../examples/corpus/niger-2024");
const r = buildTimeline(documents);
console.log(timelineToMarkdown(r.timeline).split("\n").filter(l => !l.startsWith("  - source")).join("\n"));
for (const e of r.timeline) if (e.sources.length > 1) console.log(e.date.value, e.eventClass, e.sources.map(s => s.docId.slice(0,4)).join(","));
console.log(r.messages);
const r2 = buildTimeline(documents.map(d => ({...d, publishedAt: null})));
console.log(r2.referenceDates.map(x => `${x.docId} ${x.value} ±${x.uncertaintyDays} ${x.evidence.join(" | ")}`));
