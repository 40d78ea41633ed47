import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { PARAGLIDE } from './scripts/paraglide-options.ts';
import { thirdPartyLicences, workerPackages } from './scripts/licences.ts';
import { onlineHostsFrom, securityPolicy } from './scripts/csp.ts';
import { VitePWA } from 'vite-plugin-pwa';
import { PWA } from './scripts/pwa-options.ts';
import { budget } from './scripts/test-budget.ts';
import { incidentPayload } from './scripts/incident-payload.ts';

export default defineConfig({
  // Relative asset addresses: dist/ works from any host and any sub-path (/atlas/, a bucket's folder).
  base: './',
  plugins: [
    svelte(),
    incidentPayload(fileURLToPath(new URL('./geodata', import.meta.url))),
    // scripts/test-all.sh compiles the messages once, then builds beside the unit tests: a compile
    // in either would empty the folder the other is reading (Paraglide rewrites it whole).
    ...(process.env.MESSAGES_COMPILED ? [] : [paraglideVitePlugin(PARAGLIDE)]),
    thirdPartyLicences(fileURLToPath(new URL('.', import.meta.url))),
    securityPolicy(onlineHostsFrom(process.env.ATLAS_ONLINE_HOSTS)),
    VitePWA(PWA),
  ],
  // Our workers' packages are shipped too: the licences list them (scripts/licences.ts).
  worker: { plugins: () => [workerPackages()] },
  resolve: {
    alias: [
      {
        // The RTL text plugin's UMD build, which MapLibre's worker loads (map/rtl-text.ts).
        find: /^mapbox-gl-rtl-text-umd/,
        replacement: fileURLToPath(
          new URL('./node_modules/@mapbox/mapbox-gl-rtl-text/dist/mapbox-gl-rtl-text.js', import.meta.url),
        ),
      },
    ],
  },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      output: {
        // MapLibre imports a plugin named .mjs as a module; any other name it fetches and evals.
        assetFileNames: (asset) =>
          asset.names.some((name) => name.startsWith('mapbox-gl-rtl-text'))
            ? 'assets/[name]-[hash].mjs'
            : 'assets/[name]-[hash][extname]',
      },
    },
  },
  server: { host: 'localhost' },
  preview: { host: 'localhost' },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Test files share a worker's module cache: the suite runs in about 55 s instead of 2 min on
    // two cores. Tests that change shared state put it back (print/rtl.test.ts resets the locale).
    isolate: false,
    // One worker per core: Vitest's default leaves one core to itself, which on two cores meant one
    // worker (70 s for the suite alone, against 49 s with two).
    maxWorkers: availableParallelism(),
    // The machine is often busy: a test that takes 1 s alone has taken over 6 s beside the e2e.
    // `npm test` runs the suite beside the e2e at the lowest priority, with five times the limits.
    testTimeout: budget(30_000),
    hookTimeout: budget(10_000),
  },
});
