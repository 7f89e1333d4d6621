// Placeholder until `pnpm --filter @newsparse/entity-extract train` writes the trained model.
/** Base64 of the binary tagger model (see `encodeModel`). Empty: no trained model. */
export const MODEL_BASE64 = "";
/** Word clusters as `word<TAB>fine<TAB>coarse` lines. */
export const CLUSTERS_TSV = "";
