import { IntColumn, int32Columns } from "./interner.js";

/**
 * The resolver's clusters as a struct of arrays: cluster `c` is row `c` of typed arrays, its
 * mentions a list linked through one array over the input positions, its keys a list linked
 * through a pool, and the union-find forest over the same rows. A large collection has millions of
 * clusters; as objects (with a keys array and a parts object each) they were what the garbage
 * collector copied and marked, and most of the resolver's memory.
 */
export class ClusterStore {
  /** Number of clusters. */
  count = 0;
  /** Union-find parent of each cluster (a root is its own parent; the smaller id becomes the root). */
  readonly parent: Int32Array;
  /** Entity type code of the cluster's first mention. */
  readonly type: Uint8Array;
  /** First and last input position of the cluster's mentions, and their number. */
  readonly first: Int32Array;
  readonly last: Int32Array;
  readonly size: Int32Array;
  /** Code of the name whose parts stand for the cluster (its longest full name), −1 for none. */
  readonly parts: Int32Array;
  /** Last comparison round the cluster took part in as a representative. */
  readonly stamp: Int32Array;
  /** First and last entry of the cluster's key list in the pool (−1: no key). */
  readonly keyHead: Int32Array;
  readonly keyTail: Int32Array;
  /** Next input position of the same cluster (−1 at a cluster's end). */
  readonly next: Int32Array;
  /** Key pool: each entry's key code and next entry of the same cluster. */
  private readonly keyOf = new IntColumn(1024, -1);
  private readonly keyNext = new IntColumn(1024, -1);
  private keyEntries = 0;

  /** Zeroed columns of the same length, for per-cluster state kept elsewhere (see the constructor). */
  readonly spare: readonly Int32Array[];

  /**
   * @param mentions - Number of input mentions (no more clusters than mentions). The arrays are
   *   allocated at that length and not filled, in one buffer (see {@link int32Columns}), so the
   *   pages of rows never used cost no memory.
   * @param spare - Number of {@link ClusterStore.spare} columns allocated with them.
   */
  constructor(mentions: number, spare = 0) {
    const n = Math.max(1, mentions);
    this.type = new Uint8Array(n);
    const columns = int32Columns(9 + spare, n);
    [this.parent, this.first, this.last, this.size, this.parts, this.stamp, this.keyHead, this.keyTail, this.next] = columns as [Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array];
    this.next.fill(-1);
    this.spare = columns.slice(9);
  }

  /**
   * A new cluster of one mention.
   *
   * @param type - Type code.
   * @param mention - Input position.
   * @param parts - Name code for the cluster's parts, or −1.
   * @returns The cluster's id.
   */
  add(type: number, mention: number, parts: number): number {
    const c = this.count++;
    this.parent[c] = c;
    this.type[c] = type;
    this.first[c] = mention;
    this.last[c] = mention;
    this.size[c] = 1;
    this.parts[c] = parts;
    this.keyHead[c] = -1;
    this.keyTail[c] = -1;
    return c;
  }

  /**
   * Append an input position to a cluster's mentions.
   *
   * @param c - Cluster.
   * @param mention - Input position.
   */
  addMention(c: number, mention: number): void {
    this.next[this.last[c]!] = mention;
    this.last[c] = mention;
    this.size[c]!++;
  }

  /**
   * Add a key to a cluster once (keys keep their order of addition).
   *
   * @param c - Cluster.
   * @param key - Key code.
   */
  addKey(c: number, key: number): void {
    const keyOf = this.keyOf.data;
    const keyNext = this.keyNext.data;
    for (let e = this.keyHead[c]!; e >= 0; e = keyNext[e]!) if (keyOf[e] === key) return;
    const entry = this.keyEntries++;
    this.keyOf.reserve(entry + 1)[entry] = key;
    this.keyNext.reserve(entry + 1)[entry] = -1;
    if (this.keyTail[c]! >= 0) this.keyNext.data[this.keyTail[c]!] = entry;
    else this.keyHead[c] = entry;
    this.keyTail[c] = entry;
  }

  /**
   * The key codes of a cluster, in order of addition (a new array: the caller may add keys while
   * reading it).
   *
   * @param c - Cluster.
   * @returns Key codes.
   */
  keys(c: number): number[] {
    const out: number[] = [];
    const keyOf = this.keyOf.data;
    const keyNext = this.keyNext.data;
    for (let e = this.keyHead[c]!; e >= 0; e = keyNext[e]!) out.push(keyOf[e]!);
    return out;
  }

  /** First key entry of a cluster (−1: none); walk with {@link ClusterStore.keyAt} and {@link ClusterStore.nextKey}. */
  firstKey(c: number): number {
    return this.keyHead[c]!;
  }

  /** Key code of an entry. */
  keyAt(entry: number): number {
    return this.keyOf.data[entry]!;
  }

  /** Next entry of the same cluster (−1 at the end). */
  nextKey(entry: number): number {
    return this.keyNext.data[entry]!;
  }

  /**
   * Root of a cluster's set (path halving).
   *
   * @param x - Cluster.
   * @returns Root cluster.
   */
  find(x: number): number {
    const parent = this.parent;
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  }

  /**
   * Join two clusters' sets; the smaller root id becomes the root.
   *
   * @param a - Cluster.
   * @param b - Cluster.
   */
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}
