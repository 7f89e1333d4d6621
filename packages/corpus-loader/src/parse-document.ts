import { firstSpanEndingAfter } from "./text/span-search.js";
import type { BoilerplateRule, BoilerplateUnit } from "./boilerplate/boilerplate-rule.js";
import { defaultBoilerplateRules } from "./boilerplate/default-rules.js";
import { ExclusionSet, applyRules, subtractExcluded } from "./boilerplate/mark-boilerplate.js";
import { createExcludedIndex, type ExcludedIndex } from "./excluded-index.js";
import type { Document, DuplicateInfo, ExcludedRange, Message, Span } from "./schema/index.js";
import { isCloserCode, isLineBreakCode, isOpenerCode, isTerminalCode, isUpperCode, isDigitCode } from "./text/character-classes.js";
import { splitParagraphs, type ParagraphMode } from "./segment/paragraphs.js";
import {
  createSentenceSplitter,
  type SentenceSplitter,
  type SentenceSplitterOptions,
} from "./segment/sentence-splitter.js";
import { createMessage } from "./pipeline/create-message.js";

/**
 * Configuration of a {@link DocumentParser}: boilerplate rules, splitter and
 * paragraph mode. {@link createDefaultConfiguration} gives a fresh one.
 */
export interface DocumentParserConfiguration {
  /** Boilerplate rules, in order; default {@link defaultBoilerplateRules}. */
  rules?: readonly BoilerplateRule[];
  /** Rules appended after `rules` (user extensions). */
  extraRules?: readonly BoilerplateRule[];
  /** Ids of rules to switch off, e.g. `["dateline"]`. */
  disableRules?: readonly string[];
  /** Sentence splitter, or options to create one. */
  sentences?: SentenceSplitter | SentenceSplitterOptions;
  /** How paragraphs are delimited; default `"auto"`. */
  paragraphMode?: ParagraphMode;
  /** Detect a headline at the top when no title is given; default `true`. */
  detectTitle?: boolean;
}

/**
 * @deprecated Renamed {@link DocumentParserConfiguration} (the same name pattern in every package); this alias goes in the next minor release.
 */
export type DocumentParserConfig = DocumentParserConfiguration;

/**
 * The default configuration of a {@link DocumentParser}: the default
 * boilerplate rules in their order, the default sentence splitter, automatic
 * paragraph mode and title detection. Every newsparse package has a
 * `createDefaultConfiguration()`; this is corpus-loader's.
 *
 * @returns A fresh configuration you may change.
 * @example
 * ```ts
 * import { createDefaultConfiguration, createDocumentParser } from "@newsparse/corpus-loader";
 *
 * const configuration = createDefaultConfiguration();
 * configuration.rules = configuration.rules!.filter((rule) => rule.id !== "dateline");
 * const parser = createDocumentParser(configuration);
 * ```
 */
export function createDefaultConfiguration(): DocumentParserConfiguration {
  return { rules: [...defaultBoilerplateRules], paragraphMode: "auto", detectTitle: true };
}

/** Options of {@link parseDocument}: metadata of the document, plus optional parser configuration. */
export interface ParseDocumentOptions extends DocumentParserConfiguration {
  /** Document id; defaults to `"doc"`. */
  id?: string;
  /** Sequence number (ordering), or null. */
  seq?: number | null;
  /** File name or record locator. */
  source?: string | null;
  /** Known title; when absent one is detected at the top of the text. */
  title?: string | null;
  /** Publication date (ISO). */
  publishedAt?: string | null;
  /** Outlet name. */
  outlet?: string | null;
  /** Article URL. */
  url?: string | null;
  /** Known authors; when absent, names from excluded bylines are used. */
  authors?: string[];
  /** Format the text came from. */
  format?: Document["format"];
  /** Encoding the text was decoded from. */
  encoding?: string;
  /** Duplicate flag. */
  duplicateOf?: DuplicateInfo | null;
  /** Further metadata. */
  meta?: Record<string, unknown>;
  /** Messages produced before parsing (e.g. decoding warnings), kept on the document. */
  messages?: Message[];
}

/** A configured document parser (see {@link createDocumentParser}). */
export interface DocumentParser {
  /** The configuration it runs (a copy; change it through {@link DocumentParser.extend}). */
  readonly configuration: DocumentParserConfiguration;
  /**
   * A new parser with this one's rules plus `extra.rules` appended, and
   * `extra`'s other fields over this one's (the same `extend` as in every
   * newsparse package).
   *
   * @param extra - Rules to append and options to override.
   * @returns The extended parser.
   */
  extend(extra: DocumentParserConfiguration): DocumentParser;
  /**
   * Parse one article text into a {@link Document}.
   *
   * @param text - The original text; it is never changed.
   * @param options - Id and metadata.
   * @returns A schema-valid Document.
   */
  parse(text: string, options?: ParseDocumentOptions): Document;
}

const CONFIG_KEYS = ["rules", "extraRules", "disableRules", "sentences", "paragraphMode", "detectTitle"] as const;

/**
 * Create a document parser with its own boilerplate rules and sentence
 * splitter (chrono-style: the rules are data you can filter and extend).
 *
 * @param config - Rules, splitter and paragraph mode.
 * @returns A {@link DocumentParser}.
 * @example
 * ```ts
 * const parser = createDocumentParser({
 *   disableRules: ["dateline"],
 *   extraRules: [{ id: "promo", reason: "promotion", scope: "paragraph", test: (u) => u.text.startsWith("PROMO") }],
 * });
 * const doc = parser.parse("Headline\n\nPROMO buy now\n\nBody text.", { id: "a" });
 * ```
 */
export function createDocumentParser(config: DocumentParserConfiguration = {}): DocumentParser {
  const configuration: DocumentParserConfiguration = { ...config, rules: [...(config.rules ?? defaultBoilerplateRules)] };
  const disabled = new Set(config.disableRules ?? []);
  const rules = [...(config.rules ?? defaultBoilerplateRules), ...(config.extraRules ?? [])].filter(
    (r) => r.enabled !== false && !disabled.has(r.id),
  );
  const paragraphRules = rules.filter((r) => r.scope === "paragraph");
  const sentenceRules = rules.filter((r) => r.scope === "sentence");
  const splitter: SentenceSplitter =
    config.sentences && "split" in config.sentences ? config.sentences : createSentenceSplitter(config.sentences ?? {});
  const mode = config.paragraphMode ?? "auto";
  const detect = config.detectTitle ?? true;

  return {
    configuration,
    extend(extra) {
      return createDocumentParser({ ...configuration, ...extra, rules: [...configuration.rules!, ...(extra.rules ?? [])] });
    },
    parse(text: string, options: ParseDocumentOptions = {}): Document {
      const id = options.id && options.id.length > 0 ? options.id : "doc";
      const messages: Message[] = [...(options.messages ?? [])];
      const paragraphs = splitParagraphs(text, mode);
      const state = new Map<string, unknown>();
      const set = new ExclusionSet();
      const paragraphExcluded: boolean[] = [];
      // One unit object per document, moved from span to span (rules must not keep a reference to it).
      const shared = new Unit("paragraph", text, 0, 0, 0, paragraphs.length, state);
      const unit = (kind: BoilerplateUnit["kind"], span: Span, index: number): BoilerplateUnit => shared.moveTo(kind, span.start, span.end, index);
      for (let i = 0; i < paragraphs.length; i++) {
        paragraphExcluded.push(paragraphRules.length > 0 && applyRules(paragraphRules, unit("paragraph", paragraphs[i]!, i), set));
      }

      let title = options.title ?? null;
      let titleSpan: Span | null = null;
      if (title !== null) titleSpan = findGivenTitle(text, paragraphs, title);
      else if (detect) {
        titleSpan = detectTitle(text, paragraphs, paragraphExcluded);
        if (titleSpan) title = text.slice(titleSpan.start, titleSpan.end);
      }

      const sentences: Span[] = [];
      const quotes = quotePositions(text);
      let quoteIndex = 0;
      for (let i = 0; i < paragraphs.length; i++) {
        if (paragraphExcluded[i]) continue;
        const p = paragraphs[i]!;
        const raw = splitter.split(text, p.start, p.end);
        const kept: Span[] = [];
        if (sentenceRules.length === 0) for (const s of raw) kept.push(s);
        else for (const s of raw) if (!applyRules(sentenceRules, unit("sentence", s, i), set)) kept.push(s);
        const ranges = overlapping(set.ranges, p);
        const inside = ranges.length > 0 ? createExcludedIndex(ranges) : null;
        for (const s of kept) {
          if (!inside) sentences.push(s);
          else for (const piece of subtractExcluded(text, s, inside)) sentences.push(piece);
        }
        quoteIndex = checkQuotes(text, p, inside, quotes, quoteIndex, id, messages);
      }

      const harvested = set.meta;
      const doc: Document = {
        id,
        seq: options.seq ?? null,
        source: options.source ?? null,
        title,
        titleSpan,
        publishedAt: options.publishedAt ?? null,
        outlet: options.outlet ?? null,
        url: options.url ?? null,
        authors: options.authors && options.authors.length > 0 ? options.authors : harvested.authors,
        text,
        excluded: set.sorted(),
        paragraphs,
        sentences,
        meta: options.meta ?? {},
        messages,
      };
      if (harvested.contributors.length > 0) doc.contributors = harvested.contributors;
      if (harvested.dateline) doc.dateline = harvested.dateline;
      if (options.format) doc.format = options.format;
      if (options.encoding) doc.encoding = options.encoding;
      if (options.duplicateOf) doc.duplicateOf = options.duplicateOf;
      return doc;
    },
  };
}

/** A paragraph or sentence handed to boilerplate rules; `text` is sliced on first use. */
class Unit implements BoilerplateUnit {
  #text: string | undefined;
  constructor(
    public kind: BoilerplateUnit["kind"],
    readonly docText: string,
    public start: number,
    public end: number,
    public paragraphIndex: number,
    readonly paragraphCount: number,
    readonly state: Map<string, unknown>,
  ) {}
  moveTo(kind: BoilerplateUnit["kind"], start: number, end: number, paragraphIndex: number): this {
    this.kind = kind;
    this.start = start;
    this.end = end;
    this.paragraphIndex = paragraphIndex;
    this.#text = undefined;
    return this;
  }
  get text(): string {
    this.#text ??= this.docText.slice(this.start, this.end);
    return this.#text;
  }
}

/** Excluded ranges (sorted, non-overlapping) that overlap `span`. */
function overlapping(ranges: readonly ExcludedRange[], span: Span): ExcludedRange[] {
  const out: ExcludedRange[] = [];
  for (let k = firstSpanEndingAfter(ranges, span.start); k < ranges.length && ranges[k]!.start < span.end; k++) out.push(ranges[k]!);
  return out;
}

/**
 * A headline: the first kept paragraph, one line, short, starting with a
 * capital, digit or quote, not ending in sentence punctuation, with more text
 * after it.
 */
function detectTitle(text: string, paragraphs: readonly Span[], excluded: readonly boolean[]): Span | null {
  for (let i = 0; i < Math.min(2, paragraphs.length - 1); i++) {
    if (excluded[i]) continue;
    const p = paragraphs[i]!;
    const len = p.end - p.start;
    if (len < 3 || len > 200) return null;
    let words = 1;
    for (let k = p.start; k < p.end; k++) {
      const c = text.charCodeAt(k);
      if (isLineBreakCode(c)) return null;
      if (c === 32) words++;
    }
    if (words > 30) return null;
    const first = text.charCodeAt(p.start);
    if (!isUpperCode(first) && !isDigitCode(first) && !isOpenerCode(first)) return null;
    let k = p.end - 1;
    while (k > p.start && isCloserCode(text.charCodeAt(k))) k--;
    const last = text.charCodeAt(k);
    if (isTerminalCode(last) || last === 44 || last === 59 || last === 58) return null;
    // Must have content after it that is not excluded.
    for (let j = i + 1; j < paragraphs.length; j++) if (!excluded[j]) return p;
    return null;
  }
  return null;
}

function findGivenTitle(text: string, paragraphs: readonly Span[], title: string): Span | null {
  const want = title.trim().replace(/\s+/g, " ").toLowerCase();
  if (!want) return null;
  for (const p of paragraphs.slice(0, 3)) {
    if (text.slice(p.start, p.end).replace(/\s+/g, " ").toLowerCase() === want) return { ...p };
  }
  return null;
}

/** Report an opening quotation mark with no closing one in the same paragraph (info only). */
/** Positions of quotation marks (`“`, `”`, `"`), ascending. */
function quotePositions(text: string): number[] {
  // Three native single-character scans merged in order (faster than a character-class regex).
  const out: number[] = [];
  let a = text.indexOf('"');
  let b = text.indexOf("\u201c");
  let c = text.indexOf("\u201d");
  const n = text.length;
  for (;;) {
    const x = a < 0 ? n : a;
    const y = b < 0 ? n : b;
    const z = c < 0 ? n : c;
    if (x === n && y === n && z === n) return out;
    if (x <= y && x <= z) {
      out.push(x);
      a = text.indexOf('"', x + 1);
    } else if (y <= z) {
      out.push(y);
      b = text.indexOf("\u201c", y + 1);
    } else {
      out.push(z);
      c = text.indexOf("\u201d", z + 1);
    }
  }
}

/**
 * Report an opening quotation mark with no closing one in the same paragraph
 * (info only). `quotes` are all quote positions; `from` is the first index
 * into it that may fall in the paragraph. Returns the index after the paragraph.
 */
function checkQuotes(
  text: string,
  p: Span,
  excluded: ExcludedIndex | null,
  quotes: readonly number[],
  from: number,
  docId: string,
  messages: Message[],
): number {
  let q = from;
  while (q < quotes.length && quotes[q]! < p.start) q++;
  let open = -1;
  let depth = 0;
  let straight = 0;
  let lastStraight = -1;
  for (; q < quotes.length && quotes[q]! < p.end; q++) {
    const k = quotes[q]!;
    if (excluded?.contains(k)) continue;
    const c = text.charCodeAt(k);
    if (c === 0x201c) {
      if (depth === 0) open = k;
      depth++;
    } else if (c === 0x201d) {
      if (depth > 0) depth--;
    } else {
      straight++;
      lastStraight = k;
    }
  }
  const at = depth > 0 ? open : straight % 2 === 1 ? lastStraight : -1;
  if (at >= 0) {
    messages.push(createMessage("Quotation opened here is not closed before the end of the paragraph; sentences were split normally.", {
      severity: "info",
      ruleId: "unterminated-quote",
      source: "corpus-loader",
      docId,
      start: at,
      end: at + 1,
    }));
  }
  return q;
}

const defaultParser = createDocumentParser();

/**
 * Parse one article text into a {@link Document}: paragraphs, sentences,
 * title and excluded boilerplate, without changing the text. Runs in browsers.
 *
 * @param text - The original article text.
 * @param options - Id and metadata; parser configuration fields (`rules`, `disableRules`, …) build a one-off parser.
 * @returns A schema-valid Document.
 * @example
 * ```ts
 * const doc = parseDocument("Headline\n\nFirst paragraph. Second sentence.", { id: "a1" });
 * doc.title; // "Headline"
 * doc.sentences.map((s) => doc.text.slice(s.start, s.end));
 * ```
 */
export function parseDocument(text: string, options: ParseDocumentOptions = {}): Document {
  const custom = CONFIG_KEYS.some((k) => options[k] !== undefined);
  return (custom ? createDocumentParser(options) : defaultParser).parse(text, options);
}
