import { padEntries, roleKey, roleKeyCount } from "./feature-templates.js";
import { LABEL_COUNT } from "./labels.js";
import { presenceBits } from "./presence-bits.js";
import type { TaggerModel } from "./tagger-model.js";
import { addKey, scoreKeys } from "./weight-table.js";
import { gazetteerKey } from "./feature-templates.js";
import { WORD_CACHE_SIZE, type WordEntry } from "./word-entry.js";

/** Floats of one word's five role vectors. */
const WORD_FLOATS = 5 * LABEL_COUNT;

/**
 * The cached score vectors of one model, in one growing `Float32Array` rather than one small array per word:
 * no allocation per new word, and a token's vectors are read from one array (no pointer to follow per word).
 * Words point into it by offset (`WordEntry.vectorsAt`), valid while `WordEntry.vectorsOwner` is this arena.
 */
export interface VectorArena {
  /** Role vectors of the words seen, `5 * LABEL_COUNT` floats each (see {@link vectorsOf}). */
  data: Float32Array;
  /** Floats of `data` in use. */
  used: number;
  /** Offset in `gazetteer` of each bias + gazetteer-code triple's vector, -1 until first seen. */
  gazetteerAt: Int32Array;
  /** Vectors of the bias plus the gazetteer codes of a token and its neighbours, `LABEL_COUNT` floats each. */
  gazetteer: Float32Array;
  /** Floats of `gazetteer` in use. */
  gazetteerUsed: number;
}

const arenas = new WeakMap<TaggerModel, VectorArena>();
/** Most words an arena holds before it starts again (a little above the word cache's size: the cache empties first). */
const ARENA_WORDS = WORD_CACHE_SIZE + 4096;

function newArena(): VectorArena {
  return { data: new Float32Array(4096 * WORD_FLOATS), used: 0, gazetteerAt: new Int32Array(1 << 15).fill(-1), gazetteer: new Float32Array(256 * LABEL_COUNT), gazetteerUsed: 0 };
}

/**
 * The vector arena of a model, started again when it could not take `words` more words without passing
 * its bound (call it before the words of a sentence are looked up, so that no offset of the sentence goes stale).
 *
 * @param model - A decoded model.
 * @param words - Words about to be looked up.
 * @returns The arena.
 */
export function vectorArena(model: TaggerModel, words: number): VectorArena {
  let arena = arenas.get(model);
  if (!arena || arena.used + (words + 4) * WORD_FLOATS > ARENA_WORDS * WORD_FLOATS) {
    arena = newArena();
    arenas.set(model, arena);
  }
  return arena;
}

/**
 * Offset in `arena.gazetteer` of the score vector of the bias plus the gazetteer codes of a token and its two
 * neighbours, keyed `code << 10 | left << 5 | right` (at most 32 768 triples), computed on first use.
 *
 * @param model - A decoded model.
 * @param arena - The model's arena ({@link vectorArena}).
 * @param triple - The code triple.
 * @returns The offset.
 */
export function gazetteerVectorAt(model: TaggerModel, arena: VectorArena, triple: number): number {
  const at = arena.gazetteerAt[triple]!;
  if (at >= 0) return at;
  const L = LABEL_COUNT;
  if (arena.gazetteerUsed + L > arena.gazetteer.length) {
    const grown = new Float32Array(arena.gazetteer.length * 2);
    grown.set(arena.gazetteer);
    arena.gazetteer = grown;
  }
  const offset = arena.gazetteerUsed;
  arena.gazetteerUsed += L;
  scoreKeys(model, [gazetteerKey(0, 0), gazetteerKey(1, triple >> 10), gazetteerKey(2, (triple >> 5) & 31), gazetteerKey(3, triple & 31)], arena.gazetteer, offset);
  arena.gazetteerAt[triple] = offset;
  return offset;
}

/**
 * The summed weights of a word's feature keys in each of its five roles (itself, left 1, left 2,
 * right 1, right 2), `5 * LABEL_COUNT` floats from the returned offset of `arena.data`, cached per model.
 * `arena.data` may be replaced by a larger array when a word is added: read it after the look-ups.
 *
 * @param model - A decoded model.
 * @param arena - The model's arena ({@link vectorArena}).
 * @param e - The word's entry.
 * @returns The offset of the five score vectors, one after the other.
 */
export function vectorsOf(model: TaggerModel, arena: VectorArena, e: WordEntry): number {
  if (e.vectorsOwner === arena) return e.vectorsAt;
  // First sight of this word with this model: the summed weights of its keys in each of the five
  // roles (the keys of `roleKeys`, in the same order, so every sum is the same float). Keys the
  // presence bit set rules out are skipped without probing the large table.
  const L = LABEL_COUNT;
  if (arena.used + WORD_FLOATS > arena.data.length) {
    const grown = new Float32Array(Math.max(arena.used + WORD_FLOATS, Math.min(arena.data.length * 2, ARENA_WORDS * WORD_FLOATS)));
    grown.set(arena.data);
    arena.data = grown;
  }
  const at = arena.used;
  arena.used += WORD_FLOATS;
  const v = arena.data;
  const present = presenceBits(model);
  const hasClusters = model.clusters !== undefined;
  const keys = e.keys;
  for (let k = 0; k < keys.length; k++) addKey(model, present, keys[k]!, v, at);
  for (let role = 1; role < 5; role++) {
    const count = roleKeyCount(e, role, hasClusters);
    for (let k = 0; k < count; k++) addKey(model, present, roleKey(e, role, k), v, at + role * L);
  }
  e.vectorsAt = at;
  e.vectorsOwner = arena;
  return at;
}

const padCache = new WeakMap<TaggerModel, WordEntry[]>();

/**
 * The padding entries of a model (positions -2, -1, n, n+1), cached per model.
 *
 * @param model - A decoded model.
 * @returns Four pseudo-entries (see `padEntries`).
 */
export function padsOf(model: TaggerModel): WordEntry[] {
  let pads = padCache.get(model);
  if (!pads) {
    pads = padEntries();
    padCache.set(model, pads);
  }
  return pads;
}
