const marker = Symbol.for("newsparse.error");
const ownMarker = Symbol.for("newsparse.error.CorpusLoaderError");

/** Base class of the typed errors thrown by corpus-loader. */
export class CorpusLoaderError extends Error {
  /** Stable machine-readable code. */
  readonly code: string;
  private readonly [marker] = true;
  private readonly [ownMarker] = true;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "CorpusLoaderError";
    this.code = code;
  }
  /** True for any corpus-loader error, even from another copy of the package (ESM and CJS). */
  static isInstance(value: unknown): value is CorpusLoaderError {
    return typeof value === "object" && value !== null && ownMarker in value;
  }
}

/** The path given to `loadCorpus` does not exist. */
export class PathNotFoundError extends CorpusLoaderError {
  /** The missing path. */
  readonly path: string;
  constructor(path: string) {
    super("ENOENT", `Path not found: ${path}`);
    this.name = "PathNotFoundError";
    this.path = path;
  }
}

/** The input given to `loadCorpus`/`streamCorpus` is not a path, `{text}` or `{records}`. */
export class InvalidInputError extends CorpusLoaderError {
  constructor(message: string) {
    super("EINVALIDINPUT", message);
    this.name = "InvalidInputError";
  }
}
