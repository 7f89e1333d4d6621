/**
 * Command-line helpers shared by the tuning-split analysis scripts (`rule-errors.ts`, `tuning-errors.ts`):
 * option values and the tagger to analyse (`--model FILE`, else the shipped model).
 */
import path from "node:path";
import { readFileSync } from "node:fs";
import { createTaggerParser } from "../../src/index.js";
import { decodeModelFile } from "../../src/tagger/load-model.js";

/** The value after `--name` on the command line, if given. */
export function optionValue(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/** The tagger parser for `--model FILE` (a tuning model), else the shipped model; `shippedNote` is printed for the latter. */
export function taggerFromArgs(args: readonly string[], shippedNote: string): ReturnType<typeof createTaggerParser> {
  const modelFile = optionValue(args, "--model");
  if (modelFile) return createTaggerParser(decodeModelFile(readFileSync(path.resolve(modelFile))));
  console.log(shippedNote);
  return createTaggerParser();
}
