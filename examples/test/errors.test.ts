import { describe, expect, it } from "vitest";
import { CorpusLoaderError, NewsparseError, PathNotFoundError } from "@newsparse/corpus-loader";
import { EntityExtractError, InvalidModelError } from "@newsparse/entity-extract";
import { ClaimsError, InvalidClaimsInputError } from "@newsparse/claims";
import { TimelineError, InvalidDocumentsError } from "@newsparse/timeline";

const bases = [CorpusLoaderError, EntityExtractError, ClaimsError, TimelineError] as const;
const samples = [new PathNotFoundError("/nowhere"), new InvalidModelError("bad model"), new InvalidClaimsInputError("bad input"), new InvalidDocumentsError("bad documents")];

describe("typed errors across packages", () => {
  it("each package's isInstance recognises its own errors and no other package's; NewsparseError recognises all", () => {
    for (const error of samples) expect(NewsparseError.isInstance(error)).toBe(true);
    expect(NewsparseError.isInstance(new Error("plain"))).toBe(false);
    bases.forEach((base, i) => {
      samples.forEach((error, j) => expect(base.isInstance(error), `${base.name}.isInstance(${error.name})`).toBe(i === j));
    });
  });

  it("isInstance works on a structurally copied error (another copy of the package, ESM vs CJS)", () => {
    for (const [i, error] of samples.entries()) {
      const foreign = Object.assign(Object.create(Error.prototype) as object, error);
      for (const symbol of Object.getOwnPropertySymbols(error)) (foreign as Record<symbol, unknown>)[symbol] = (error as unknown as Record<symbol, unknown>)[symbol];
      expect(bases[i]!.isInstance(foreign)).toBe(true);
      expect(foreign instanceof bases[i]!).toBe(false);
    }
  });

  it("errors carry a string code and their own class name", () => {
    expect(samples.map((e) => e.name)).toEqual(["PathNotFoundError", "InvalidModelError", "InvalidClaimsInputError", "InvalidDocumentsError"]);
    for (const error of samples) {
      expect(typeof error.code).toBe("string");
      expect(error.code.length).toBeGreaterThan(0);
      expect(error.name).not.toBe("Error");
    }
  });
});
