#!/usr/bin/env bash
# Runs the unit and component tests with the system clock a year ahead and in a far time zone
# (Debian's faketime), so a test that reads the real date instead of the app's one clock
# (shared/clock.ts) fails here rather than on the day the calendar moves past its fixture.
# Usage: scripts/test-shifted-clock.sh [offset] [time zone]   (defaults: +365d Pacific/Auckland)
set -uo pipefail
cd "$(dirname "$0")/.."
offset="${1:-+365d}"
zone="${2:-Pacific/Auckland}"
if ! command -v faketime >/dev/null 2>&1; then
  echo "faketime is not installed (Debian: apt-get install -y faketime); the shifted-clock run cannot start."
  exit 1
fi
echo "Unit and component tests with the clock at $offset and TZ=$zone"
TZ="$zone" FAKETIME_DONT_FAKE_MONOTONIC=1 TEAMSHAPE_VITEST_REPORT=test-results/vitest-shifted-clock.json \
  faketime -f "$offset" npx vitest run
