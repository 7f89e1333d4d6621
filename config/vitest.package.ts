import { defineProject } from "vitest/config";

/**
 * The vitest project every newsparse package shares: tests run against the
 * TypeScript sources (the `@newsparse/source` export condition), from `src/`
 * and `test/`.
 *
 * @param name - The project name (the package folder).
 * @returns The vitest project configuration.
 */
export function packageProject(name: string) {
  return defineProject({
    ssr: { resolve: { conditions: ["@newsparse/source"] } },
    resolve: { conditions: ["@newsparse/source"] },
    test: {
      name,
      // property and hostile-input tests run thousands of cases: on a loaded 2-core machine 5 s is not enough
      testTimeout: 30_000,
      include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    },
  });
}
