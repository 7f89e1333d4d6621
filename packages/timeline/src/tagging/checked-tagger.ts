import { createMessage, spanProblem, type Message } from "@newsparse/corpus-loader";
import { Timex } from "../schema.js";
import type { TagOptions, TemporalTagger } from "./temporal-tagger.js";

const SOURCE = "@newsparse/timeline";

/** What is wrong with one item a tagger returned: the field (`start`, `value`, `timex` for the whole item) and why. */
interface TimexProblem {
  field: string;
  reason: string;
}

/** The problems of one item against the `Timex` schema and the tagged text (its span and its `text`); none for a good timex. */
function timexProblems(item: unknown, text: string): TimexProblem[] {
  const parsed = Timex.safeParse(item);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => ({ field: issue.path.length > 0 ? issue.path.map(String).join(".") : "timex", reason: issue.message }));
  }
  const t = item as Timex;
  const problem = spanProblem(text, t);
  if (problem === null) return [];
  // the offsets are checked first: a good span whose text differs is the `text` field's fault
  return [{ field: problem.startsWith("text ") ? "text" : "start/end", reason: problem }];
}

/** A count, for a message's offsets (only when the item has sound ones). */
function count(value: unknown): number | undefined {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : undefined;
}

/**
 * A user-supplied tagger whose every answer is checked: an item that is not a `Timex` (the schema: a
 * field missing or of the wrong type, a type not in `TimexType`), whose span is not inside the text,
 * or whose `text` is not the text at its span, is dropped with an `invalid-timex` message naming the
 * document, the item's index in the tagger's answer, the field and the reason; an answer that is not
 * an array counts as no timexes, with an `invalid-timex` message. The good items are handed on as
 * they are (the same objects).
 *
 * @param tagger - The user's tagger.
 * @param unlisted - Where the messages of a call made without `options.messages` go; a message goes there once.
 * @returns A tagger answering like `tagger` (its other members read through), with the bad items dropped.
 */
export function checkedTagger(tagger: TemporalTagger, unlisted: Message[]): TemporalTagger {
  const seen = new Set<string>();
  const report = (options: TagOptions, message: Message) => {
    if (options.messages) {
      options.messages.push(message);
      return;
    }
    const key = JSON.stringify(message);
    if (seen.has(key)) return;
    seen.add(key);
    unlisted.push(message);
  };
  const tag = (text: string, options: TagOptions): Timex[] => {
    const answer: unknown = tagger.tag(text, options);
    const docId = options.docId ?? "doc";
    if (!Array.isArray(answer)) {
      report(options, createMessage(`The tagger returned ${describe(answer)} for document ${docId}, not an array of timexes; the document has no timexes.`, { ruleId: "invalid-timex", severity: "error", source: SOURCE, docId }));
      return [];
    }
    let out: Timex[] | undefined;
    for (let i = 0; i < answer.length; i++) {
      const item: unknown = answer[i];
      const problems = timexProblems(item, text);
      if (problems.length === 0) {
        out?.push(item as Timex);
        continue;
      }
      // the good items before the first bad one, as they are
      out ??= (answer as Timex[]).slice(0, i);
      const fields = problems.map((p) => `${p.field}: ${p.reason}`).join("; ");
      const t = (typeof item === "object" && item !== null ? item : {}) as Partial<Record<"start" | "end", unknown>>;
      report(
        options,
        createMessage(`Timex #${i} the tagger returned for document ${docId} is invalid (${fields}); it was dropped.`, {
          ruleId: "invalid-timex",
          severity: "error",
          source: SOURCE,
          docId,
          start: count(t.start),
          end: count(t.end),
        }),
      );
    }
    return out ?? (answer as Timex[]);
  };
  return Object.create(tagger, { tag: { value: tag, enumerable: true } }) as TemporalTagger;
}

/** A short description of a value that is not an array. */
function describe(value: unknown): string {
  if (value === null) return "null";
  return typeof value === "object" ? "an object" : typeof value;
}
