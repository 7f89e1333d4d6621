import { NewsparseError } from "@newsparse/corpus-loader";

/** Base class of the typed errors thrown by entity-extract (recoverable problems are `Message`s instead). */
export class EntityExtractError extends NewsparseError {
  static override readonly errorId: string = "EntityExtractError";
}

/** A tagger model's bytes are not in the format {@link decodeModel} reads. */
export class InvalidModelError extends EntityExtractError {
  static override readonly errorId: string = "InvalidModelError";
  /** @param message - What is wrong with the model bytes. */
  constructor(message: string) {
    super("EINVALIDMODEL", message);
  }
}
