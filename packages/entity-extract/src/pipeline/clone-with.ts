/**
 * `{ ...base, ...extra }` with the same keys, order and values, built by adding properties to a
 * fresh object. On Node 20's V8 a spread copy that then gains a property the source lacked
 * (`{ ...m, refersTo }`, `{ ...m, entityId }`, or `m2 = { ...m }; m2.roles = …`) gets a hidden
 * class of its own, object by object: every later function reading such mentions sees an unbounded
 * number of classes, is deoptimised and compiled again, and falls back to slow generic property
 * access. Objects built here share their hidden classes.
 *
 * @param base - The object to copy (own enumerable string keys, as spread copies them).
 * @param extra - Properties to overwrite or append, in this order.
 * @returns A new plain object.
 */
export function cloneWith<T extends object>(base: T, extra: Partial<T>): T {
  const out: Record<string, unknown> = {};
  const b = base as Record<string, unknown>;
  const e = extra as Record<string, unknown>;
  for (const k in b) if (Object.prototype.hasOwnProperty.call(b, k)) out[k] = b[k];
  for (const k in e) if (Object.prototype.hasOwnProperty.call(e, k)) out[k] = e[k];
  return out as T;
}
