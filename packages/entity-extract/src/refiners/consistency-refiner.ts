import type { EntityType, Mention } from "../schema.js";
import type { ExtractionContext, Refiner } from "../pipeline/types.js";
import { isCapitalised } from "./util.js";
import { NAME_FORM_CONNECTORS } from "../lexicon/function-words.js";
import { mentionWith } from "../pipeline/mention-shape.js";

const NAME_FORM_CONNECTOR_SET = new Set(NAME_FORM_CONNECTORS);

const MAX_FORMS_PER_FIRST_WORD = 8;

/**
 * Votes per surface form: `formOf[i]` is the form of mention `i` (numbered in order of first mention), `totals[f]`
 * how many mentions form `f` has, and `majority[f]` the type with the most of them when that count is unique
 * (`undefined` on a tie).
 */
function countVotes(mentions: readonly Mention[]): { formOf: Int32Array; totals: Int32Array; majority: (EntityType | undefined)[] } {
  const formIndex = new Map<string, number>();
  const typeIndex = new Map<EntityType, number>();
  const types: EntityType[] = [];
  const formOf = new Int32Array(mentions.length);
  const typeOf = new Int32Array(mentions.length);
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    let f = formIndex.get(m.text);
    if (f === undefined) formIndex.set(m.text, (f = formIndex.size));
    let t = typeIndex.get(m.type);
    if (t === undefined) {
      typeIndex.set(m.type, (t = types.length));
      types.push(m.type);
    }
    formOf[i] = f;
    typeOf[i] = t;
  }
  const forms = formIndex.size;
  const width = types.length;
  const counts = new Int32Array(forms * width);
  const totals = new Int32Array(forms);
  for (let i = 0; i < mentions.length; i++) {
    counts[formOf[i]! * width + typeOf[i]!]!++;
    totals[formOf[i]!]!++;
  }
  const majority: (EntityType | undefined)[] = [];
  for (let f = 0; f < forms; f++) {
    let best = -1;
    let max = 0;
    let tied = false;
    for (let t = 0; t < width; t++) {
      const c = counts[f * width + t]!;
      if (c > max) {
        max = c;
        best = t;
        tied = false;
      } else if (c === max && c > 0) tied = true;
    }
    majority.push(best >= 0 && !tied ? types[best] : undefined);
  }
  return { formOf, totals, majority };
}

/** Whether a list of forms has one with this text. */
function hasForm(list: readonly { text: string }[], text: string): boolean {
  for (const f of list) if (f.text === text) return true;
  return false;
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
      // Majority type per surface form: the type most of its mentions have, when no other type has as many.
      // Counted in flat arrays (form × type), not a Map of Maps: this refiner allocated more than any other.
      const { formOf, totals, majority } = countVotes(mentions);
      // Loops with `push` rather than `map`: see `packed` in create-entity-extractor.ts.
      const out: Mention[] = [];
      for (let i = 0; i < mentions.length; i++) {
        const m = mentions[i]!;
        const t = majority[formOf[i]!];
        out.push(t !== undefined && t !== m.type && m.source === "tagger" ? mentionWith(m, { type: t, source: "consistency" }) : m);
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
      for (let i = 0; i < out.length; i++) {
        const m = out[i]!;
        if (m.source !== "tagger" && m.source !== "consistency") continue;
        const first = context.tokenAtStart.get(m.start);
        const last = context.tokenAtEnd.get(m.end);
        if (first === undefined || last === undefined || last < first) continue;
        let nameLike = true;
        for (let k = first; k <= last && nameLike; k++) nameLike = isCapitalised(tokens[k]!.text) || NAME_FORM_CONNECTOR_SET.has(tokens[k]!.text);
        if (!nameLike) continue;
        const head = tokens[first]!.text;
        if (first === last && head.length < 4) continue;
        // A single word the tagger typed only once is weak evidence: spreading it marked "Obamacare" GPE 19 times.
        // A single word the tagger left out at most of its occurrences is weak evidence: spreading one guess
        // marked "Obamacare" GPE 19 times and "Carrier" (the company) GPE 38 times.
        if (first === last && 4 * totals[formOf[i]!]! < occurrences(head)) continue;
        const type = majority[formOf[i]!] ?? m.type;
        let list = forms.get(head);
        if (!list) forms.set(head, (list = []));
        if (list.length < MAX_FORMS_PER_FIRST_WORD && !hasForm(list, m.text)) {
          const words: string[] = [];
          for (let k = first; k <= last; k++) words.push(tokens[k]!.text);
          list.push({ words, type, text: m.text });
        }
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
