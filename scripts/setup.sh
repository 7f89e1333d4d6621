#!/usr/bin/env bash
# One-time set-up on a fresh machine: Node 20 is all that is assumed, and no root.
# Uses the pnpm pinned in package.json (`packageManager`) when it is already on PATH;
# otherwise installs that version into .tools/ inside the checkout (gitignored; corepack
# fails signature checks here, and `npm install -g` needs root with the system's Node).
# Then installs the workspace from the lockfile.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/pnpm-env.sh
if [ "$NEWSPARSE_PNPM_HAVE" != "$NEWSPARSE_PNPM_WANT" ]; then
  echo "setup: installing pnpm@$NEWSPARSE_PNPM_WANT into .tools/ (found ${NEWSPARSE_PNPM_HAVE:-no pnpm} on PATH)" >&2
  mkdir -p .tools
  npm install --prefix .tools --no-audit --no-fund --no-save --loglevel=error "pnpm@$NEWSPARSE_PNPM_WANT" >&2
  source scripts/pnpm-env.sh
  if [ "$NEWSPARSE_PNPM_HAVE" != "$NEWSPARSE_PNPM_WANT" ]; then
    echo "setup: could not get pnpm@$NEWSPARSE_PNPM_WANT (have: ${NEWSPARSE_PNPM_HAVE:-none})" >&2
    exit 1
  fi
fi
if [ -f pnpm-lock.yaml ]; then
  pnpm install --frozen-lockfile --reporter=silent >&2
else
  pnpm install --reporter=silent >&2
fi
