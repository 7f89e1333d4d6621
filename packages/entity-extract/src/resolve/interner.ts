/**
 * Strings coded as dense integers: 0, 1, 2, … in order of first sight. The resolver keeps names,
 * keys and words as such codes, so its per-cluster state fits in typed arrays (no string or object
 * per cluster) and a table keyed by a string becomes an array indexed by its code.
 */
export class Interner {
  private readonly ids = new Map<string, number>();
  /** The strings, by code. */
  readonly strings: string[] = [];

  /**
   * The code of a string, given now when it is new.
   *
   * @param s - Any string.
   * @returns Its code.
   */
  id(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.strings.length;
      this.ids.set(s, id);
      this.strings.push(s);
    }
    return id;
  }

  /**
   * The code of a string already coded.
   *
   * @param s - Any string.
   * @returns Its code, or −1 when it has none.
   */
  find(s: string): number {
    return this.ids.get(s) ?? -1;
  }

  /** How many strings have a code. */
  get size(): number {
    return this.strings.length;
  }
}

/**
 * An `Int32Array` that grows (doubling) as codes are added; new slots hold `empty`.
 * Read and write `data` directly after {@link IntColumn.reserve}.
 */
export class IntColumn {
  /** The values; slots not written yet hold `empty`. */
  data: Int32Array;

  /**
   * @param capacity - Initial length.
   * @param empty - Value of a slot never written.
   * @param data - The initial array (zeroed, of length `capacity`; see {@link int32Columns}), instead of a new one.
   */
  constructor(
    capacity: number,
    readonly empty: number,
    data?: Int32Array,
  ) {
    this.data = data ?? new Int32Array(Math.max(16, capacity));
    if (empty !== 0) this.data.fill(empty);
  }

  /**
   * Make indices below `size` addressable.
   *
   * @param size - Length needed.
   * @returns The (possibly new) array.
   */
  reserve(size: number): Int32Array {
    if (size > this.data.length) {
      const grown = new Int32Array(Math.max(size, this.data.length * 2));
      grown.set(this.data);
      if (this.empty !== 0) grown.fill(this.empty, this.data.length);
      this.data = grown;
    }
    return this.data;
  }
}

/**
 * `count` zeroed `Int32Array` columns of `length` each, as views into one buffer: one large
 * allocation rather than many. The C allocator maps a large block on its own, so that the rows
 * never written are never resident, and gives it back to the system whole when it is freed; many
 * blocks of a few megabytes each may instead be served from its heap, whose freed holes it keeps.
 *
 * @param count - Number of columns.
 * @param length - Length of each.
 * @returns The columns.
 */
export function int32Columns(count: number, length: number): Int32Array[] {
  const buffer = new ArrayBuffer(count * length * 4);
  const columns: Int32Array[] = [];
  for (let k = 0; k < count; k++) columns.push(new Int32Array(buffer, k * length * 4, length));
  return columns;
}
