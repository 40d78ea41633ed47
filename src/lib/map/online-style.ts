/**
 * The optional online basemap: a MapLibre style URL given at build time (VITE_ONLINE_STYLE_URL)
 * or typed in the layer panel. Never required: any failure leaves the bundled map in place.
 */
import type { StyleSpecification } from 'maplibre-gl';
import { m, n } from '../i18n/messages.ts';

/** The reasons are in the reader's language: they are shown inside a sentence of it. */
export async function fetchOnlineStyle(url: string, timeoutMs = 8000): Promise<StyleSpecification> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(
      url.trim() ? m.errors_basemap_not_url({ text: url.slice(0, 80) }) : m.errors_basemap_no_url(),
    );
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error(m.errors_basemap_https());
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(parsed, { signal: controller.signal });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const style = (await response.json()) as StyleSpecification;
    if (style?.version !== 8 || typeof style.sources !== 'object' || !Array.isArray(style.layers))
      throw new Error(m.errors_basemap_not_style());
    return style;
  } catch (error) {
    const name = (error as Error).name;
    // The browser's own words for a fetch or a JSON parse that failed are English: say it plainly.
    const reason =
      name === 'AbortError'
        ? m.errors_basemap_no_answer({ seconds: n(timeoutMs / 1000) })
        : name === 'TypeError'
          ? m.errors_basemap_unreachable()
          : name === 'SyntaxError'
            ? m.errors_basemap_not_style()
            : (error as Error).message;
    throw new Error(reason, { cause: error });
  } finally {
    clearTimeout(timer);
  }
}
