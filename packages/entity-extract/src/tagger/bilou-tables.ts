import { allowedTransition, LABEL_COUNT } from "./labels.js";

/** `ALLOWED[from * LABEL_COUNT + to]`: 1 when BILOU allows `to` after `from`. */
export const ALLOWED = (() => {
  const L = LABEL_COUNT;
  const a = new Uint8Array(L * L);
  for (let p = 0; p < L; p++) for (let l = 0; l < L; l++) a[p * L + l] = allowedTransition(p, l) ? 1 : 0;
  return a;
})();

/** 1 for the labels BILOU allows at a sentence start. */
export const START_ALLOWED = (() => {
  const a = new Uint8Array(LABEL_COUNT);
  for (let l = 0; l < LABEL_COUNT; l++) a[l] = allowedTransition(-1, l) ? 1 : 0;
  return a;
})();

/** For each label, the labels allowed before it under BILOU. */
export const PREDECESSORS: Uint8Array[] = (() => {
  const L = LABEL_COUNT;
  const out: Uint8Array[] = [];
  for (let l = 0; l < L; l++) {
    const preds: number[] = [];
    for (let p = 0; p < L; p++) if (allowedTransition(p, l)) preds.push(p);
    out.push(Uint8Array.from(preds));
  }
  return out;
})();
