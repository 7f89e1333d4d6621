#!/usr/bin/env bash
# Installs Debian's chromium for the HTML report's browser tests when it is missing.
# Idempotent: returns at once when a chromium binary is already on the machine.
# Needs root (CI and the project's machines run as root); elsewhere it says so and
# exits 0, and the browser tests then skip with a message.
# NEWSPARSE_SKIP_CHROMIUM=1 skips the install.
set -uo pipefail
for bin in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
  if [ -n "$bin" ] && [ -x "$bin" ]; then exit 0; fi
done
if [ "${NEWSPARSE_SKIP_CHROMIUM:-}" = "1" ]; then
  echo "setup: NEWSPARSE_SKIP_CHROMIUM=1, not installing chromium (browser tests will skip)" >&2
  exit 0
fi
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "setup: chromium is missing and cannot be installed here (needs root and apt-get); browser tests will skip" >&2
  exit 0
fi
echo "setup: installing Debian chromium for the report's browser tests" >&2
export DEBIAN_FRONTEND=noninteractive
if apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null; then
  echo "setup: installed $(/usr/bin/chromium --version 2>/dev/null || echo chromium)" >&2
else
  echo "setup: installing chromium failed; browser tests will skip" >&2
fi
exit 0
