import { defineProject } from "vitest/config";

export default defineProject({
  ssr: { resolve: { conditions: ["@newsparse/source"] } },
  resolve: { conditions: ["@newsparse/source"] },
  test: {
    name: "examples",
    include: ["test/**/*.test.ts"],
    testTimeout: 120_000,
  },
});
