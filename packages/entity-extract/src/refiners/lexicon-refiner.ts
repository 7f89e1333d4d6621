import { tokenize } from "@newsparse/corpus-loader";
import type { EntityType, Mention } from "../schema.js";
import type { ExtractionContext, Refiner } from "../pipeline/types.js";

/** Options of {@link createLexiconRefiner}. */
export interface LexiconRefinerOptions {
  /** Refiner name, recorded as the `source` of the mentions it makes. */
  name: string;
  /** Names as written in running text (case-sensitive; matched token by token with the same spacing: `Keefe, Bruyette & Woods`). */
  names: readonly string[];
  /** Type given to every match. */
  type: EntityType;
}

/** Whether `text` is `word` followed by "-" and a lower-case letter ("Qaeda-linked"). */
function hasLowerSuffix(text: string, word: string): boolean {
  if (text.length < word.length + 2 || !text.startsWith(word) || text.charCodeAt(word.length) !== 45) return false;
  const c = text.charAt(word.length + 1);
  return c !== c.toUpperCase();
}

/**
 * A refiner that types every exact, case-sensitive match of a name list:
 * each match (longest first, words adjacent within one sentence; the last
 * word may carry a lower-case hyphenated suffix, "al Qaeda-linked") becomes a
 * mention of the given type, replacing the mentions inside or across it. A
 * longer mention that contains the whole match is left alone. Linear in the
 * document: one pass over the tokens and one over the mentions.
 *
 * @param options - Refiner name, names and type.
 * @returns A refiner.
 * @example
 * ```ts
 * import { createLexiconRefiner, getDefaultEntityExtractor } from "@newsparse/entity-extract";
 *
 * const parties = createLexiconRefiner({ name: "parties", names: ["Labour", "Conservative Party"], type: "ORG" });
 * const extractor = getDefaultEntityExtractor().extend({ refiners: [parties] });
 * ```
 */
export function createLexiconRefiner(options: LexiconRefinerOptions): Refiner {
  const { name, type } = options;
  // Each name as the tokeniser splits it, with the gap before each token (0: "Keefe" + ","; 1: one space).
  const byFirstToken = new Map<string, { words: string[]; gaps: number[] }[]>();
  for (const n of options.names) {
    const name = n.trim().replace(/\s+/g, " ");
    const tokens = tokenize(name, 0, name.length, { preset: "names" });
    if (!tokens.length) continue;
    const words = tokens.map((t) => t.text);
    const gaps = tokens.map((t, k) => (k === 0 ? 0 : t.start - tokens[k - 1]!.end));
    const list = byFirstToken.get(words[0]!) ?? [];
    list.push({ words, gaps });
    byFirstToken.set(words[0]!, list);
  }
  for (const list of byFirstToken.values()) list.sort((a, b) => b.words.length - a.words.length);
  // First code unit of every first token: most tokens (lower-case words) are ruled out without a map look-up.
  const firstUnits = new Set<number>();
  for (const first of byFirstToken.keys()) firstUnits.add(first.charCodeAt(0));
  return {
    name,
    refine(context: ExtractionContext, mentions: Mention[]): Mention[] {
      const { tokens, docId, text: docText } = context;
      const found: Mention[] = [];
      let bySpan: Map<string, Mention> | undefined;
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i]!;
        if (!firstUnits.has(t.text.charCodeAt(0))) continue;
        const list = byFirstToken.get(t.text);
        if (!list) continue;
        for (const { words, gaps } of list) {
          const last = i + words.length - 1;
          if (last >= tokens.length) continue;
          let ok = true;
          let end = tokens[last]!.end;
          for (let k = 1; k < words.length && ok; k++) {
            const cur = tokens[i + k]!;
            const word = words[k]!;
            ok = cur.sentence === t.sentence && cur.start === tokens[i + k - 1]!.end + gaps[k]!;
            if (!ok || cur.text === word) continue;
            // The last word may carry a lower-case hyphenated suffix ("al Qaeda-linked").
            ok = k === words.length - 1 && hasLowerSuffix(cur.text, word);
            if (ok) end = cur.start + word.length;
          }
          if (!ok) continue;
          bySpan ??= new Map(mentions.map((m) => [`${m.start}:${m.end}`, m]));
          const same = bySpan.get(`${t.start}:${end}`);
          // Already found with this span and type: keep it as it is (its source included).
          if (same && same.type === type) found.push(same);
          else found.push({
            docId,
            start: t.start,
            end,
            text: docText.slice(t.start, end),
            type,
            confidence: Math.max(0.9, same?.confidence ?? 0),
            source: name,
            flags: same ? same.flags.filter((f) => f !== "metonymy") : [],
          });
          i = last;
          break;
        }
      }
      if (!found.length) return mentions;
      // Which match covers each code unit (index + 1), so overlap tests stay linear.
      const cover = new Int32Array(docText.length + 1);
      found.forEach((n, k) => cover.fill(k + 1, n.start, n.end));
      const inside = new Uint8Array(found.length);
      const out: Mention[] = [];
      for (const m of mentions) {
        // Keep a mention unless it overlaps a match without strictly containing it.
        let clash = false;
        let prev = 0;
        for (let x = m.start; x < m.end && !clash; x++) {
          const k = cover[x]!;
          if (k === 0 || k === prev) continue;
          prev = k;
          const n = found[k - 1]!;
          if (!(m.start <= n.start && m.end >= n.end && m.end - m.start > n.end - n.start)) clash = true;
        }
        if (clash) continue;
        // Kept: the matches it strictly contains stay inside it (a dropped mention hides none).
        prev = 0;
        for (let x = m.start; x < m.end; x++) {
          const k = cover[x]!;
          if (k === 0 || k === prev) continue;
          prev = k;
          inside[k - 1] = 1;
        }
        out.push(m);
      }
      found.forEach((n, k) => {
        if (!inside[k]) out.push(n);
      });
      return out.sort((a, b) => a.start - b.start || a.end - b.end);
    },
  };
}
