const marker = Symbol.for("newsparse.error");
const claimsMarker = Symbol.for("newsparse.error.ClaimsError");

/** Base class of the typed errors thrown by `@newsparse/claims`. */
export class ClaimsError extends Error {
  /** Stable machine-readable code. */
  readonly code: string;
  private readonly [marker] = true;
  private readonly [claimsMarker] = true;
  /**
   * @param code - Machine-readable code.
   * @param message - Human-readable message.
   * @param options - Optional cause.
   */
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "ClaimsError";
    this.code = code;
  }
  /**
   * True for any claims error, even from another copy of the package (ESM and CJS).
   *
   * @param value - Anything.
   * @returns Whether it is a ClaimsError.
   */
  static isInstance(value: unknown): value is ClaimsError {
    return typeof value === "object" && value !== null && claimsMarker in value;
  }
}

/** The input is neither a string, a Document nor an array of Documents. */
export class InvalidClaimsInputError extends ClaimsError {
  /**
   * @param message - What is wrong with the input.
   */
  constructor(message: string) {
    super("EINVALIDINPUT", message);
    this.name = "InvalidClaimsInputError";
  }
}
