#!/bin/sh
# `npm test`: every check, in about 7 minutes on two cores.
# 1. The production build the e2e specs drive (about 16 s alone).
# 2. Playwright against that build (E2E_BUILT: its web server only serves it), and beside it, at
#    the lowest priority, the unit tests and then the type check and lint: the browser leaves
#    about a fifth of the two cores idle, and these have no time limit to miss (run before the
#    e2e, the unit tests alone added about 50 s). Each part runs whatever another part gives;
#    their logs follow the e2e's, and the run fails if any part failed.
set -u
# Compiled once here (skipped when its output is up to date); the build and Vitest leave them alone.
npm run messages || exit $?
export MESSAGES_COMPILED=1
build_log=$(mktemp)
beside_log=$(mktemp)
beside_rc=$(mktemp)
trap 'rm -f "$build_log" "$beside_log" "$beside_rc"' EXIT
npm run build >"$build_log" 2>&1
built=$?
# The unit tests, then the type check and lint; the file holds which of them failed.
(
  UNIT_BESIDE_E2E=1 nice -n 19 npm run test:unit || echo "the unit tests" >>"$beside_rc"
  nice -n 19 npm run static || echo "the type check or lint" >>"$beside_rc"
) >"$beside_log" 2>&1 &
beside=$!
e2e=0
if [ $built -eq 0 ]; then
  E2E_BUILT=1 npm run test:e2e
  e2e=$?
else
  cat "$build_log"
  echo "npm test: the production build failed, so the e2e did not run" >&2
fi
wait $beside || echo "the unit tests or the type check and lint (stopped)" >>"$beside_rc"
cat "$beside_log"
failed=0
[ $built -ne 0 ] && echo "npm test: the production build failed" >&2 && failed=1
[ $e2e -ne 0 ] && failed=1
if [ -s "$beside_rc" ]; then
  while read -r part; do echo "npm test: $part failed" >&2; done <"$beside_rc"
  failed=1
fi
[ $e2e -ne 0 ] && echo "npm test: the e2e failed" >&2
exit $failed
