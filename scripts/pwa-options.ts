/**
 * The installable offline app (vite-plugin-pwa, Workbox): a manifest, and a service worker that
 * precaches the whole build (app, fonts, the bundled geodata, the RTL plugin), so after one visit
 * the atlas opens and works with the network off. A new version waits for the reader's consent
 * (ui/UpdatePrompt.svelte), never swapped in mid-session. Registered from our code: no inline
 * script for the security policy to refuse.
 */
import type { VitePWAOptions } from 'vite-plugin-pwa';

export const PWA: Partial<VitePWAOptions> = {
  registerType: 'prompt',
  injectRegister: false,
  includeAssets: ['favicon.svg'],
  manifest: {
    name: 'Durand Atlas',
    short_name: 'Durand Atlas',
    description: 'Incidents along the Afghanistan–Pakistan border (the Durand Line), offline.',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#fbfaf7',
    theme_color: '#1f2a36',
    // PNGs from scripts/icons.ts: install prompts and splash screens want 192 and 512 px.
    icons: [
      { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,mjs,css,html,svg,woff,woff2,geojson,bin,json,txt,wasm,png}'],
    // The main bundle and the incidents payload are over Workbox's 2 MB default; a payload past
    // this (about 600k incidents) would be left out of the offline copy (README, Deploying).
    maximumFileSizeToCacheInBytes: 128 * 1024 * 1024,
    navigateFallback: 'index.html',
  },
};
