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

/**
 * The shipped tagger model is not loaded and cannot be read synchronously here (a browser, a worker): call
 * `await loadShippedModel()` once before extracting.
 */
export class ModelNotLoadedError extends EntityExtractError {
  static override readonly errorId: string = "ModelNotLoadedError";
  /** @param message - Why the model could not be read. */
  constructor(message: string) {
    super("EMODELNOTLOADED", message);
  }
}
