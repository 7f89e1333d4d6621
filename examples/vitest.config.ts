import { defineProject } from "vitest/config";

export default defineProject({
  ssr: { resolve: { conditions: ["@newsparse/source"] } },
  resolve: { conditions: ["@newsparse/source"] },
  test: {
    name: "examples",
    include: ["test/**/*.test.ts"],
    // one folder per run where the pack test and the docs-examples test share one packing of the packages
    globalSetup: ["test/support/pack-dir.setup.ts"],
    testTimeout: 120_000,
    // the regex audit and the pack test do their work in beforeAll hooks, which take long on a busy machine
    hookTimeout: 300_000,
  },
});
