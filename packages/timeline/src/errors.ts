const marker = Symbol.for("newsparse.error");
const ownMarker = Symbol.for("newsparse.error.TimelineError");

/** Base class of the typed errors thrown by `@newsparse/timeline`. */
export class TimelineError extends Error {
  /** Stable machine-readable code. */
  readonly code: string;
  private readonly [marker] = true;
  private readonly [ownMarker] = true;
  /**
   * @param code - Machine-readable code.
   * @param message - Human-readable message.
   * @param options - Optional cause.
   */
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "TimelineError";
    this.code = code;
  }
  /**
   * True for any TimelineError (or subclass), even from another copy of the package (ESM and CJS).
   *
   * @param value - Anything.
   * @returns Whether it carries the TimelineError marker.
   */
  static isInstance(value: unknown): value is TimelineError {
    return typeof value === "object" && value !== null && ownMarker in value;
  }
}

/** `buildTimeline` was given something other than an array of documents. */
export class InvalidDocumentsError extends TimelineError {
  /**
   * @param message - What was wrong.
   */
  constructor(message: string) {
    super("EINVALIDDOCUMENTS", message);
    this.name = "InvalidDocumentsError";
  }
}
