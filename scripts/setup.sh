#!/usr/bin/env bash
# One-time set-up on a fresh machine: Node 20 is all that is assumed.
# Installs the pnpm version pinned in package.json (corepack fails signature checks here),
# then installs the workspace from the lockfile.
set -euo pipefail
cd "$(dirname "$0")/.."
export TURBO_TELEMETRY_DISABLED=1
want=$(node -p "require('./package.json').packageManager.split('@')[1]")
have=$(pnpm --version 2>/dev/null || true)
if [ "$have" != "$want" ]; then
  echo "setup: installing pnpm@$want" >&2
  npm install -g "pnpm@$want" --silent >/dev/null 2>&1 || npm install -g "pnpm@$want"
fi
if [ -f pnpm-lock.yaml ]; then
  pnpm install --frozen-lockfile --reporter=silent >&2
else
  pnpm install --reporter=silent >&2
fi
