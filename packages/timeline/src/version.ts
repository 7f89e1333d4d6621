// Generated from package.json by scripts/sync-versions.ts (run by `pnpm run version-packages`); do not edit.

/** The version of `@newsparse/timeline` this code is, as in its package.json. */
export const VERSION = "0.0.0";
