#!/usr/bin/env bash
# Every check, in order: build, package lint (publint --strict, attw), typecheck,
# JSON Schema freshness, docs (TypeDoc, warnings as errors), changeset status,
# then all tests (unit, property, analyze contract, pack-and-install).
# Each non-test step counts as one check; the last line is
# `check: N passed, N failed`, N counting the steps plus every vitest test.
set -uo pipefail
cd "$(dirname "$0")/.."
# the pinned pnpm first on PATH (global, or the project-local copy setup.sh put in .tools/)
source scripts/pnpm-env.sh
export TURBO_TELEMETRY_DISABLED=1 FORCE_COLOR=0 NO_COLOR=1
if [ "$(id -u)" != "0" ]; then
  echo "check: not running as root, so chromium and redis-server cannot be installed with apt-get when missing;"
  echo "       the HTML report's browser tests and the distributed mode's tests then skip, saying why"
fi
# the HTML report's browser tests need Chromium (idempotent; returns at once when present)
bash scripts/install-chromium.sh
logs=$(mktemp -d)
steps_passed=0
steps_failed=0
failed_names=()

step() {
  local name=$1
  shift
  local started=$SECONDS
  if "$@" >"$logs/$name.log" 2>&1; then
    steps_passed=$((steps_passed + 1))
    echo "ok   $name ($((SECONDS - started)) s)"
  else
    steps_failed=$((steps_failed + 1))
    failed_names+=("$name")
    echo "FAIL $name ($((SECONDS - started)) s); last lines of its output:"
    tail -n 40 "$logs/$name.log" | sed 's/^/     /'
  fi
}

step build pnpm exec turbo run build --output-logs=errors-only
step lint pnpm exec turbo run lint --output-logs=errors-only
step typecheck pnpm exec turbo run typecheck --output-logs=errors-only
step typecheck-scripts pnpm exec tsc --noEmit -p tsconfig.json
step json-schema-fresh pnpm exec tsx --conditions=@newsparse/source scripts/gen-json-schema.ts --check
step docs pnpm run docs
step changeset-status pnpm exec changeset status

# the distributed-mode tests need redis-server: install (apt) and start it; they skip, saying why, when that fails
bash scripts/redis.sh
echo "---- tests (vitest) ----"
pnpm exec vitest run 2>&1 | tee "$logs/vitest.log" | grep -E "✓|✗|×|FAIL|Test Files|Tests |vitest:|tests skipped:|report screenshot:" | grep -vE "^\s+✓"
vitest_status=${PIPESTATUS[0]}
summary=$(grep -E '^vitest: [0-9]+ passed, [0-9]+ failed' "$logs/vitest.log" | tail -n 1)
tests_passed=$(sed -E 's/^vitest: ([0-9]+) passed.*/\1/' <<<"${summary:-vitest: 0 passed}")
tests_failed=$(sed -E 's/^vitest: [0-9]+ passed, ([0-9]+) failed.*/\1/' <<<"${summary:-vitest: 0 passed, 0 failed}")
if [ -z "$summary" ] || [ "$tests_passed" -eq 0 ]; then
  echo "FAIL vitest ran no test or printed no summary"
  tail -n 60 "$logs/vitest.log"
  tests_failed=$((tests_failed + 1))
elif [ "$vitest_status" -ne 0 ] && [ "$tests_failed" -eq 0 ]; then
  echo "FAIL vitest exited $vitest_status"
  tail -n 60 "$logs/vitest.log"
  tests_failed=1
elif [ "$tests_failed" -gt 0 ]; then
  grep -E -A 25 "FAIL|AssertionError|Error:" "$logs/vitest.log" | head -n 150
fi
[ ${#failed_names[@]} -gt 0 ] && echo "failed steps: ${failed_names[*]}"
passed=$((steps_passed + tests_passed))
failed=$((steps_failed + tests_failed))
rm -rf "$logs"
echo "check: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
