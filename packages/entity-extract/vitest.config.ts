import { defineProject } from "vitest/config";

export default defineProject({
  ssr: { resolve: { conditions: ["@newsparse/source"] } },
  resolve: { conditions: ["@newsparse/source"] },
  test: {
    name: "entity-extract",
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
  },
});
