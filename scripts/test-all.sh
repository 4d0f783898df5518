#!/usr/bin/env bash
# Every test of the project, in the order a failure is cheapest to find: types, lint, unit and
# component tests (Vitest), then the built app in a real Chromium (Playwright). Ends with one
# line "N passed, N failed" that counts every check and test it ran; exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
export TZ=UTC
mkdir -p test-results
passed=0
failed=0
step() { printf '\n== %s\n' "$1"; }
check() { # name, command...: a check that counts as one test
  local name=$1; shift
  step "$name"
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $name"; fi
}
count_json() { # file, jq-less counting with node: prints "passed failed"
  node -e '
    const fs = require("fs");
    const [file, kind] = process.argv.slice(1);
    if (!fs.existsSync(file)) { console.log("0 1"); process.exit(0); }
    const r = JSON.parse(fs.readFileSync(file, "utf8"));
    if (kind === "vitest") console.log(`${r.numPassedTests} ${r.numFailedTests + (r.numFailedTestSuites && !r.numFailedTests ? r.numFailedTestSuites : 0)}`);
    else { const s = r.stats || {}; console.log(`${s.expected || 0} ${(s.unexpected || 0) + (s.flaky || 0)}`); }
  ' "$1" "$2"
}

check "type check (tsc)" npx tsc --noEmit -p tsconfig.json
check "lint and format (biome)" npx biome ci .

step "unit and component tests (vitest)"
rm -f test-results/vitest.json
npx vitest run --reporter=default --reporter=json --outputFile=test-results/vitest.json
read -r p f < <(count_json test-results/vitest.json vitest)
passed=$((passed + p)); failed=$((failed + f))

step "browser tests (Playwright in Chromium)"
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM" ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Chromium is not at $CHROMIUM: installing Debian's chromium (apt-get)."
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || true
    CHROMIUM=/usr/bin/chromium
  fi
fi
if [ ! -x "$CHROMIUM" ]; then
  echo "The browser tests need Chromium and none was found at $CHROMIUM."
  echo "Install it (Debian/Ubuntu: sudo apt-get install chromium) or point CHROMIUM_PATH at it, then run npm test again."
  failed=$((failed + 1))
else
  export CHROMIUM_PATH="$CHROMIUM"
  # Nothing listens on this port: every tile request is refused.
  DEAD_TILES='http://127.0.0.1:59999/{z}/{x}/{y}.png'
  # Three builds: the app; an article full of markup; and the map and size fixtures (a story of
  # regions, a generated 1 MB article) with online tiles configured on a server that is down.
  rm -rf .fixture-seeds && cp -r tests/fixtures/map-seeds .fixture-seeds
  if npx vite build --logLevel warn \
    && SEEDS_DIR=tests/fixtures/hostile-seeds npx vite build --logLevel warn --outDir dist-hostile \
    && npx tsx scripts/long-seed.ts .fixture-seeds 1024 \
    && SEEDS_DIR=.fixture-seeds VITE_TILE_URL="$DEAD_TILES" VITE_TILE_ATTRIBUTION='Test tiles' \
      npx vite build --logLevel warn --outDir dist-fixtures; then
    rm -f test-results/e2e.json
    npx playwright test
    e2e_status=$?
    read -r p f < <(count_json test-results/e2e.json playwright)
    passed=$((passed + p)); failed=$((failed + f))
    # (A run that fails before any test, a port in use say, reports no failed test: it counts one.)
    if [ "$e2e_status" -ne 0 ] && [ "$f" -eq 0 ]; then
      echo "FAILED: Playwright exited with status $e2e_status"
      failed=$((failed + 1))
    fi
  else
    echo "FAILED: the app does not build"
    failed=$((failed + 1))
  fi
fi

echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
