# Sourced by the project's scripts (setup.sh, check.sh, with-pnpm.sh): puts the pnpm
# pinned in package.json's `packageManager` first on PATH. The pnpm already on PATH is
# used when it is that version; otherwise the copy setup.sh installed into .tools/
# (project-local, so no root and no global install are needed).
# Sets NEWSPARSE_PNPM_WANT (the pinned version) and NEWSPARSE_PNPM_HAVE (the version now on PATH, or empty).
newsparse_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
NEWSPARSE_PNPM_WANT=$(node -p "require(process.argv[1]).packageManager.split('@')[1]" "$newsparse_root/package.json")
NEWSPARSE_PNPM_HAVE=$(pnpm --version 2>/dev/null || true)
if [ "$NEWSPARSE_PNPM_HAVE" != "$NEWSPARSE_PNPM_WANT" ] && [ -x "$newsparse_root/.tools/node_modules/.bin/pnpm" ]; then
  export PATH="$newsparse_root/.tools/node_modules/.bin:$PATH"
  NEWSPARSE_PNPM_HAVE=$(pnpm --version 2>/dev/null || true)
fi
export TURBO_TELEMETRY_DISABLED=1
