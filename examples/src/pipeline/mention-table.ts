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
/** Fields of a role in the role chunks: start, end, text code, `singular`'s text code (−1 for none). */
const ROLE_STRIDE = 4;
/** Most roles of one mention stored as columns (the count shares a number with the first role's position). */
const MAX_ROLES = 7;

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

/** Whether a role has the pipeline's keys in its order (`text`, `docId`, `start`, `end`, then `singular` if any), 32-bit offsets and the mention's document. */
function plainRole(r: Role, docId: string): boolean {
  if (typeof r !== "object" || r === null || r.docId !== docId || typeof r.text !== "string" || (r.start | 0) !== r.start || (r.end | 0) !== r.end) return false;
  const keys = Object.keys(r);
  if (keys.length === 5) {
    if (keys[4] !== "singular" || typeof r.singular !== "string") return false;
  } else if (keys.length !== 4) return false;
  return keys[0] === "text" && keys[1] === "docId" && keys[2] === "start" && keys[3] === "end" && Object.getPrototypeOf(r) === Object.prototype;
}

/**
 * The mentions of a whole corpus as columns, for resolution at archive size: per mention five 32-bit
 * integers (document, start, end, text code, type/source/flags codes) and its confidence as a
 * 64-bit float, in chunks of 65,536 rows; texts, sources, flag lists and `refersTo` values are stored once each;
 * `refersTo` as a code per row, in chunks allocated only where a row has one; roles as columns too (start, end, text and
 * `singular` codes: 16 bytes a role, built back as objects when read), found through a map by row,
 * unless a role has another shape (then the mention's list is kept as it is). About 28–32 bytes a mention, where
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
  /** Per chunk of rows with a `refersTo`: each row's code in the `refersTo` values plus one (0: none). */
  readonly #refersTo: (Int32Array | undefined)[] = [];
  readonly #refersToTexts: string[] = [];
  readonly #refersToCodes = new Map<string, number>();
  /** Roles stored as columns, in chunks of 65,536 roles. */
  readonly #roleInts: Int32Array[] = [];
  #roleCount = 0;
  /** Role texts (and singulars), stored once each. */
  readonly #roleTexts: string[] = [];
  readonly #roleTextCodes = new Map<string, number>();
  /** Per row with roles as columns: its first role's position × 8 + its number of roles. */
  readonly #roleSpans = new Map<number, number>();
  /** Roles of another shape (other keys or order, another document), kept as they are. */
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
    if (m.refersTo !== undefined) {
      const chunk = (this.#refersTo[row >>> SHIFT] ??= new Int32Array(CHUNK));
      chunk[row & MASK] = this.#code(this.#refersToTexts, this.#refersToCodes, m.refersTo, Infinity) + 1;
    }
    if (m.roles !== undefined && !this.#addRoles(row, docId, m.roles)) this.#roles.set(row, m.roles);
    if (ints[at + 4] === -1 || m.docId !== docId || m.entityId !== undefined || !pipelineKeys(m)) this.#kept.set(row, m);
  }

  /** Store a mention's roles as columns when each is `{text, docId, start, end[, singular]}` (that order) in the document; false otherwise. */
  #addRoles(row: number, docId: string, roles: readonly Role[]): boolean {
    if (!Array.isArray(roles) || roles.length > MAX_ROLES) return false;
    for (const r of roles) if (!plainRole(r, docId)) return false;
    const first = this.#roleCount;
    for (const r of roles) {
      const k = this.#roleCount++;
      if ((k & MASK) === 0) this.#roleInts.push(new Int32Array(CHUNK * ROLE_STRIDE));
      const ints = this.#roleInts[k >>> SHIFT]!;
      const at = (k & MASK) * ROLE_STRIDE;
      ints[at] = r.start;
      ints[at + 1] = r.end;
      ints[at + 2] = this.#code(this.#roleTexts, this.#roleTextCodes, r.text, Infinity);
      ints[at + 3] = r.singular === undefined ? -1 : this.#code(this.#roleTexts, this.#roleTextCodes, r.singular, Infinity);
    }
    this.#roleSpans.set(row, first * (MAX_ROLES + 1) + roles.length);
    return true;
  }

  /** The roles stored as columns from position `first` on, built afresh. */
  #rolesAt(docId: string, span: number): Role[] {
    const count = span % (MAX_ROLES + 1);
    const first = (span - count) / (MAX_ROLES + 1);
    const roles: Role[] = new Array(count);
    for (let j = 0; j < count; j++) {
      const k = first + j;
      const ints = this.#roleInts[k >>> SHIFT]!;
      const at = (k & MASK) * ROLE_STRIDE;
      const text = this.#roleTexts[ints[at + 2]!]!;
      const singular = ints[at + 3]!;
      roles[j] = singular < 0 ? { text, docId, start: ints[at]!, end: ints[at + 1]! } : { text, docId, start: ints[at]!, end: ints[at + 1]!, singular: this.#roleTexts[singular]! };
    }
    return roles;
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

  /** Rows whose roles are kept as the list of objects they were (a role of another shape, more than seven roles). */
  get keptRoleLists(): number {
    return this.#roles.size;
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
    const chunk = this.#refersTo[i >>> SHIFT];
    const code = chunk === undefined ? 0 : chunk[i & MASK]!;
    return code === 0 ? undefined : this.#refersToTexts[code - 1];
  }
  roles(i: number): Role[] | undefined {
    const span = this.#roleSpans.size === 0 ? undefined : this.#roleSpans.get(i);
    if (span !== undefined) return this.#rolesAt(this.#docIds[this.#int(i, 0)]!, span);
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
    const roles = this.roles(i);
    if (refersTo !== undefined && roles !== undefined) return { docId, start, end, text, type, confidence, source, flags, refersTo, roles, entityId };
    if (refersTo !== undefined) return { docId, start, end, text, type, confidence, source, flags, refersTo, entityId };
    if (roles !== undefined) return { docId, start, end, text, type, confidence, source, flags, roles, entityId };
    return { docId, start, end, text, type, confidence, source, flags, entityId };
  }
}
