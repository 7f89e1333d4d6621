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
   */
  constructor(
    capacity: number,
    readonly empty: number,
  ) {
    this.data = new Int32Array(Math.max(16, capacity));
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
