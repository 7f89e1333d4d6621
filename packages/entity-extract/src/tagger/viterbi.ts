import { PREDECESSORS } from "./bilou-tables.js";
import { allowedEnd, allowedTransition, LABEL_COUNT } from "./labels.js";
import { growViterbiBuffers, NEG, viterbiBuffers } from "./viterbi-buffers.js";

/**
 * First-order Viterbi over emission scores with hard BILOU constraints.
 *
 * @param scores - `n * L` emission scores.
 * @param n - Number of tokens.
 * @param transitions - `L * L` transition scores.
 * @param start - Start scores.
 * @returns The best label sequence.
 */
export function viterbi(scores: Float32Array, n: number, transitions: Float32Array, start: Float32Array): Uint8Array {
  const L = LABEL_COUNT;
  const out = new Uint8Array(n);
  if (n === 0) return out;
  growViterbiBuffers(n * L);
  const delta = viterbiBuffers.delta;
  const back = viterbiBuffers.back;
  for (let l = 0; l < L; l++) delta[l] = allowedTransition(-1, l) ? scores[l]! + start[l]! : NEG;
  for (let i = 1; i < n; i++) {
    for (let l = 0; l < L; l++) {
      let best = NEG;
      let arg = 0;
      const preds = PREDECESSORS[l]!;
      for (let q = 0; q < preds.length; q++) {
        const p = preds[q]!;
        const v = delta[(i - 1) * L + p]! + transitions[p * L + l]!;
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      delta[i * L + l] = best + scores[i * L + l]!;
      back[i * L + l] = arg;
    }
  }
  let best = NEG;
  let arg = 0;
  for (let l = 0; l < L; l++) {
    if (!allowedEnd(l)) continue;
    const v = delta[(n - 1) * L + l]!;
    if (v > best) {
      best = v;
      arg = l;
    }
  }
  out[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * L + out[i]!]!;
  return out;
}
