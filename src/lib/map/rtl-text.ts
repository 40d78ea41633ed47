/**
 * MapLibre draws each glyph on its own, so Arabic-script labels need the RTL text plugin to join
 * letters and order them right to left. The plugin is bundled (no network) and loaded only when a
 * label in such a script first appears.
 */
import { getRTLTextPluginStatus, setRTLTextPlugin } from 'maplibre-gl';
// The UMD build (an alias in vite.config.ts: the package exports only its wasm-importing source); the
// build names it .mjs
// (vite.config.ts) so MapLibre's worker imports it as a module instead of eval-ing its text, which
// a strict security policy forbids.
import rtlTextUrl from 'mapbox-gl-rtl-text-umd?url';

export function useRtlTextPlugin(): void {
  if (getRTLTextPluginStatus() !== 'unavailable') return;
  setRTLTextPlugin(new URL(rtlTextUrl, location.href).href, true).catch((error: Error) =>
    console.warn(`Arabic-script map labels cannot be shaped: ${error.message}`),
  );
}
