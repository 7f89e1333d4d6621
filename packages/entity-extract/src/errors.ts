const marker = Symbol.for("newsparse.error");
const ownMarker = Symbol.for("newsparse.error.EntityExtractError");

/** Base class of the typed errors thrown by entity-extract (recoverable problems are `Message`s instead). */
export class EntityExtractError extends Error {
  /** Stable machine-readable code. */
  readonly code: string;
  private readonly [marker] = true;
  private readonly [ownMarker] = true;
  /**
   * @param code - Stable machine-readable code.
   * @param message - Human-readable explanation.
   * @param options - Optional cause.
   */
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "EntityExtractError";
    this.code = code;
  }
  /**
   * True for any entity-extract error, even one from another copy of the package (ESM and CJS).
   *
   * @param value - Anything.
   * @returns Whether it is an {@link EntityExtractError}.
   */
  static isInstance(value: unknown): value is EntityExtractError {
    return typeof value === "object" && value !== null && ownMarker in value;
  }
}

/** A tagger model's bytes are not in the format {@link decodeModel} reads. */
export class InvalidModelError extends EntityExtractError {
  /** @param message - What is wrong with the model bytes. */
  constructor(message: string) {
    super("EINVALIDMODEL", message);
    this.name = "InvalidModelError";
  }
}
