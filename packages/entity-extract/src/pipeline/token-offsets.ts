/**
 * Index of the token starting (or ending) at each offset, as a `Map` that builds no table: `get` and `has`
 * binary-search the document's tokens, which are in text order and do not overlap, so their starts and
 * their ends both rise strictly. Any other use (iteration, `size`, `set`, `delete`) first fills the map
 * once, and from then on it is an ordinary `Map`.
 *
 * Two `Map`s of every token's offsets were the largest allocation of entity extraction (about 30 bytes
 * of text each), for a few look-ups per mention.
 */
export class TokenOffsets extends Map<number, number> {
  private tokens: readonly { start: number; end: number }[] | null;
  private readonly edge: "start" | "end";

  /**
   * @param tokens - The tokens, in text order, not overlapping (not copied: they must not change).
   * @param edge - Index them by their `start` or by their `end`.
   */
  constructor(tokens: readonly { start: number; end: number }[], edge: "start" | "end") {
    super();
    this.tokens = tokens;
    this.edge = edge;
  }

  /** Index of the token at `offset`, or -1 (before the map is filled). */
  private find(offset: number): number {
    const tokens = this.tokens!;
    let lo = 0;
    let hi = tokens.length - 1;
    const byStart = this.edge === "start";
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = byStart ? tokens[mid]!.start : tokens[mid]!.end;
      if (v === offset) return mid;
      if (v < offset) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Becomes an ordinary map: every token's offset set, in token order. */
  private fill(): void {
    const tokens = this.tokens;
    if (!tokens) return;
    this.tokens = null;
    for (let i = 0; i < tokens.length; i++) super.set(this.edge === "start" ? tokens[i]!.start : tokens[i]!.end, i);
  }

  override get(offset: number): number | undefined {
    if (!this.tokens) return super.get(offset);
    const i = this.find(offset);
    return i < 0 ? undefined : i;
  }

  override has(offset: number): boolean {
    if (!this.tokens) return super.has(offset);
    return this.find(offset) >= 0;
  }

  override get size(): number {
    this.fill();
    return super.size;
  }

  override set(offset: number, index: number): this {
    this.fill();
    return super.set(offset, index);
  }

  override delete(offset: number): boolean {
    this.fill();
    return super.delete(offset);
  }

  override clear(): void {
    this.tokens = null;
    super.clear();
  }

  override forEach(callback: (value: number, key: number, map: Map<number, number>) => void, thisArg?: unknown): void {
    this.fill();
    super.forEach(callback, thisArg);
  }

  override entries(): MapIterator<[number, number]> {
    this.fill();
    return super.entries();
  }

  override keys(): MapIterator<number> {
    this.fill();
    return super.keys();
  }

  override values(): MapIterator<number> {
    this.fill();
    return super.values();
  }

  override [Symbol.iterator](): MapIterator<[number, number]> {
    this.fill();
    return super[Symbol.iterator]();
  }
}
