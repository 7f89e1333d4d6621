/** A union-find over `0 … size-1` with path halving; a union keeps the smaller index as the root. */
export interface UnionFind {
  /** The root of `x`'s set. */
  find(x: number): number;
  /** Join the sets of `a` and `b`. */
  union(a: number, b: number): void;
}

/**
 * A fresh union-find where every element is its own set.
 *
 * @param size - Number of elements.
 * @returns The structure.
 */
export function createUnionFind(size: number): UnionFind {
  const parent = Array.from({ length: size }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  return {
    find,
    union(a, b) {
      const ra = find(a);
      const rb = find(b);
      if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    },
  };
}
