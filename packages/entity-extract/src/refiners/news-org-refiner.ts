import { getNewsOrganizationLexicon } from "../lexicon/news-organizations.js";
import type { Mention } from "../schema.js";
import type { ExtractionContext, Refiner } from "../pipeline/types.js";

/**
 * News agencies, broadcasters and outlets from a curated lexicon ("RIA
 * Novosti", "Reuters", "AFP", "The Hill", "The New York Times") are
 * organisations: each exact, case-sensitive match becomes an ORG mention
 * (source `news-org`), replacing the mentions inside or across it (the
 * tagger's "RIA Novosti" as PERSON, "New York Times" without its article).
 * A longer mention that contains the whole match ("CNN International") is
 * left alone.
 *
 * @returns A refiner named `news-org`.
 * @example
 * ```ts
 * extractEntities("according to the news agency RIA Novosti").mentions[0].type; // "ORG"
 * ```
 */
export function createNewsOrgRefiner(): Refiner {
  return {
    name: "news-org",
    refine(mentions: Mention[], context: ExtractionContext): Mention[] {
      const { byFirstToken } = getNewsOrganizationLexicon();
      const { tokens, document } = context;
      const found: Mention[] = [];
      let bySpan: Map<string, Mention> | undefined;
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i]!;
        const list = byFirstToken.get(t.text);
        if (!list) continue;
        for (const words of list) {
          const last = i + words.length - 1;
          if (last >= tokens.length) continue;
          let ok = true;
          for (let k = 1; k < words.length && ok; k++) {
            const cur = tokens[i + k]!;
            ok = cur.text === words[k] && cur.sentence === t.sentence && cur.start === tokens[i + k - 1]!.end + 1;
          }
          if (!ok) continue;
          const end = tokens[last]!.end;
          bySpan ??= new Map(mentions.map((m) => [`${m.start}:${m.end}`, m]));
          const same = bySpan.get(`${t.start}:${end}`);
          found.push({
            docId: document.id,
            start: t.start,
            end,
            text: document.text.slice(t.start, end),
            type: "ORG",
            confidence: Math.max(0.9, same?.confidence ?? 0),
            source: "news-org",
            flags: same ? same.flags.filter((f) => f !== "metonymy") : [],
          });
          i = last;
          break;
        }
      }
      if (!found.length) return mentions;
      // Which match covers each code unit (index + 1), so overlap tests stay linear.
      const cover = new Int32Array(document.text.length + 1);
      found.forEach((n, k) => cover.fill(k + 1, n.start, n.end));
      const inside = new Uint8Array(found.length);
      const out: Mention[] = [];
      for (const m of mentions) {
        // Keep a mention unless it overlaps a match without strictly containing it.
        let clash = false;
        let prev = 0;
        for (let x = m.start; x < m.end; x++) {
          const k = cover[x]!;
          if (k === 0 || k === prev) continue;
          prev = k;
          const n = found[k - 1]!;
          if (m.start <= n.start && m.end >= n.end && m.end - m.start > n.end - n.start) inside[k - 1] = 1;
          else clash = true;
        }
        if (!clash) out.push(m);
      }
      found.forEach((n, k) => {
        if (!inside[k]) out.push(n);
      });
      return out.sort((a, b) => a.start - b.start || a.end - b.end);
    },
  };
}
