import { copyFileSync } from "node:fs";
import { packageBuild } from "../../config/tsup.package.js";

export default packageBuild({
  entry: ["src/index.ts"],
  // No source maps: they would embed the word-list sources a second time per format.
  sourcemap: false,
  // `import.meta.url` in the CJS build (the model file is found next to the module).
  shims: true,
  // The tagger's weights ship once, as dist/model.bin, read lazily by both builds (see src/tagger/load-model.ts).
  onSuccess: async () => {
    copyFileSync("src/tagger/model.bin", "dist/model.bin");
  },
});
