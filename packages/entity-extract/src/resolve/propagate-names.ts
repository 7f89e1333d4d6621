import type { EntityType, Mention } from "../schema.js";
import type { Token } from "../pipeline/types.js";
import { isCapitalised } from "../refiners/util.js";
import { PROPAGATED_NAME_CONNECTORS } from "../lexicon/function-words.js";

/** The tokens of one document, kept compactly between the per-document pass and propagation. */
export interface CompactTokens {
  docId: string;
  text: string;
  /** start, end per token. */
  offsets: Int32Array;
  /** Sentence index per token. */
  sentence: Int32Array;
  /** Bit 1: sentence start; bit 2: headline. */
  flags: Uint8Array;
}

/**
 * Keep a document's tokens compactly (about 13 bytes a token) for {@link propagateNames}.
 *
 * @param docId - Document id.
 * @param text - Document text.
 * @param tokens - The prepared document's tokens.
 * @returns The compact copy.
 */
export function compactTokens(docId: string, text: string, tokens: readonly Token[]): CompactTokens {
  const offsets = new Int32Array(tokens.length * 2);
  const sentence = new Int32Array(tokens.length);
  const flags = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    offsets[2 * i] = t.start;
    offsets[2 * i + 1] = t.end;
    sentence[i] = t.sentence;
    flags[i] = (t.sentenceStart ? 1 : 0) | (t.headline ? 2 : 0);
  }
  return { docId, text, offsets, sentence, flags };
}

interface Form {
  words: string[];
  text: string;
  votes: Map<EntityType, number>;
}

const CONNECTOR = new Set(PROPAGATED_NAME_CONNECTORS);
const MAX_FORMS_PER_FIRST_WORD = 8;
/** Sources whose mentions are evidence of a name (not rules that rename or retype). */
const EVIDENCE = new Set(["tagger", "consistency", "gazetteer", "news-org", "armed-group", "acronym", "org-head", "facility", "person-extent", "name-head"]);

function nameWord(w: string): boolean {
  return isCapitalised(w) || (mayHoldCapital(w, 0, w.length) && /^\p{Ll}+\p{Lu}/u.test(w));
}

/**
 * False when `text[from, to)` is all ASCII other than A–Z (most words): it holds no upper-case letter, so it is no
 * name word. Checked on the document text before a token is sliced out of it.
 */
function mayHoldCapital(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90)) return true;
  }
  return false;
}

/**
 * One sense per collection: a name found in one article is also a name where another article of
 * the same collection writes it and the tagger missed it ("Colts" found in three articles, missed
 * in a fourth). The per-document consistency refiner does this inside one document; this does it
 * across documents, with the same guards: the repetition is token-aligned, in one sentence, not
 * glued to a longer capitalised name, not inside an existing mention; a one-word name is spread
 * only when found at a quarter or more of its capitalised occurrences in the collection. The added
 * mentions take the collection's majority type for the form and have source `propagation` and the
 * flag `cross-document`. Linear: forms are looked up by their first word.
 *
 * @param documents - Each document's compact tokens, in input order.
 * @param mentions - Mentions of all documents.
 * @returns The added mentions (none overlap a given mention or each other).
 */
export function propagateNames(documents: readonly CompactTokens[], mentions: readonly Mention[]): Mention[] {
  // Capitalised occurrences of each word in the collection (outside headlines).
  const occurrences = new Map<string, number>();
  for (const d of documents) {
    for (let i = 0; i < d.sentence.length; i++) {
      if (d.flags[i]! & 2 || !mayHoldCapital(d.text, d.offsets[2 * i]!, d.offsets[2 * i + 1]!)) continue;
      const w = d.text.slice(d.offsets[2 * i]!, d.offsets[2 * i + 1]!);
      if (nameWord(w)) occurrences.set(w, (occurrences.get(w) ?? 0) + 1);
    }
  }
  const forms = new Map<string, Form[]>();
  const found = new Map<string, number>();
  for (const m of mentions) {
    if (!EVIDENCE.has(m.source) || m.flags.includes("headline")) continue;
    const words = m.text.split(/\s+/);
    if (!words.every((w, i) => nameWord(w) || (i > 0 && i < words.length - 1 && CONNECTOR.has(w)))) continue;
    if (words.length === 1 && words[0]!.length < 3) continue;
    found.set(m.text, (found.get(m.text) ?? 0) + 1);
    const first = words[0]!;
    let list = forms.get(first);
    if (!list) forms.set(first, (list = []));
    let form = list.find((f) => f.text === m.text);
    if (!form) {
      if (list.length >= MAX_FORMS_PER_FIRST_WORD) continue;
      form = { words, text: m.text, votes: new Map() };
      list.push(form);
    }
    form.votes.set(m.type, (form.votes.get(m.type) ?? 0) + 1);
  }
  for (const [first, list] of forms) {
    const kept = list.filter((f) => f.words.length > 1 || 4 * (found.get(f.text) ?? 0) >= (occurrences.get(f.text) ?? 0));
    if (kept.length) forms.set(first, kept.sort((a, b) => b.words.length - a.words.length));
    else forms.delete(first);
  }
  if (!forms.size) return [];
  const mentionsByDoc = new Map<string, Mention[]>();
  for (const m of mentions) {
    const list = mentionsByDoc.get(m.docId);
    if (list) list.push(m);
    else mentionsByDoc.set(m.docId, [m]);
  }
  const added: Mention[] = [];
  for (const d of documents) {
    const { offsets, text, sentence, flags } = d;
    const n = sentence.length;
    let covered: Uint8Array | null = null;
    const word = (i: number): string => text.slice(offsets[2 * i]!, offsets[2 * i + 1]!);
    for (let i = 0; i < n; i++) {
      // Every form starts with a name word: a token without a capital is not looked up.
      if (!mayHoldCapital(text, offsets[2 * i]!, offsets[2 * i + 1]!)) continue;
      const list = forms.get(word(i));
      if (!list) continue;
      if (!covered) {
        covered = new Uint8Array(text.length + 1);
        for (const m of mentionsByDoc.get(d.docId) ?? []) covered.fill(1, m.start, m.end);
      }
      const start = offsets[2 * i]!;
      if (covered[start]) continue;
      // Not the tail of a longer capitalised name ("Bettie Page" → "Page").
      if (i > 0 && sentence[i - 1] === sentence[i] && offsets[2 * i - 1]! + 1 === start && nameWord(word(i - 1)) && !(flags[i]! & 1)) continue;
      for (const f of list) {
        const last = i + f.words.length - 1;
        if (last >= n) continue;
        let ok = true;
        for (let k = 1; k < f.words.length && ok; k++) ok = word(i + k) === f.words[k] && sentence[i + k] === sentence[i];
        if (!ok) continue;
        const end = offsets[2 * last + 1]!;
        if (last + 1 < n && sentence[last + 1] === sentence[i] && offsets[2 * last + 2]! === end + 1 && nameWord(word(last + 1))) continue;
        let free = true;
        for (let x = start; x < end && free; x++) if (covered[x]) free = false;
        if (!free) continue;
        covered.fill(1, start, end);
        let type: EntityType = "ORG";
        let best = -1;
        for (const [t, v] of f.votes) if (v > best) [type, best] = [t, v];
        added.push({ docId: d.docId, start, end, text: text.slice(start, end), type, confidence: 0.5, source: "propagation", flags: flags[i]! & 2 ? ["cross-document", "headline"] : ["cross-document"] });
        i = last;
        break;
      }
    }
  }
  return added;
}
