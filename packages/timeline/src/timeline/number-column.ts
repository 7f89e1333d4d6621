/**
 * A list of int32 numbers (codes, row numbers, offsets) in one typed array that grows as numbers are
 * pushed: a column of a table kept as four bytes a row (no JavaScript object or array slot per row).
 */
export class NumberColumn {
  #data = new Int32Array(64);
  #length = 0;

  /** Number of rows. */
  get length(): number {
    return this.#length;
  }

  /**
   * Add a row.
   *
   * @param value - Its number (an int32).
   */
  push(value: number): void {
    if (this.#length === this.#data.length) {
      const grown = new Int32Array(Math.max(64, this.#length * 2));
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

  /**
   * Change a row's number.
   *
   * @param row - A row below {@link NumberColumn.length}.
   * @param value - Its new number (an int32).
   */
  set(row: number, value: number): void {
    this.#data[row] = value;
  }

  /** Let go of the room kept for rows not pushed yet (once the column is complete). */
  trim(): void {
    if (this.#data.length > this.#length) this.#data = this.#data.slice(0, this.#length);
  }
}
