import { defineProject } from "vitest/config";

export default defineProject({
  ssr: { resolve: { conditions: ["@newsparse/source"] } },
  resolve: { conditions: ["@newsparse/source"] },
  test: {
    name: "timeline",
    // property and hostile-input tests run thousands of cases: on a loaded 2-core machine 5 s is not enough
    testTimeout: 30_000,
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
  },
});
