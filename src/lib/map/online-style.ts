/**
 * The optional online basemap: a MapLibre style URL given at build time (VITE_ONLINE_STYLE_URL)
 * or typed in the layer panel. Never required: any failure leaves the bundled map in place.
 */
import type { StyleSpecification } from 'maplibre-gl';

export async function fetchOnlineStyle(url: string, timeoutMs = 8000): Promise<StyleSpecification> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(url.trim() ? `"${url.slice(0, 80)}" is not a URL` : 'no style URL is set');
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    throw new Error('the style URL must start with https://');
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(parsed, { signal: controller.signal });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const style = (await response.json()) as StyleSpecification;
    if (style?.version !== 8 || typeof style.sources !== 'object' || !Array.isArray(style.layers))
      throw new Error('not a MapLibre style (version 8)');
    return style;
  } catch (error) {
    const reason = (error as Error).name === 'AbortError' ? 'no answer' : (error as Error).message;
    throw new Error(reason, { cause: error });
  } finally {
    clearTimeout(timer);
  }
}
