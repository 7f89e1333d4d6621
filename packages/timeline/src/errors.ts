import { NewsparseError } from "@newsparse/corpus-loader";

/** Base class of the typed errors thrown by `@newsparse/timeline`. */
export class TimelineError extends NewsparseError {
  static override readonly errorId: string = "TimelineError";
}

/** `buildTimeline` was given something other than an array of documents. */
export class InvalidDocumentsError extends TimelineError {
  static override readonly errorId: string = "InvalidDocumentsError";
  /**
   * @param message - What was wrong.
   */
  constructor(message: string) {
    super("EINVALIDDOCUMENTS", message);
  }
}
