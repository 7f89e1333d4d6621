import { createMessage } from "./create-message.js";
import { spanProblem, type SpanLike } from "./check-span.js";
import type { PipelineConfiguration, PipelineContext } from "./stage.js";

/** How {@link runPipeline} checks and reports what the stages return. */
export interface RunPipelineOptions<Item> {
  /** The package, recorded as the `source` of the messages the run makes, e.g. `@newsparse/timeline`. */
  source: string;
  /**
   * The spans of an item to check. Default: the item itself when it has
   * numeric `start` and `end` (and its `text`, when it carries one). Return
   * every span the item points into the text with (a claim's speaker, a
   * quantity's unit …); `null` and `undefined` entries are skipped.
   */
  spansOf?: (item: Item) => Iterable<SpanLike | null | undefined>;
  /**
   * Errors that are not a problem of this document but of the set-up (a
   * model that was never loaded): they are rethrown instead of becoming
   * messages.
   */
  rethrow?: (error: unknown) => boolean;
  /** Order of the pooled parser items before the first refiner; default: the order the parsers returned them in. */
  compare?: (a: Item, b: Item) => number;
}

function defaultSpans<Item>(item: Item): SpanLike[] {
  const span = item as unknown as SpanLike;
  return typeof span === "object" && span !== null && "start" in span && "end" in span ? [span] : [];
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/**
 * The one run loop of every newsparse package: run the parsers of a
 * configuration on one document, pool their items, run the refiners in
 * order, and return what is left.
 *
 * Nothing is lost silently. A parser or refiner that throws becomes an
 * `error` message (`parser-failed`, `refiner-failed`) and the run goes on
 * (a failed refiner leaves the items as they were); an item whose span does
 * not slice back to its text is dropped with an `invalid-span` message
 * naming the stage, so a stage that miscounts offsets shows in the messages
 * instead of in a user's output.
 *
 * @param configuration - Parsers and refiners.
 * @param context - The document's context; messages go to `context.messages`.
 * @param options - The package name for messages, and how to find an item's spans.
 * @returns The refined items.
 * @example
 * ```ts
 * import { runPipeline, type PipelineContext } from "@newsparse/corpus-loader";
 *
 * type Hit = { start: number; end: number; text: string };
 * const context: PipelineContext = { docId: "a", text: "Niamey, Niger", messages: [] };
 * const hits = runPipeline<PipelineContext, Hit>(
 *   {
 *     parsers: [{ name: "niger", parse: ({ text }) => [{ start: 8, end: 13, text: text.slice(8, 13) }, { start: 0, end: 3, text: "Niger" }] }],
 *     refiners: [],
 *   },
 *   context,
 *   { source: "my-package" },
 * );
 * hits; // [{ start: 8, end: 13, text: "Niger" }]
 * context.messages[0]?.ruleId; // "invalid-span"
 * ```
 */
export function runPipeline<Context extends PipelineContext, Item>(
  configuration: PipelineConfiguration<Context, Item>,
  context: Context,
  options: RunPipelineOptions<Item>,
): Item[] {
  const spansOf = options.spansOf ?? defaultSpans;
  // Items already checked (refiners mostly hand the same objects on): each is checked once. A Set, not a
  // WeakSet: it lives only for this run, and weak entries cost the garbage collector extra work.
  const checked = new Set<object>();
  const report = (stage: "Parser" | "Refiner", name: string, ruleId: string, reason: string, span?: SpanLike) => {
    context.messages.push(
      createMessage(`${stage} "${name}" ${reason}`, {
        ruleId,
        severity: "error",
        source: options.source,
        docId: context.docId,
        ...(span ? { start: span.start, end: span.end } : {}),
      }),
    );
  };
  /** The items with a usable span, in a fresh array filled by push; each dropped one becomes a message. */
  const keepValid = (items: readonly Item[], stage: "Parser" | "Refiner", name: string, into: Item[]) => {
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      const isObject = typeof item === "object" && item !== null;
      if (isObject && checked.has(item as object)) {
        into.push(item);
        continue;
      }
      let problem: string | null = null;
      let bad: SpanLike | undefined;
      for (const span of spansOf(item)) {
        if (!span) continue;
        problem = spanProblem(context.text, span);
        if (problem) {
          bad = span;
          break;
        }
      }
      if (problem) {
        report(stage, name, "invalid-span", `returned an item with an invalid span (${problem}); the item was dropped.`, bad);
        continue;
      }
      if (isObject) checked.add(item as object);
      into.push(item);
    }
  };

  let items: Item[] = [];
  for (const parser of configuration.parsers) {
    let found: Item[];
    try {
      found = parser.parse(context);
    } catch (error) {
      if (options.rethrow?.(error)) throw error;
      report("Parser", parser.name, "parser-failed", `failed: ${describe(error)}; its items are missing.`);
      continue;
    }
    // A loop, not push(...spread): a spread of an unbounded array overflows the call stack.
    keepValid(found, "Parser", parser.name, items);
  }
  if (options.compare) items.sort(options.compare);
  for (const refiner of configuration.refiners) {
    let refined: Item[];
    try {
      refined = refiner.refine(context, items);
    } catch (error) {
      if (options.rethrow?.(error)) throw error;
      report("Refiner", refiner.name, "refiner-failed", `failed: ${describe(error)}; the items are left as they were before it.`);
      continue;
    }
    const next: Item[] = [];
    keepValid(refined, "Refiner", refiner.name, next);
    items = next;
  }
  return items;
}
