import type { Message } from "../schema/message.js";

/**
 * What every parser and refiner of a newsparse package sees: the document
 * being processed and the list its diagnostics go to. Each package extends it
 * with what its stages need (tokens, sentences, a reference date …).
 */
export interface PipelineContext {
  /** The document's id; every item a stage returns carries it as `docId`. */
  readonly docId: string;
  /** The document's text; every item's `start`/`end` index into it. */
  readonly text: string;
  /** Diagnostics about this document; stages push onto it (see {@link createMessage}). */
  readonly messages: Message[];
}

/**
 * A parser proposes items (mentions, claims, temporal expressions) for one
 * document, in the style of chrono-node's parsers. Parsers run in the order
 * of the configuration; their items are pooled before the refiners run.
 *
 * A parser that throws, or returns an item whose span does not slice back to
 * its text, does not stop the run: {@link runPipeline} turns the error or the
 * bad span into a message and goes on.
 *
 * @typeParam Context - The package's context (extends {@link PipelineContext}).
 * @typeParam Item - What the package's stages produce.
 * @example
 * ```ts
 * import type { Parser, PipelineContext } from "@newsparse/corpus-loader";
 *
 * const hashtags: Parser<PipelineContext, { start: number; end: number; text: string }> = {
 *   name: "hashtags",
 *   parse: ({ text }) => [...text.matchAll(/#\w+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] })),
 * };
 * ```
 */
export interface Parser<Context extends PipelineContext, Item> {
  /** Kebab-case name, recorded in the items it makes and in messages about it. */
  readonly name: string;
  /**
   * Propose items for the document.
   *
   * @param context - The document and its package-specific views.
   * @returns Items, in any order; they may overlap.
   */
  parse(context: Context): Item[];
}

/**
 * A refiner filters, merges, rewrites or annotates the pooled items of one
 * document, in the style of chrono-node's refiners: `refine(context, items)`.
 * Refiners run one after the other in the order of the configuration, each
 * on the previous one's result.
 *
 * @typeParam Context - The package's context (extends {@link PipelineContext}).
 * @typeParam Item - What the package's stages produce.
 */
export interface Refiner<Context extends PipelineContext, Item> {
  /** Kebab-case name, recorded in the items it changes and in messages about it. */
  readonly name: string;
  /**
   * Refine the items.
   *
   * @param context - The document and its package-specific views.
   * @param items - The current items (each package documents their order; entity-extract sorts them by `start`).
   * @returns The new list.
   */
  refine(context: Context, items: Item[]): Item[];
}

/**
 * The parsers and refiners a package runs on each document. Every package
 * exports `createDefaultConfiguration()` returning a fresh one of these
 * (plus its own options), which you may change before passing it to the
 * package's factory, or extend with the factory result's `extend()`.
 */
export interface PipelineConfiguration<Context extends PipelineContext, Item> {
  /** Parsers, run in order; their items are pooled. */
  parsers: Parser<Context, Item>[];
  /** Refiners, run in order on the pooled items. */
  refiners: Refiner<Context, Item>[];
}
