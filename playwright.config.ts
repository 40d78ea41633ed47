import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './scripts/chromium.ts';

const PORT = 4173;

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  // One test at a time: each page load already keeps both cores busy (renderer, SwiftShader, the
  // map's workers). Two workers made each test about 2.5 times slower, so the suite took longer
  // (804 s against 717 s, the same build, one after the other) and timeouts came nearer.
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    viewport: { width: 1280, height: 800 },
    reducedMotion: 'reduce',
    // Each test's fresh browser would install the offline app (5 MB) for nothing; offline.spec.ts
    // allows it.
    serviceWorkers: 'block',
    // The system Chromium with software WebGL (scripts/chromium.ts). The page itself is
    // composited on the CPU: through SwiftShader that took about 4 s of a page load's 15 s of CPU
    // here. The map's WebGL still goes through SwiftShader. The bench keeps the plain flags.
    // V8 without TurboFan: each test's page is new, and V8 spent about 2.4 s of CPU per load
    // compiling code that ran a few times (loads to map idle took about 3.85 s against 4.2–4.7 s).
    // Maglev stays: it compiles quickly, costs loads nothing measurable, and without it the PDF
    // download took 22 s instead of 12 s (pdf-lib and the PNG encoder ran in the interpreter).
    launchOptions: {
      ...CHROMIUM_LAUNCH,
      args: [...CHROMIUM_LAUNCH.args, '--disable-gpu-compositing', '--js-flags=--no-opt'],
    },
  },
  webServer: {
    // `npm test` builds first (scripts/test-all.sh); alone, this builds first.
    command: `${process.env.E2E_BUILT ? '' : 'npm run build && '}npx vite preview --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
