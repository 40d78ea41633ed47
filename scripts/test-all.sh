#!/bin/sh
# `npm test`: every check, in about 10 minutes on two cores.
# 1. The unit tests, and beside them the production build the e2e specs drive.
# 2. Playwright against that build (E2E_BUILT: its web server only serves it), and beside it the
#    type check and lint at the lowest priority: the browser leaves about a fifth of the two cores
#    idle, and these have no time limit to miss (one after the other they added about 45 s).
set -u
# Compiled once here (skipped when its output is up to date); the build and Vitest leave them alone.
npm run messages || exit $?
export MESSAGES_COMPILED=1
build_log=$(mktemp)
static_log=$(mktemp)
trap 'rm -f "$build_log" "$static_log"' EXIT
npm run build >"$build_log" 2>&1 &
build=$!
npm run test:unit
unit=$?
wait $build
built=$?
if [ $built -ne 0 ]; then
  cat "$build_log"
  echo "npm test: the production build failed" >&2
fi
[ $unit -eq 0 ] && [ $built -eq 0 ] || exit 1
nice -n 19 npm run static >"$static_log" 2>&1 &
static=$!
E2E_BUILT=1 npm run test:e2e
e2e=$?
wait $static
checked=$?
cat "$static_log"
[ $checked -ne 0 ] && echo "npm test: the type check or lint failed" >&2
[ $e2e -eq 0 ] && [ $checked -eq 0 ]
