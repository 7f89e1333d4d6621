#!/usr/bin/env bash
# Runs a command with the pinned pnpm first on PATH (see pnpm-env.sh), for the root
# package.json scripts that call pnpm or turbo (which calls pnpm): `npm run demo`
# works where no pnpm, or another version, is installed globally.
set -euo pipefail
source "$(dirname "$0")/pnpm-env.sh"
exec "$@"
