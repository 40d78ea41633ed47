/**
 * The map for a printed page, drawn again at print resolution (not a stretched screen capture):
 * a hidden MapLibre map with the live map's style (layers, filters, drawings), the same centre and
 * bearing, zoomed so the box shows what the screen shows, drawn with a pixel ratio that gives
 * the requested dpi. MapLibre silently clamps canvases to `maxCanvasSize`; we ask for room and
 * check the canvas got the size it needs.
 */
import { Map as MapLibreMap } from 'maplibre-gl';
import type { PrintMapRenderer } from '../print/map-image.ts';
import type { GeoJSONSource, GeoJSONSourceSpecification, StyleSpecification } from 'maplibre-gl';
import { provideMapImages } from './icons.ts';
import { BADGE_SOURCE, badgeOnPaper, borderBadgeFeatures } from './incident-layers.ts';
import { clusteredIncidentSource, withoutSourceLayer } from './incident-layers.ts';
import { incidentTiles } from './incident-tiles.ts';
import type { IncidentFeature } from './incident-tiles-core.ts';
import { quietestAlong } from '../geo/quiet-spot.ts';
import type { Feature, FeatureCollection, LineString, Position } from 'geojson';
import { numberIncidents } from './print-numbers.ts';
import { WARM_UP_LAYER } from './warm-up.ts';
import { CSS_DPI, MM_PER_INCH } from '../print/paper.ts';
import { m, n } from '../i18n/messages.ts';

const MAX_CANVAS = 8192;
/** Where along the Durand Line the badge may stand on paper (its screen spot is 0.6). */
const BADGE_SPOTS = [0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75];
/** Room the badge's spot keeps from the page's edges (CSS px): its words run east of it. */
const BADGE_ROOM = { edge: 24, east: 170 };

/**
 * The border badge for paper. It names no place of its own, and on screen it stands among the
 * incidents by Kurram; on paper, where every incident is drawn and numbered, it moves to the
 * spot of the line on the page farthest from any of them and from the line's own names, with
 * room for its words before the page's edge (the north arrow's corner included). `toPage` gives
 * a point's place on the page, which has the live map's centre and bearing.
 */
function badgeOnPage(
  style: StyleSpecification,
  incidents: IncidentFeature[],
  page: { w: number; h: number; toPage: (p: Position) => [number, number] },
) {
  const badge = incidentTiles().badge;
  const features = (id: string) => {
    const source = style.sources[id];
    return source?.type === 'geojson' ? (source.data as FeatureCollection).features : [];
  };
  const line = features('durand-line')[0];
  if (!badge || line?.geometry?.type !== 'LineString') return badge;
  const names = features('durand-labels').flatMap(({ geometry: g }) =>
    g?.type === 'Point' ? [g.coordinates] : [],
  );
  const points = [...incidents.map((f) => f.geometry.coordinates), ...names];
  const { edge, east } = BADGE_ROOM;
  const fits = (p: Position) => {
    const [x, y] = page.toPage(p);
    return x >= edge && x <= page.w - east && y >= edge && y <= page.h - edge;
  };
  const spot = quietestAlong(line as Feature<LineString>, BADGE_SPOTS, points, fits);
  return spot ? { ...badge, lng: spot[0]!, lat: spot[1]! } : badge;
}

export function printMapRenderer(live: MapLibreMap): PrintMapRenderer {
  return async (wMm, hMm, dpi, options = {}) => {
    // Whole CSS pixels, as the browser lays the container out.
    const wCss = Math.round((wMm / MM_PER_INCH) * CSS_DPI);
    const hCss = Math.round((hMm / MM_PER_INCH) * CSS_DPI);
    const pixelRatio = dpi / CSS_DPI;
    const widthPx = Math.round(wCss * pixelRatio),
      heightPx = Math.round(hCss * pixelRatio);
    if (widthPx > MAX_CANVAS || heightPx > MAX_CANVAS)
      throw new Error(
        `a ${widthPx} × ${heightPx} px map is larger than this browser can draw (${MAX_CANVAS} px)`,
      );
    const screen = live.getCanvas().getBoundingClientRect();
    const scale = Math.min(wCss / screen.width, hCss / screen.height);
    const zoom = live.getZoom() + Math.log2(scale);
    // Where a point falls on the page: the screen's place from its centre, scaled.
    const toPage = (p: Position): [number, number] => {
      const at = live.project(p as [number, number]);
      return [wCss / 2 + (at.x - screen.width / 2) * scale, hCss / 2 + (at.y - screen.height / 2) * scale];
    };
    const center = live.getCenter();
    const style: StyleSpecification = live.getStyle();
    // Never on paper: the live map's warm-up icon (warm-up.ts), should a print start in its frame.
    style.layers = style.layers.filter((layer) => layer.id !== WARM_UP_LAYER);
    delete style.sources[WARM_UP_LAYER];
    if (style.sources.incidents) {
      // A GeoJSON source of its own instead of the live map's tiles: numbering (print-numbers.ts)
      // and grouping again set its data and its clustering. On paper every incident is drawn and
      // numbered: groups cannot be opened there.
      const data = { type: 'FeatureCollection' as const, features: await incidentTiles().features() };
      style.sources.incidents = { ...clusteredIncidentSource(data), cluster: !options.numbers };
      const badge = badgeOnPage(style, data.features, { w: wCss, h: hCss, toPage });
      style.sources[BADGE_SOURCE] = { type: 'geojson', data: borderBadgeFeatures(badge) };
      style.layers = badgeOnPaper(withoutSourceLayer(style.layers));
    }
    const container = document.createElement('div');
    container.setAttribute('aria-hidden', 'true');
    Object.assign(container.style, {
      position: 'fixed',
      left: '-100000px',
      top: '0',
      width: `${wCss}px`,
      height: `${hCss}px`,
      visibility: 'hidden',
    });
    document.body.append(container);
    const map = new MapLibreMap({
      container,
      style,
      center,
      zoom,
      bearing: live.getBearing(),
      pitch: live.getPitch(),
      pixelRatio,
      interactive: false,
      attributionControl: false,
      fadeDuration: 0,
      maxCanvasSize: [MAX_CANVAS, MAX_CANVAS],
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    provideMapImages(map);
    const corner = (x: number, y: number) => map.unproject([x, y]).toArray();
    const extent = [corner(0, 0), corner(wCss, 0), corner(wCss, hCss), corner(0, hCss), corner(0, 0)];
    if (options.numbers) {
      const numbers = options.numbers(extent);
      // Too many to number: grouped as on screen after all.
      const regroup = () => {
        const live = style.sources.incidents as GeoJSONSourceSpecification;
        const { clusterMaxZoom, clusterRadius } = live;
        void (map.getSource('incidents') as GeoJSONSource).setClusterOptions({
          cluster: true,
          clusterMaxZoom,
          clusterRadius,
        });
      };
      map.once('style.load', () => (numbers ? numberIncidents(map, numbers) : regroup()));
    }
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(m.errors_print_map_slow({ seconds: n(60) }))),
          60_000,
        );
        const done = () => {
          clearTimeout(timer);
          options.signal?.removeEventListener('abort', abort);
        };
        const abort = () => {
          done();
          reject(new DOMException('a newer print map replaced this one', 'AbortError'));
        };
        if (options.signal?.aborted) return abort();
        options.signal?.addEventListener('abort', abort);
        map.once('idle', () => {
          done();
          resolve();
        });
        map.once('error', (e) => {
          done();
          reject(e.error ?? new Error(m.errors_print_map_failed()));
        });
      });
      const canvas = map.getCanvas();
      // Rounding may differ by a pixel; clamping is what this catches.
      if (Math.abs(canvas.width - widthPx) > 1 || Math.abs(canvas.height - heightPx) > 1) {
        throw new Error(
          `the print map was drawn at ${canvas.width} × ${canvas.height} px instead of ${widthPx} × ${heightPx} (the browser limits canvas size)`,
        );
      }
      return {
        dataUrl: canvas.toDataURL('image/png'),
        widthPx: canvas.width,
        heightPx: canvas.height,
        extent,
        center: center.toArray() as [number, number],
        zoom,
        bearing: map.getBearing(),
        pitch: map.getPitch(),
        rendered: [...new Set(map.queryRenderedFeatures().map((f) => f.layer.id))],
      };
    } finally {
      map.remove();
      container.remove();
    }
  };
}
