/** For the print tests: a small printed map and a briefing of the bundled incidents in a language. */
import { readFileSync } from 'node:fs';
import type { Incidents } from '../../data/incidents.ts';
import { defaultLayers } from '../../domain/layers.ts';
import { setLocale } from '../../i18n/paraglide/runtime.js';
import { m } from '../../i18n/messages.ts';
import type { Locale } from '../../i18n/locales.ts';
import { theme } from '../../theme/theme.ts';
import { buildPage, type PageContent } from '../content.ts';
import type { PrintMap } from '../map-image.ts';
import type { Orientation, PaperId } from '../paper.ts';
import { printSetOf } from './print-set.ts';

/** A 4 × 2 map image (red left, blue right, a green pixel top left: a flip would show) of 66–72° E, 30–36° N. */
export const TEST_MAP: PrintMap = {
  dataUrl:
    'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAQAAAACCAIAAADwyuo0AAAAGElEQVR4nGNQWqV0RklJyeUMEDEAWXAOAH' +
    'AQCOc7PGHjAAAAAElFTkSuQmCC',
  widthPx: 4,
  heightPx: 2,
  extent: [
    [66, 36],
    [72, 36],
    [72, 30],
    [66, 30],
    [66, 36],
  ],
  center: [69, 33],
  zoom: 6,
  bearing: 0,
  pitch: 0,
  rendered: [],
};

const geodata = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../../../geodata/${name}`, import.meta.url), 'utf8'));
export const INCIDENTS = (geodata('incidents.geojson') as Incidents).features;
export const COUNTRIES = geodata('countries.geojson').features;

/** A briefing in `locale` (set for the test) of the first `count` incidents, with the real locator. */
export function briefing(
  locale: Locale,
  orientation: Orientation = 'landscape',
  count = 6,
  paper: PaperId = 'a4',
): PageContent {
  setLocale(locale, { reload: false });
  return buildPage({
    paper,
    orientation,
    title: m.print_default_title(),
    subtitle: m.print_briefing_page(),
    map: TEST_MAP,
    set: printSetOf(INCIDENTS.slice(0, count)),
    layers: defaultLayers(),
    countries: COUNTRIES,
    theme,
    permalink: 'https://atlas.example/#map=7/33.6/70.1',
    now: new Date(Date.UTC(2025, 9, 19, 8, 5)),
  });
}
