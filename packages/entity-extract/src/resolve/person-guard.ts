import { firstNamesCompatible } from "./name-similarity.js";
import type { NameTable } from "./name-table.js";
import type { ClusterStore } from "./cluster-store.js";

/**
 * The written person name parts of each union-find set of clusters, so that a merge is checked
 * against the whole set and not only against the two names that brought it about. Compatibility of
 * names is not transitive: "George Bush" fits "George W. Bush" and "George H. W. Bush", "G. Bush"
 * fits "George Bush" and "Gary Bush"; without the set's parts, one name written without its middle
 * initial (or with an initial only) glued the two people into one.
 *
 * Per cluster (read at its root): the most specific given name seen (a full name beats an initial,
 * a longer form beats a prefix of it), the middle initials written, and the generational suffix
 * (written or written without). Codes are stored plus one, so that 0 is "none seen" and the arrays
 * need no fill.
 */
export class PersonGuard {
  private readonly first: Int32Array;
  private readonly middle: Int32Array;
  private readonly suffix: Int32Array;

  /**
   * @param columns - Three zeroed columns as long as the largest number of clusters (the cluster
   *   store's {@link ClusterStore.spare} columns).
   * @param parts - The name table whose rows are passed to {@link PersonGuard.absorb}.
   */
  constructor(
    columns: readonly Int32Array[],
    private readonly parts: NameTable,
  ) {
    if (columns.length !== 3) throw new Error("internal error: PersonGuard takes three columns");
    [this.first, this.middle, this.suffix] = columns as [Int32Array, Int32Array, Int32Array];
  }

  /**
   * Add a full name's parts to a cluster's (a name of fewer than two words adds nothing).
   *
   * @param c - Cluster (a root, or a cluster not yet united with any other).
   * @param p - Row of the name in the name table.
   */
  absorb(c: number, p: number): void {
    const { parts } = this;
    if (parts.tokens.data[p]! < 2) return;
    this.keepFirst(c, parts.first.data[p]! + 1);
    const middle = parts.middle.data[p]!;
    if (middle !== parts.none && this.middle[c] === 0) this.middle[c] = middle + 1;
    if (this.suffix[c] === 0) this.suffix[c] = parts.suffix.data[p]! + 1;
  }

  /**
   * Whether a full name may join a cluster: its given name is compatible with the cluster's, and
   * its middle initials and suffix agree where both are written.
   *
   * @param c - Cluster (a root).
   * @param p - Row of the name.
   * @returns False when the name and the cluster name two people.
   */
  allows(c: number, p: number): boolean {
    const { parts } = this;
    if (parts.tokens.data[p]! < 2 || this.first[c] === 0) return true;
    const middle = parts.middle.data[p]!;
    return this.agree(this.first[c]!, parts.first.data[p]! + 1, this.middle[c]!, middle === parts.none ? 0 : middle + 1, this.suffix[c]!, parts.suffix.data[p]! + 1);
  }

  /**
   * Whether two sets of clusters may be one person.
   *
   * @param a - Root.
   * @param b - Root.
   * @returns False when their written names name two people.
   */
  compatible(a: number, b: number): boolean {
    if (this.first[a] === 0 || this.first[b] === 0) return true;
    return this.agree(this.first[a]!, this.first[b]!, this.middle[a]!, this.middle[b]!, this.suffix[a]!, this.suffix[b]!);
  }

  /**
   * Carry a set's parts to the root of the union.
   *
   * @param root - Root of the union.
   * @param other - The other former root.
   */
  merge(root: number, other: number): void {
    if (this.first[other] === 0) return;
    this.keepFirst(root, this.first[other]!);
    if (this.middle[root] === 0) this.middle[root] = this.middle[other]!;
    if (this.suffix[root] === 0) this.suffix[root] = this.suffix[other]!;
  }

  /**
   * Give a set the parts of another (a set whose own parts are no name, see `adopt` in resolve-entities).
   *
   * @param root - Root of the union.
   * @param from - The set whose parts it takes (read before the union: a former root).
   */
  replace(root: number, from: number): void {
    if (root === from) return;
    this.first[root] = this.first[from]!;
    this.middle[root] = this.middle[from]!;
    this.suffix[root] = this.suffix[from]!;
  }

  private keepFirst(c: number, first: number): void {
    const own = this.first[c]!;
    if (own === 0 || this.parts.word(first - 1).length > this.parts.word(own - 1).length) this.first[c] = first;
  }

  private agree(firstA: number, firstB: number, middleA: number, middleB: number, suffixA: number, suffixB: number): boolean {
    if (middleA !== 0 && middleB !== 0 && middleA !== middleB) return false;
    if (suffixA !== suffixB) return false;
    return firstA === firstB || firstNamesCompatible(this.parts.word(firstA - 1), this.parts.word(firstB - 1));
  }
}
