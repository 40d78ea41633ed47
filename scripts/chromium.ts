/**
 * How every tool here starts Chromium: the system browser (Debian's package; Playwright's own
 * download does not work offline), CHROMIUM_PATH to override, and flags for a closed network
 * (no background connections) and software WebGL through SwiftShader.
 */
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH =
  process.env.CHROMIUM_PATH ??
  ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
];

/** Launch options for Playwright's chromium.launch. */
export const CHROMIUM_LAUNCH = { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS };
