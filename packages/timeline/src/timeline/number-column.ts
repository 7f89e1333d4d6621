/**
 * A list of numbers in one typed array that grows as numbers are pushed: a column of a table kept
 * as a few bytes a row (no JavaScript object or array slot per row).
 */
export class NumberColumn {
  #data: Int32Array | Float64Array;
  #length = 0;

  /**
   * @param kind - `int32` (codes, indices) or `float64` (any number, exactly).
   */
  constructor(kind: "int32" | "float64") {
    this.#data = kind === "int32" ? new Int32Array(64) : new Float64Array(64);
  }

  /** Number of rows. */
  get length(): number {
    return this.#length;
  }

  /**
   * Add a row.
   *
   * @param value - Its number.
   */
  push(value: number): void {
    if (this.#length === this.#data.length) {
      const grown = this.#data instanceof Int32Array ? new Int32Array(this.#length * 2) : new Float64Array(this.#length * 2);
      grown.set(this.#data);
      this.#data = grown;
    }
    this.#data[this.#length++] = value;
  }

  /**
   * The number of a row.
   *
   * @param row - A row below {@link NumberColumn.length}.
   * @returns Its number.
   */
  at(row: number): number {
    return this.#data[row]!;
  }
}
