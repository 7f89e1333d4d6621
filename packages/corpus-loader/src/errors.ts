const marker = Symbol.for("newsparse.error");

/**
 * Base class of every typed error thrown by a newsparse package (recoverable
 * problems are `Message`s instead). Each subclass declares a static
 * `errorId`; `isInstance` checks it by id rather than by prototype, so it works
 * across duplicate copies of a package (its ESM and CJS builds, two versions).
 */
export class NewsparseError extends Error {
  /** Stable id of the class, the same in every copy of the package. Subclasses set their own. */
  static readonly errorId: string = "NewsparseError";
  /** Stable machine-readable code. */
  readonly code: string;
  /** The `errorId`s of this error's class and of its ancestors, most specific first. */
  readonly [marker]: readonly string[];
  /**
   * @param code - Stable machine-readable code.
   * @param message - Human-readable explanation.
   * @param options - Optional cause.
   */
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    const ids: string[] = [];
    for (let c: { errorId?: string } | null = new.target; c?.errorId; c = Object.getPrototypeOf(c) as { errorId?: string } | null) {
      if (ids[ids.length - 1] !== c.errorId) ids.push(c.errorId);
    }
    this.name = ids[0] ?? "NewsparseError";
    this.code = code;
    this[marker] = ids;
  }
  /**
   * True when `value` is an error of this class or a subclass, even one from
   * another copy of the package.
   *
   * @param value - Anything.
   * @returns Whether `value` is an instance of the class it is called on.
   * @example
   * ```ts
   * try { await loadCorpus("missing/"); } catch (error) { if (PathNotFoundError.isInstance(error)) console.error(error.path); }
   * ```
   */
  static isInstance<T>(this: { readonly errorId: string; readonly prototype: T }, value: unknown): value is T {
    const ids = typeof value === "object" && value !== null ? (value as { [marker]?: unknown })[marker] : undefined;
    return Array.isArray(ids) && ids.includes(this.errorId);
  }
}

/** Base class of the typed errors thrown by corpus-loader. */
export class CorpusLoaderError extends NewsparseError {
  static override readonly errorId: string = "CorpusLoaderError";
}

/** The path given to `loadCorpus` does not exist. */
export class PathNotFoundError extends CorpusLoaderError {
  static override readonly errorId: string = "PathNotFoundError";
  /** The missing path. */
  readonly path: string;
  /** @param path - The missing path. */
  constructor(path: string) {
    super("ENOENT", `Path not found: ${path}`);
    this.path = path;
  }
}

/** The input given to `loadCorpus`/`streamCorpus` is not a path, `{text}` or `{records}`. */
export class InvalidInputError extends CorpusLoaderError {
  static override readonly errorId: string = "InvalidInputError";
  /** @param message - What is wrong with the input. */
  constructor(message: string) {
    super("EINVALIDINPUT", message);
  }
}
