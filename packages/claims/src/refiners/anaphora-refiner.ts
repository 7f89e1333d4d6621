import type { Refiner } from "@newsparse/corpus-loader";
import type { ClaimContext } from "../pipeline.js";
import type { Claim, Speaker } from "../schema.js";
import { isPlural, PRONOUNS } from "../speaker.js";
import { couldBePerson, genderOf, type Gender } from "../speaker-gender.js";
import { ORDINALS, HEAD_SYNONYMS } from "../lexicon/anaphora-words.js";
import { latestPerson, personMentions, speakerOfMention } from "./pronoun-antecedent.js";


const WHITESPACE = /\s+/;
const POSSESSIVE_END = /[’']s$/;
const CAPITAL_START = /^[A-Z]/;

/** Role, institution and document heads (and `spokesperson`): membership in any of the lexicon's sets, without their union. */
interface Heads {
  has(word: string): boolean;
}

function headOf(text: string): string {
  const words = text.toLowerCase().split(WHITESPACE).filter(Boolean);
  const h = (words[words.length - 1] ?? "").replace(POSSESSIVE_END, "");
  return HEAD_SYNONYMS[h] ?? h;
}

interface Intro {
  root: Speaker;
  head: string;
  plural: boolean;
}

/** The gender of a root: learned from an earlier `he` / `she` that resolved to it, else from its words. */
function rootGender(root: Speaker, learned: ReadonlyMap<string, Gender>): Gender | undefined {
  return learned.get(root.text.toLowerCase()) ?? genderOf(root.phrase?.text ?? root.text) ?? genderOf(root.text);
}

/** `the official`, `the second official`, `The government`: "the" + lower-case words ending in a role, institution or document head. */
function isDefiniteAnaphor(text: string, heads: Heads): boolean {
  const words = text.split(WHITESPACE).filter(Boolean);
  if (words.length < 2 || words.length > 4) return false;
  if (words[0]!.toLowerCase() !== "the") return false;
  if (words.slice(1).some((w) => CAPITAL_START.test(w))) return false;
  return heads.has(headOf(text)) || heads.has(words[words.length - 1]!.toLowerCase());
}

function rootOf(s: Speaker): Speaker {
  const r: Speaker = { text: s.text, anonymous: s.anonymous };
  if (s.kind) r.kind = s.kind;
  if (s.start !== undefined) r.start = s.start;
  if (s.end !== undefined) r.end = s.end;
  if (s.entityId) r.entityId = s.entityId;
  if (s.description) r.description = s.description;
  if (s.phrase) r.phrase = s.phrase;
  return r;
}

/** Phase 1 for a pronoun: the latest of the last eight speakers it can refer to (`he`/`she` a person of that gender, `they` a plural or an institution, `it` an institution or a document). */
function resolvePronoun(lower: string, intros: readonly Intro[], learned: Map<string, Gender>): Speaker | null {
  if (lower === "he" || lower === "she") {
    // a person of the pronoun's gender (or of unknown gender), never an organisation, a place or a plural
    const want: Gender = lower === "he" ? "male" : "female";
    for (let i = intros.length - 1; i >= 0 && i >= intros.length - 8; i--) {
      const x = intros[i]!;
      if (x.plural || !(x.root.kind === "person" || x.root.kind === "anonymous" || x.root.kind === "unknown")) continue;
      if (!couldBePerson(x.root.text)) continue;
      const g = rootGender(x.root, learned);
      if (g && g !== want) continue;
      learned.set(x.root.text.toLowerCase(), want);
      return x.root;
    }
  } else if (lower === "they") {
    for (let i = intros.length - 1; i >= 0 && i >= intros.length - 8; i--) {
      const x = intros[i]!;
      if (x.plural || x.root.kind === "institution") {
        return x.root;
      }
    }
  } else if (lower === "it") {
    for (let i = intros.length - 1; i >= 0 && i >= intros.length - 8; i--) {
      const x = intros[i]!;
      if (x.root.kind === "institution" || x.root.kind === "document") {
        return x.root;
      }
    }
  }
  return null;
}

/**
 * Resolve pronoun speakers (`He said`) and definite role descriptions
 * (`the official said`, `the second official`) to the earlier speaker they
 * point to, in document order. The resolved speaker's `text`/`start`/`end`
 * are the antecedent's; `mention` keeps what is written at the cue.
 */
export const anaphoraRefiner: Refiner<ClaimContext, Claim> = {
  name: "resolve-anaphora",
  refine(context, claims) {
    const { anonymousHeads, institutionHeads, documentHeads } = context.sets;
    const heads: Heads = { has: (w) => w === "spokesperson" || anonymousHeads.has(w) || institutionHeads.has(w) || documentHeads.has(w) };
    // every distinct speaker mention, in text order
    const mentions = new Map<number, Speaker[]>();
    for (const c of claims) {
      if (!c.speaker || c.speaker.start === undefined) continue;
      const list = mentions.get(c.speaker.start) ?? [];
      list.push(c.speaker);
      mentions.set(c.speaker.start, list);
    }
    const order = [...mentions.keys()].sort((a, b) => a - b);
    const intros: Intro[] = [];
    const learned = new Map<string, Gender>();
    // Indexes over `intros`, so that each anaphor costs O(candidates), not O(all earlier speakers):
    // the distinct roots of each head (first appearance order), and the latest intro of each root.
    const rootsByKey = new Map<string, { roots: Intro[]; starts: Set<number | undefined> }>();
    // person mentions from the entities given (none without them), and where each root was last written
    const persons = context.entities.length > 0 && claims.length > 0 ? personMentions(claims[0]!.docId, context.entities, claims) : [];
    const lastMention = new Map<number | undefined, number>();
    const lastIntro = new Map<number | undefined, number>();
    for (const start of order) {
      const group = mentions.get(start)!;
      const s = group[0]!;
      const lower = s.text.toLowerCase();
      let resolved: Speaker | null = null;
      if (PRONOUNS.has(lower)) {
        resolved = resolvePronoun(lower, intros, learned);
        // "Michael Flynn spoke at length. … “…,” he said.": a person named since the candidate spoke (of the pronoun's
        // gender), or any person when no earlier speaker fits, from the entities given to the extractor
        if ((lower === "he" || lower === "she") && persons.length > 0) {
          const want = lower === "he" ? "male" : "female";
          const since = resolved ? (lastMention.get(resolved.start) ?? -1) : -1;
          const m = latestPerson(persons, start, since, want, resolved !== null);
          // another mention of the same person keeps the candidate
          if (m && !(resolved && headOf(m.text) === headOf(resolved.text))) resolved = speakerOfMention(m);
        }
      } else if (isDefiniteAnaphor(s.text, heads)) {
        const head = headOf(s.text);
        const plural = isPlural(s.text);
        const words = lower.split(WHITESPACE).slice(1, -1);
        const ordinal = words.find((w) => w in ORDINALS);
        const modifiers = words.filter((w) => !(w in ORDINALS));
        // distinct roots with the same head, in order of first appearance
        const cands: readonly Intro[] = rootsByKey.get(`${head}\u0000${plural}`)?.roots ?? [];
        let pick: Intro | undefined;
        if (ordinal) {
          const withWord = cands.filter((x) => x.root.text.toLowerCase().split(WHITESPACE).includes(ordinal));
          const n = ORDINALS[ordinal]!;
          pick = withWord[withWord.length - 1] ?? (n > 0 ? cands[n - 1] : cands[cands.length - 1]);
        } else if (cands.length) {
          const withMods = cands.filter((x) => modifiers.every((m) => x.root.text.toLowerCase().includes(m)));
          const pool = withMods.length ? withMods : cands;
          // most recent mention of one of the pool's roots
          let i = -1;
          for (const p of pool) i = Math.max(i, lastIntro.get(p.root.start) ?? -1);
          if (i >= 0) {
            pick = intros[i];
            // a far-back role noun loses to the person who just spoke ("The spokesperson added" after "Miller said")
            const last = intros[intros.length - 1]!;
            if (intros.length - 1 - i > 2 && last.root.kind === "person" && !last.plural) pick = last;
          }
        }
        if (pick) resolved = pick.root;
      }
      for (const sp of group) {
        if (resolved) {
          const mention = { text: sp.text, start: sp.start!, end: sp.end! };
          const description = sp.description;
          Object.assign(sp, rootOf(resolved));
          if (!resolved.description) delete sp.description;
          if (!resolved.phrase) delete sp.phrase;
          if (description && !resolved.description) sp.description = description;
          sp.mention = mention;
        }
      }
      const root = resolved ?? rootOf(s);
      lastMention.set(root.start, start);
      const intro: Intro = { root, head: headOf(root.text), plural: isPlural(root.text) };
      intros.push(intro);
      lastIntro.set(root.start, intros.length - 1);
      const key = `${intro.head}\u0000${intro.plural}`;
      let byKey = rootsByKey.get(key);
      if (!byKey) rootsByKey.set(key, (byKey = { roots: [], starts: new Set() }));
      if (!byKey.starts.has(root.start)) {
        byKey.starts.add(root.start);
        byKey.roots.push(intro);
      }
    }
    return claims;
  },
};
