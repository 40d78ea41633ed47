#!/bin/sh
# `npm test`: every check. Types and lint first; then the unit tests and, beside them, the
# production build the e2e specs drive (Vitest keeps one of two cores busy, the build takes the
# other); then Playwright against that build (E2E_BUILT: its web server only serves it).
set -u
npm run static || exit $?
# Compiled once here; the build and Vitest leave them alone (vite.config.ts).
npm run messages || exit $?
export MESSAGES_COMPILED=1
log=$(mktemp)
npm run build >"$log" 2>&1 &
build=$!
npm run test:unit
unit=$?
wait $build
built=$?
if [ $built -ne 0 ]; then
  cat "$log"
  echo "npm test: the production build failed" >&2
fi
rm -f "$log"
[ $unit -eq 0 ] && [ $built -eq 0 ] || exit 1
E2E_BUILT=1 npm run test:e2e
