/**
 * A time limit for a slow test. `npm test` runs the unit tests beside the e2e at the lowest
 * priority (UNIT_BESIDE_E2E, scripts/test-all.sh), where they get only the cores' idle moments: a
 * test that spawns a script took 70 s there against 10 s alone. There the limit is five times
 * longer; it still catches a test that never ends.
 */
export const budget = (ms: number): number => (process.env.UNIT_BESIDE_E2E ? ms * 5 : ms);
