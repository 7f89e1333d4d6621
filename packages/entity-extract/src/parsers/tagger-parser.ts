import type { EntityType, Mention } from "../schema.js";
import { FLAG_HEADLINE, FLAG_SENTENCE_START } from "../tagger/feature-templates.js";
import { labelPrefix, labelType, TAGGER_TYPES } from "../tagger/labels.js";
import { getShippedModel } from "../tagger/load-model.js";
import { tagSentence } from "../tagger/tag-sentence.js";
import type { TaggerModel } from "../tagger/tagger-model.js";
import type { ExtractionContext, Parser } from "../pipeline/types.js";

/** Reused per-sentence flag buffer (the tagger reads it before the next sentence). */
let flagBuffer = new Uint8Array(128);

/**
 * The statistical parser: the shipped averaged-perceptron BILOU tagger,
 * decoded with Viterbi, one sentence at a time.
 *
 * @param model - A model to use instead of the shipped one (lazy-loaded on first parse).
 * @returns A parser named `tagger`.
 * @example
 * ```ts
 * import { createEntityExtractor, createTaggerParser } from "@newsparse/entity-extract";
 *
 * const extractor = createEntityExtractor({ parsers: [createTaggerParser()], refiners: [] });
 * ```
 */
export function createTaggerParser(model?: TaggerModel): Parser {
  return {
    name: "tagger",
    parse(context: ExtractionContext): Mention[] {
      const m = model ?? getShippedModel();
      if (!m) return [];
      const { tokens, docId, text: docText } = context;
      const out: Mention[] = [];
      const types = new Int8Array(tokens.length).fill(-2);
      const margins = new Float32Array(tokens.length);
      for (const s of context.sentences) {
        const n = s.end - s.first;
        const words = new Array<string>(n);
        if (flagBuffer.length < n) flagBuffer = new Uint8Array(n * 2);
        const flags = flagBuffer.subarray(0, n);
        for (let i = 0; i < n; i++) {
          const t = tokens[s.first + i]!;
          words[i] = t.text;
          flags[i] = (t.sentenceStart ? FLAG_SENTENCE_START : 0) | (t.headline ? FLAG_HEADLINE : 0);
        }
        const { labels, confidence, margin } = tagSentence(m, words, flags);
        for (let i = 0; i < n; i++) {
          types[s.first + i] = labelType(labels[i]!);
          margins[s.first + i] = margin[i]!;
        }
        let open = -1;
        let conf = 0;
        for (let i = 0; i < n; i++) {
          const l = labels[i]!;
          const p = labelPrefix(l);
          if (p === 0) {
            open = i;
            conf = confidence[i]!;
          } else if (p === 1) conf += confidence[i]!;
          else if (p === 2 || p === 3) {
            const first = p === 3 ? i : open;
            if (first < 0) continue;
            const total = (p === 3 ? 0 : conf) + confidence[i]!;
            const a = tokens[s.first + first]!;
            const b = tokens[s.first + i]!;
            out.push({
              docId,
              start: a.start,
              end: b.end,
              text: docText.slice(a.start, b.end),
              type: TAGGER_TYPES[labelType(l)] as EntityType,
              confidence: Math.round((total / (i - first + 1)) * 1000) / 1000,
              source: "tagger",
              flags: a.headline ? ["headline"] : [],
            });
            open = -1;
          }
        }
      }
      const sentences = context.sentences;
      const marginAt = (k: number): number => {
        const v = margins[k]!;
        if (!Number.isNaN(v)) return v;
        // Tag the token's sentence again with every margin: the same labels, now with O margins.
        const token = tokens[k];
        const range = token ? sentences[token.sentence] : undefined;
        if (!range) return 0;
        const n = range.end - range.first;
        const words = new Array<string>(n);
        const f = new Uint8Array(n);
        for (let i = 0; i < n; i++) {
          const t = tokens[range.first + i]!;
          words[i] = t.text;
          f[i] = (t.sentenceStart ? FLAG_SENTENCE_START : 0) | (t.headline ? FLAG_HEADLINE : 0);
        }
        const again = tagSentence(m, words, f, true).margin;
        for (let i = 0; i < n; i++) margins[range.first + i] = again[i]!;
        return margins[k]!;
      };
      context.tagger = { types, margins, mentions: out.slice(), marginAt };
      return out;
    },
  };
}
