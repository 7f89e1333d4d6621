import { loadCorpus } from "@newsparse/corpus-loader/node";
import { buildTimeline } from "./src/index.ts";
const { documents } = await loadCorpus("../../examples/corpus/niger-2024");
const byId = new Map(documents.map(d => [d.id, d]));
const r = buildTimeline(documents);
for (const e of r.timeline) {
  console.log(`\n## ${e.id} ${e.date.value} ${e.eventClass} ${e.modality} ${e.flags ?? ""} ${e.alternativeDates ?? ""}`);
  for (const s of e.sources) console.log(`   ${s.docId.slice(0,4)}: ${byId.get(s.docId)!.text.slice(s.start, s.end).slice(0, 110)}`);
}
