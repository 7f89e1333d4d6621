import { EntityType, type Mention, type MentionRows, type Role } from "@newsparse/entity-extract";

const TYPES: readonly EntityType[] = EntityType.options;
const TYPE_CODE = new Map(TYPES.map((t, i) => [t, i]));
/** Rows per chunk of the columns (chunks, so that growing never copies the table). */
const SHIFT = 16;
const CHUNK = 1 << SHIFT;
const MASK = CHUNK - 1;
/** Fields of a row in the integer chunk: document, start, end, text code, type/source/flags codes. */
const STRIDE = 5;
const MAX_SOURCES = 256;
const MAX_FLAG_LISTS = 1 << 19;
const NO_FLAGS: string[] = Object.freeze([]) as unknown as string[];

/** The pipeline's mention keys, in its order (`refersTo` and `roles` when present). */
const KEYS = ["docId", "start", "end", "text", "type", "confidence", "source", "flags", "refersTo", "roles"] as const;

/**
 * Whether a mention's own keys are the pipeline's, in its order, with at most an `entityId` slot
 * left undefined at the end (as `mentionLiteral` makes them).
 */
function pipelineKeys(m: Mention): boolean {
  let k = 0;
  let slot = false;
  for (const key in m) {
    if (slot) return false;
    if (key === "entityId" && m.entityId === undefined) {
      slot = true;
      continue;
    }
    while ((KEYS[k] === "refersTo" && m.refersTo === undefined) || (KEYS[k] === "roles" && m.roles === undefined)) k++;
    if (KEYS[k] !== key) return false;
    k++;
  }
  while ((KEYS[k] === "refersTo" && m.refersTo === undefined) || (KEYS[k] === "roles" && m.roles === undefined)) k++;
  return k === KEYS.length;
}

/**
 * The mentions of a whole corpus as columns, for resolution at archive size: per mention five 32-bit
 * integers (document, start, end, text code, type/source/flags codes) and its confidence as a
 * 64-bit float, in chunks of 65,536 rows; texts, sources and flag lists are stored once each;
 * `refersTo` and `roles`, which few mentions have, in maps by row. About 28 bytes a mention, where
 * a mention object takes 155–230 (`pnpm bench records`). Read by position as entity-extract's
 * {@link MentionRows}; {@link MentionTable.mention} builds a row back as the object the pipeline
 * wrote, `entityId` last (the same JSON as resolving the objects in place). A mention whose keys are
 * not the pipeline's, in its order, or that already has an `entityId`, is kept as it is.
 */
export class MentionTable implements MentionRows {
  /** Rows added. */
  length = 0;
  readonly #ints: Int32Array[] = [];
  readonly #confidence: Float64Array[] = [];
  /** Document id by document number (as {@link MentionTable.add} numbers them). */
  readonly #docIds: string[] = [];
  readonly #texts: string[] = [];
  #textCodes: Map<string, number> | undefined = new Map();
  readonly #sources: string[] = [];
  readonly #sourceCodes = new Map<string, number>();
  readonly #flagLists: string[][] = [NO_FLAGS];
  readonly #flagCodes = new Map<string, number>([["", 0]]);
  readonly #refersTo = new Map<number, string>();
  readonly #roles = new Map<number, Role[]>();
  /** Mentions kept as they are (other keys or key order, an `entityId` already). */
  readonly #kept = new Map<number, Mention>();

  /**
   * Add one document's mentions, in order.
   *
   * @param docId - The document's id.
   * @param mentions - Its mentions (read, not kept, unless their keys are not the pipeline's).
   * @returns The document's number.
   */
  addDocument(docId: string, mentions: readonly Mention[]): number {
    const doc = this.#docIds.length;
    this.#docIds.push(docId);
    for (const m of mentions) this.#add(doc, docId, m);
    return doc;
  }

  #add(doc: number, docId: string, m: Mention): void {
    const row = this.length++;
    if ((row & MASK) === 0) {
      this.#ints.push(new Int32Array(CHUNK * STRIDE));
      this.#confidence.push(new Float64Array(CHUNK));
    }
    const ints = this.#ints[row >>> SHIFT]!;
    const at = (row & MASK) * STRIDE;
    const type = TYPE_CODE.get(m.type);
    const source = this.#code(this.#sources, this.#sourceCodes, m.source, MAX_SOURCES);
    const flags = this.#flagCode(m.flags);
    // written whether kept or not: `docId(i)` and the rest are read from the columns for every row
    ints[at] = doc;
    ints[at + 1] = m.start;
    ints[at + 2] = m.end;
    ints[at + 3] = this.#code(this.#texts, this.#textCodes!, m.text, Infinity);
    ints[at + 4] = type === undefined || source < 0 || flags < 0 ? -1 : (flags << 12) | (source << 4) | type;
    this.#confidence[row >>> SHIFT]![row & MASK] = m.confidence;
    if (m.refersTo !== undefined) this.#refersTo.set(row, m.refersTo);
    if (m.roles !== undefined) this.#roles.set(row, m.roles);
    if (ints[at + 4] === -1 || m.docId !== docId || m.entityId !== undefined || !pipelineKeys(m)) this.#kept.set(row, m);
  }

  #code(list: string[], codes: Map<string, number>, s: string, max: number): number {
    let code = codes.get(s);
    if (code === undefined) {
      if (list.length >= max) return -1;
      code = list.length;
      list.push(s);
      codes.set(s, code);
    }
    return code;
  }

  #flagCode(flags: readonly string[]): number {
    if (flags.length === 0) return 0;
    const key = flags.join("\u0000");
    let code = this.#flagCodes.get(key);
    if (code === undefined) {
      if (this.#flagLists.length >= MAX_FLAG_LISTS) return -1;
      code = this.#flagLists.length;
      this.#flagLists.push(Object.freeze(flags.slice()) as string[]);
      this.#flagCodes.set(key, code);
    }
    return code;
  }

  /** Rows kept as the mention objects they were (other keys or key order, an `entityId` already). */
  get keptObjects(): number {
    return this.#kept.size;
  }

  /** Every row is in: drop the look-up of texts (the texts themselves stay). */
  seal(): void {
    this.#textCodes = undefined;
  }

  #int(i: number, field: number): number {
    return this.#ints[i >>> SHIFT]![(i & MASK) * STRIDE + field]!;
  }

  #keptRow(i: number): Mention | undefined {
    return this.#kept.size === 0 ? undefined : this.#kept.get(i);
  }

  /** Code of row `i`'s text in {@link MentionTable.texts}. */
  textCode(i: number): number {
    return this.#int(i, 3);
  }
  /** The distinct texts, by code. */
  get texts(): readonly string[] {
    return this.#texts;
  }

  /** The document number of row `i`. */
  document(i: number): number {
    return this.#int(i, 0);
  }
  docId(i: number): string {
    return this.#keptRow(i)?.docId ?? this.#docIds[this.#int(i, 0)]!;
  }
  start(i: number): number {
    return this.#int(i, 1);
  }
  end(i: number): number {
    return this.#int(i, 2);
  }
  text(i: number): string {
    return this.#texts[this.#int(i, 3)]!;
  }
  type(i: number): EntityType {
    const meta = this.#int(i, 4);
    return meta < 0 ? this.#kept.get(i)!.type : TYPES[meta & 15]!;
  }
  flags(i: number): readonly string[] {
    const meta = this.#int(i, 4);
    return meta < 0 ? this.#kept.get(i)!.flags : this.#flagLists[meta >>> 12]!;
  }
  refersTo(i: number): string | undefined {
    return this.#refersTo.size === 0 ? undefined : this.#refersTo.get(i);
  }
  roles(i: number): readonly Role[] | undefined {
    return this.#roles.size === 0 ? undefined : this.#roles.get(i);
  }

  /**
   * Row `i` as the mention object the pipeline wrote, with `entityId` set last (as resolution sets it
   * on a mention in place).
   *
   * @param i - Row.
   * @param entityId - Its entity's id.
   * @returns A new mention object.
   */
  mention(i: number, entityId: string): Mention {
    const kept = this.#keptRow(i);
    if (kept) {
      const copy = { ...kept };
      copy.entityId = entityId;
      return copy;
    }
    const meta = this.#int(i, 4);
    const docId = this.#docIds[this.#int(i, 0)]!;
    const start = this.#int(i, 1);
    const end = this.#int(i, 2);
    const text = this.#texts[this.#int(i, 3)]!;
    const type = TYPES[meta & 15]!;
    const confidence = this.#confidence[i >>> SHIFT]![i & MASK]!;
    const source = this.#sources[(meta >>> 4) & 255]!;
    const flags = this.#flagLists[meta >>> 12]!;
    const refersTo = this.refersTo(i);
    const roles = this.#roles.size === 0 ? undefined : this.#roles.get(i);
    if (refersTo !== undefined && roles !== undefined) return { docId, start, end, text, type, confidence, source, flags, refersTo, roles, entityId };
    if (refersTo !== undefined) return { docId, start, end, text, type, confidence, source, flags, refersTo, entityId };
    if (roles !== undefined) return { docId, start, end, text, type, confidence, source, flags, roles, entityId };
    return { docId, start, end, text, type, confidence, source, flags, entityId };
  }
}
