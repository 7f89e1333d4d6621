import { NewsparseError } from "@newsparse/corpus-loader";

/** Base class of the typed errors thrown by `@newsparse/claims`. */
export class ClaimsError extends NewsparseError {
  static override readonly errorId: string = "ClaimsError";
}

/** The input is neither a string, a Document nor an array of Documents. */
export class InvalidClaimsInputError extends ClaimsError {
  static override readonly errorId: string = "InvalidClaimsInputError";
  /**
   * @param message - What is wrong with the input.
   */
  constructor(message: string) {
    super("EINVALIDINPUT", message);
  }
}
