import type { Mention } from "../schema.js";
import type { ExtractionContext, Refiner } from "../pipeline/types.js";
import { CONNECTORS, isCapitalised } from "./util.js";
import { mentionWith, newMention } from "../pipeline/mention-shape.js";

const ACRONYM = /^[A-Z][A-Z0-9&.-]{1,9}$/;
const MAX_EXPANSION_TOKENS = 12;
// Bounds the work per document on hostile input.
const MAX_ACRONYMS = 64;

function initialsMatch(acronym: string, words: string[]): boolean {
  const letters = acronym.replace(/[^A-Z]/g, "");
  const initials = words.filter((w) => isCapitalised(w)).map((w) => w.charAt(0).toUpperCase()).join("");
  if (letters === initials) return true;
  // Loose, for translated names (CNSP = Conseil national pour la sauvegarde de la patrie):
  // at least half the initials (and two) occur among the acronym's letters.
  let shared = 0;
  for (const c of initials) if (letters.includes(c)) shared++;
  return shared >= 2 && shared * 2 >= initials.length;
}

/**
 * The start of the shortest tail of tokens `[s, e]` (starting on a capitalised word, at least two tokens) whose
 * capitalised words' initials are exactly the acronym's letters, or -1.
 */
function exactTail(acronym: string, tokens: readonly { text: string }[], s: number, e: number): number {
  const letters = acronym.replace(/[^A-Z]/g, "");
  let initials = "";
  for (let k = e; k >= s; k--) {
    const w = tokens[k]!.text;
    if (!isCapitalised(w)) continue;
    initials = w.charAt(0).toUpperCase() + initials;
    if (initials.length > letters.length) return -1;
    if (initials === letters && k < e) return k;
  }
  return -1;
}

/**
 * The first mention containing `[start, end)` (as `mentions.find` would give). A function of its own: an
 * arrow function in the token loop capturing `start` and `end` made V8 allocate a scope for every token.
 */
function firstContaining(mentions: readonly Mention[], start: number, end: number): Mention | undefined {
  for (const m of mentions) if (m.start <= start && m.end >= end) return m;
  return undefined;
}

/**
 * Acronyms with their expansions: "National Committee for Safeguarding the
 * Homeland (CNSP)" yields an ORG expansion and an ORG acronym mention with
 * `refersTo` the expansion; every later "CNSP" in the document becomes an
 * ORG mention flagged `acronym` referring to the same expansion.
 *
 * @returns A refiner named `acronym`.
 * @example
 * ```ts
 * import { extractEntities } from "@newsparse/entity-extract";
 *
 * extractEntities("The National Committee for Safeguarding the Homeland (CNSP) met. The CNSP said no.").entities.length; // 1
 * ```
 */
export function createAcronymRefiner(): Refiner {
  return {
    name: "acronym",
    refine(context: ExtractionContext, mentions: Mention[]): Mention[] {
      const { tokens, docId, text: docText } = context;
      const expansions = new Map<string, { text: string; type: Mention["type"] }>();
      const added: Mention[] = [];
      // Start and end offsets, flat (a list of numbers keeps one element kind; see `packed` in create-entity-extractor.ts).
      const removeOverlapping: number[] = [];
      for (let i = 2; i + 1 < tokens.length && expansions.size < MAX_ACRONYMS; i++) {
        const acr = tokens[i]!;
        if (tokens[i - 1]!.text !== "(" || tokens[i + 1]!.text !== ")" || !ACRONYM.test(acr.text)) continue;
        // Expansion: capitalised words and connectors right before "(".
        let k = i - 2;
        while (k >= 0 && i - 2 - k < MAX_EXPANSION_TOKENS && tokens[k]!.sentence === acr.sentence && (isCapitalised(tokens[k]!.text) || CONNECTORS.has(tokens[k]!.lower)) && tokens[k]!.text !== "(") k--;
        let s = k + 1;
        while (s < i - 1 && CONNECTORS.has(tokens[s]!.lower)) s++;
        const e = i - 2;
        if (s > e || e - s < 1) continue;
        // The shortest tail of the run whose capitalised initials spell the acronym exactly is the expansion
        // ("Liberal Party of Canada Member of Parliament (MP)" → "Member of Parliament"); else the whole run, loosely.
        const exactFrom = exactTail(acr.text, tokens, s, e);
        if (exactFrom >= 0) s = exactFrom;
        const words = tokens.slice(s, e + 1).map((t) => t.text);
        if (exactFrom < 0 && !initialsMatch(acr.text, words)) continue;
        const start = tokens[s]!.start;
        const end = tokens[e]!.end;
        const existing = firstContaining(mentions, start, end);
        if (existing && existing.type === "PERSON") continue;
        const type = existing && existing.type !== "GPE" && existing.type !== "NORP" ? existing.type : "ORG";
        const text = docText.slice(start, end);
        expansions.set(acr.text, { text, type });
        removeOverlapping.push(start, end, acr.start, acr.end);
        added.push({ docId, start, end, text, type, confidence: 0.95, source: "acronym", flags: ["acronym-expansion"] });
        added.push(mentionWith(newMention(docId, acr.start, acr.end, acr.text, type, 0.95, "acronym", ["acronym"]), { refersTo: text }));
      }
      if (!expansions.size) return mentions;
      const covered = new Uint8Array(docText.length + 1);
      for (let k = 0; k + 1 < removeOverlapping.length; k += 2) covered.fill(1, removeOverlapping[k]!, removeOverlapping[k + 1]!);
      for (const t of tokens) {
        const exp = expansions.get(t.text);
        if (!exp || covered[t.start]) continue;
        covered.fill(1, t.start, t.end);
        added.push(mentionWith(newMention(docId, t.start, t.end, t.text, exp.type, 0.9, "acronym", ["acronym"]), { refersTo: exp.text }));
      }
      const overlaps = (m: Mention): boolean => {
        for (let x = m.start; x < m.end; x++) if (covered[x]) return true;
        return false;
      };
      const kept = mentions.filter((m) => !overlaps(m));
      return [...kept, ...added].sort((a, b) => a.start - b.start || a.end - b.end);
    },
  };
}
