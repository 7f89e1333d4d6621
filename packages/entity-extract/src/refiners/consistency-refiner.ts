import type { EntityType, Mention } from "../schema.js";
import type { ExtractionContext, Refiner } from "../pipeline/types.js";
import { isCapitalised, tokenRange } from "./util.js";
import { NAME_FORM_CONNECTORS } from "../lexicon/function-words.js";

const NAME_FORM_CONNECTOR_SET = new Set(NAME_FORM_CONNECTORS);

const MAX_FORMS_PER_FIRST_WORD = 8;

function total(votes: Map<EntityType, number> | undefined): number {
  let n = 0;
  if (votes) for (const v of votes.values()) n += v;
  return n;
}

/**
 * One sense per document: every capitalised, token-aligned repetition of a
 * name found elsewhere in the same document becomes a mention too (source
 * `consistency`), and repetitions of the same text get the document's
 * majority type. A single word found at fewer than a quarter of its occurrences is not spread
 * (one guess for "Carrier", the company, made it a GPE 38 times). Runs before the title and filter refiners.
 *
 * @returns A refiner named `consistency`.
 * @example
 * ```ts
 * // "Bowling Green" found once by the tagger is also marked where the tagger missed it.
 * ```
 */
export function createConsistencyRefiner(): Refiner {
  return {
    name: "consistency",
    refine(context: ExtractionContext, mentions: Mention[]): Mention[] {
      const { tokens, docId, text: docText } = context;
      // Majority type per surface form.
      const votes = new Map<string, Map<EntityType, number>>();
      for (const m of mentions) {
        let v = votes.get(m.text);
        if (!v) votes.set(m.text, (v = new Map()));
        v.set(m.type, (v.get(m.type) ?? 0) + 1);
      }
      const majority = new Map<string, EntityType>();
      for (const [text, v] of votes) {
        const sorted = [...v.entries()].sort((a, b) => b[1] - a[1]);
        const [best, second] = sorted;
        if (best && (!second || best[1] > second[1])) majority.set(text, best[0]);
      }
      // Loops with `push` rather than `map`: see `packed` in create-entity-extractor.ts.
      const out: Mention[] = [];
      for (const m of mentions) {
        const t = majority.get(m.text);
        out.push(t && t !== m.type && m.source === "tagger" ? { ...m, type: t, source: "consistency" } : m);
      }
      let counts: Map<string, number> | undefined;
      const occurrences = (word: string): number => {
        if (!counts) {
          counts = new Map();
          for (const t of tokens) if (isCapitalised(t.text)) counts.set(t.text, (counts.get(t.text) ?? 0) + 1);
        }
        return counts.get(word) ?? 0;
      };
      // Forms to look for, keyed by their first token.
      const forms = new Map<string, { words: string[]; type: EntityType; text: string }[]>();
      for (const m of out) {
        if (m.source !== "tagger" && m.source !== "consistency") continue;
        const r = tokenRange(m, context);
        if (!r) continue;
        const words: string[] = [];
        for (let k = r[0]; k < r[1]; k++) words.push(tokens[k]!.text);
        if (!words.every((w) => isCapitalised(w) || NAME_FORM_CONNECTOR_SET.has(w))) continue;
        if (words.length === 1 && words[0]!.length < 4) continue;
        // A single word the tagger typed only once is weak evidence: spreading it marked "Obamacare" GPE 19 times.
        // A single word the tagger left out at most of its occurrences is weak evidence: spreading one guess
        // marked "Obamacare" GPE 19 times and "Carrier" (the company) GPE 38 times.
        if (words.length === 1 && 4 * total(votes.get(m.text)) < occurrences(words[0]!)) continue;
        const type = majority.get(m.text) ?? m.type;
        const list = forms.get(words[0]!) ?? [];
        if (list.length < MAX_FORMS_PER_FIRST_WORD && !list.some((f) => f.text === m.text)) list.push({ words, type, text: m.text });
        forms.set(words[0]!, list);
      }
      if (!forms.size) return out;
      for (const list of forms.values()) list.sort((a, b) => b.words.length - a.words.length);
      const covered = new Uint8Array(docText.length + 1);
      for (const m of out) covered.fill(1, m.start, m.end);
      const added: Mention[] = [];
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i]!;
        if (covered[t.start]) continue;
        const list = forms.get(t.text);
        if (!list) continue;
        for (const f of list) {
          const last = i + f.words.length - 1;
          if (last >= tokens.length) continue;
          let ok = true;
          for (let k = 1; k < f.words.length && ok; k++) ok = tokens[i + k]!.text === f.words[k] && tokens[i + k]!.sentence === t.sentence;
          if (!ok) continue;
          // The repetition must stand alone: not glued to a longer capitalised name.
          const next = tokens[last + 1];
          if (next && next.sentence === t.sentence && isCapitalised(next.text) && next.start === tokens[last]!.end + 1) continue;
          const end = tokens[last]!.end;
          let free = true;
          for (let x = t.start; x < end && free; x++) if (covered[x]) free = false;
          if (!free) continue;
          covered.fill(1, t.start, end);
          added.push({ docId, start: t.start, end, text: docText.slice(t.start, end), type: f.type, confidence: 0.6, source: "consistency", flags: [] });
          i = last;
          break;
        }
      }
      return added.length ? [...out, ...added].sort((a, b) => a.start - b.start || a.end - b.end) : out;
    },
  };
}
