import type { EventMention, TimelineDate, Timex } from "../schema.js";
import { NumberColumn } from "./number-column.js";
import { WordPool } from "./word-pool.js";

/** Whether a value is an int32 an `Int32Array` gives back as it is (not −0). */
function isInt32(x: unknown): x is number {
  return typeof x === "number" && (x | 0) === x && !Object.is(x, -0);
}

/**
 * The event mentions of a run as columns: a few numbers a mention (its document, sentence, trigger, date,
 * participants and sentence words as codes), not an object graph of about 500 bytes each. Clustering, the
 * cross-document merge and the disagreements read the columns; an {@link EventMention} object is made only
 * when asked for ({@link EventTable.mention}), equal to the one that was added. A mention whose fields a
 * column cannot hold exactly (a caller's tagger gave an offset that is not an int32, or a value that is not a
 * string) is kept as it came.
 */
export class EventTable {
  /** The run's words: trigger texts and the sentences' content words (the trigger texts alone after {@link EventTable.releaseWords}). */
  words: WordPool;
  #wordsReleased = false;
  /** Strings and other values held by code: documents, classes, tenses, participants. */
  readonly #codes = new Map<unknown, number>();
  readonly #values: unknown[] = [];
  readonly #doc = new NumberColumn();
  /** `k` in the id `<docId>:e<k>` (−1: the id is in `#kept`). */
  readonly #ord = new NumberColumn();
  readonly #start = new NumberColumn();
  readonly #end = new NumberColumn();
  readonly #triggerStart = new NumberColumn();
  readonly #triggerEnd = new NumberColumn();
  readonly #triggerText = new NumberColumn();
  readonly #triggerClass = new NumberColumn();
  readonly #timex: Timex[] = [];
  readonly #date = new NumberColumn();
  readonly #dates: TimelineDate[] = [];
  readonly #dateCodes = new Map<string, number>();
  readonly #tense = new NumberColumn();
  readonly #modality = new NumberColumn();
  readonly #polarity = new NumberColumn();
  readonly #classes = new NumberColumn();
  readonly #classLists: (readonly string[])[] = [];
  readonly #classCodes = new Map<string, number>();
  /** Each mention's participants (value codes), end to end: mention `k`'s from `#participantFrom[k]`. */
  readonly #participants = new NumberColumn();
  readonly #participantFrom = new NumberColumn();
  /** Each mention's sentence (a mention of the previous mention's sentence shares its words). */
  #sentence = new NumberColumn();
  #sentenceWords = new NumberColumn();
  #sentenceFrom = new NumberColumn();
  /** Mentions the columns cannot hold exactly, as they came. */
  readonly #kept = new Map<number, EventMention>();

  /**
   * @param words - The run's word pool (default: a pool of the table's own).
   */
  constructor(words: WordPool = new WordPool()) {
    this.words = words;
    this.#participantFrom.push(0);
    this.#sentenceFrom.push(0);
  }

  /**
   * A table of mentions (their sentences' words read from `textOf`).
   *
   * @param events - The mentions.
   * @param textOf - A document's text by id (none: no sentence words).
   * @returns The table.
   */
  static from(events: readonly EventMention[], textOf?: (docId: string) => string | undefined): EventTable {
    const table = new EventTable();
    for (const m of events) table.add(m, textOf?.(m.docId));
    return table;
  }

  /** Number of mentions. */
  get length(): number {
    return this.#doc.length;
  }

  /**
   * Add a mention.
   *
   * @param m - The mention (not kept, unless the columns cannot hold it).
   * @param text - Its document's text, for its sentence's content words (none: no words).
   */
  add(m: EventMention, text?: string): void {
    const k = this.length;
    const prefix = `${m.docId}:e`;
    const ord = typeof m.id === "string" && m.id.startsWith(prefix) ? m.id.slice(prefix.length) : "";
    const canonical = /^(?:0|[1-9]\d{0,8})$/.test(ord);
    const numeric = isInt32(m.start) && isInt32(m.end) && isInt32(m.trigger.start) && isInt32(m.trigger.end);
    const strings = typeof m.date.value === "string" && typeof m.trigger.class === "string" && m.classes.every((c) => typeof c === "string");
    if (!canonical || !numeric || !strings) this.#kept.set(k, m);
    this.#doc.push(this.#code(m.docId));
    this.#ord.push(canonical ? Number(ord) : -1);
    this.#start.push(numeric ? m.start : 0);
    this.#end.push(numeric ? m.end : 0);
    this.#triggerStart.push(numeric ? m.trigger.start : 0);
    this.#triggerEnd.push(numeric ? m.trigger.end : 0);
    this.#triggerText.push(this.words.code(m.trigger.text));
    this.#triggerClass.push(this.#code(m.trigger.class));
    this.#timex.push(m.timex);
    const { value, start, end, granularity } = m.date;
    const dateKey = `${value}\u0000${start}\u0000${end}\u0000${granularity}`;
    let date = this.#dateCodes.get(dateKey);
    if (date === undefined) {
      date = this.#dates.length;
      this.#dates.push({ value, start, end, granularity });
      this.#dateCodes.set(dateKey, date);
    }
    this.#date.push(date);
    this.#tense.push(this.#code(m.tense));
    this.#modality.push(this.#code(m.modality));
    this.#polarity.push(this.#code(m.polarity));
    const classKey = JSON.stringify(m.classes);
    let classes = this.#classCodes.get(classKey);
    if (classes === undefined) {
      classes = this.#classLists.length;
      this.#classLists.push([...m.classes]);
      this.#classCodes.set(classKey, classes);
    }
    this.#classes.push(classes);
    for (const p of m.participants) this.#participants.push(this.#code(p));
    this.#participantFrom.push(this.#participants.length);
    // a document's mentions of one sentence come one after the other: its words are kept once
    const previous = k - 1;
    if (previous >= 0 && this.#doc.at(previous) === this.#doc.at(k) && this.#start.at(previous) === m.start && this.#end.at(previous) === m.end && numeric && !this.#kept.has(previous)) {
      this.#sentence.push(this.#sentence.at(previous));
    } else {
      for (const w of text === undefined ? [] : this.words.sentenceCodes(text, m.start, m.end)) this.#sentenceWords.push(w);
      this.#sentence.push(this.#sentenceFrom.length - 1);
      this.#sentenceFrom.push(this.#sentenceWords.length);
    }
  }

  /**
   * Let go of the sentences' words and of every word of the pool that is not a trigger's text, once clustering,
   * the merge and the disagreements (their only readers) are done: {@link EventTable.wordCodes} throws after it.
   */
  releaseWords(): void {
    const triggers = new WordPool();
    for (let k = 0; k < this.length; k++) this.#triggerText.set(k, triggers.code(this.words.word(this.#triggerText.at(k))));
    this.words = triggers;
    this.#wordsReleased = true;
    this.#sentence = new NumberColumn();
    this.#sentenceWords = new NumberColumn();
    this.#sentenceFrom = new NumberColumn();
  }

  /** Let go of the room the columns keep for more mentions (once every mention is added; more may still be). */
  trim(): void {
    const columns = [this.#doc, this.#ord, this.#start, this.#end, this.#triggerStart, this.#triggerEnd, this.#triggerText, this.#triggerClass, this.#date, this.#tense, this.#modality, this.#polarity, this.#classes];
    for (const column of [...columns, this.#participants, this.#participantFrom, this.#sentence, this.#sentenceWords, this.#sentenceFrom]) column.trim();
  }

  #code(value: unknown): number {
    let code = this.#codes.get(value);
    if (code === undefined) {
      code = this.#values.length;
      this.#values.push(value);
      this.#codes.set(value, code);
    }
    return code;
  }

  /** The document id of mention `k`. */
  docId(k: number): string {
    return this.#values[this.#doc.at(k)] as string;
  }

  /** A code of mention `k`'s document: equal for mentions of one document. */
  docCode(k: number): number {
    return this.#doc.at(k);
  }

  /** The start of mention `k`'s sentence. */
  start(k: number): number {
    return this.#kept.size > 0 && this.#kept.has(k) ? this.#kept.get(k)!.start : this.#start.at(k);
  }

  /** The end of mention `k`'s sentence. */
  end(k: number): number {
    return this.#kept.size > 0 && this.#kept.has(k) ? this.#kept.get(k)!.end : this.#end.at(k);
  }

  /** The trigger class of mention `k`. */
  triggerClass(k: number): string {
    return this.#values[this.#triggerClass.at(k)] as string;
  }

  /** The trigger text of mention `k`. */
  triggerText(k: number): string {
    return this.words.word(this.#triggerText.at(k));
  }

  /** The date of mention `k`: one object per distinct date of the run, not to be changed. */
  date(k: number): TimelineDate {
    return this.#kept.size > 0 && this.#kept.has(k) ? this.#kept.get(k)!.date : this.#dates[this.#date.at(k)]!;
  }

  /** The anchoring timex of mention `k`. */
  timex(k: number): Timex {
    return this.#timex[k]!;
  }

  /** The lexicon classes of mention `k`'s sentence, sorted (not to be changed). */
  classes(k: number): readonly string[] {
    return this.#kept.size > 0 && this.#kept.has(k) ? this.#kept.get(k)!.classes : this.#classLists[this.#classes.at(k)]!;
  }

  /** The tense of mention `k`. */
  tense(k: number): EventMention["tense"] {
    return this.#values[this.#tense.at(k)] as EventMention["tense"];
  }

  /** The modality of mention `k`. */
  modality(k: number): EventMention["modality"] {
    return this.#values[this.#modality.at(k)] as EventMention["modality"];
  }

  /** Codes of mention `k`'s participants, in their order: equal codes, equal entity ids. */
  participantCodes(k: number): number[] {
    const out: number[] = [];
    for (let i = this.#participantFrom.at(k); i < this.#participantFrom.at(k + 1); i++) out.push(this.#participants.at(i));
    return out;
  }

  /** The entity ids of mention `k`'s participants. */
  participants(k: number): string[] {
    return this.participantCodes(k).map((c) => this.#values[c] as string);
  }

  /** Codes ({@link WordPool.code}) of the distinct content words of mention `k`'s sentence, in text order. */
  wordCodes(k: number): number[] {
    if (this.#wordsReleased) throw new Error("internal error: the event table's sentence words were released");
    const s = this.#sentence.at(k);
    const out: number[] = [];
    for (let i = this.#sentenceFrom.at(s); i < this.#sentenceFrom.at(s + 1); i++) out.push(this.#sentenceWords.at(i));
    return out;
  }

  /** The key of mention `k`'s sentence: its document and start (see `sentenceKey`). */
  sentenceKey(k: number): string {
    return `${this.docId(k)}\u0000${this.start(k)}`;
  }

  /**
   * Mention `k` as an object: equal to the one added (same keys in the same order); its `timex` is the
   * object added, its `date` a copy of its own.
   *
   * @param k - A mention.
   * @returns A new object.
   */
  mention(k: number): EventMention {
    const kept = this.#kept.size > 0 ? this.#kept.get(k) : undefined;
    if (kept) return kept;
    const docId = this.docId(k);
    const date = this.#dates[this.#date.at(k)]!;
    return {
      id: `${docId}:e${this.#ord.at(k)}`,
      docId,
      start: this.#start.at(k),
      end: this.#end.at(k),
      trigger: { start: this.#triggerStart.at(k), end: this.#triggerEnd.at(k), text: this.triggerText(k), class: this.triggerClass(k) },
      participants: this.participants(k),
      timex: this.#timex[k]!,
      date: { value: date.value, start: date.start, end: date.end, granularity: date.granularity },
      tense: this.tense(k),
      modality: this.modality(k),
      polarity: this.#values[this.#polarity.at(k)] as EventMention["polarity"],
      classes: [...this.classes(k)],
    };
  }
}
