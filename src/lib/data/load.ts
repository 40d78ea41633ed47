/**
 * Loading the bundled layers in the browser: fetched from the build's assets (never from another
 * host), parsed and validated with the same rules as the build, so a broken file shows a message
 * naming the file and the feature instead of a blank map.
 */
import countriesUrl from '../../../geodata/countries.geojson?url';
import bundledIncidentsUrl from '../../../geodata/incidents.geojson?payload';
import durandUrl from '../../../geodata/durand-line.geojson?url';
import boundariesUrl from '../../../geodata/boundaries.geojson?url';
import kashmirUrl from '../../../geodata/kashmir-labels.geojson?url';
import placesUrl from '../../../geodata/places.geojson?url';
import provincesUrl from '../../../geodata/provinces.geojson?url';
import { LAYERS, type AreaLabels, type Boundaries, type Countries, type DurandLine } from './layers.ts';
import type { LayerFile, Places, Provinces } from './layers.ts';
import { formatIssues, parseAndValidate, type ValidationIssue } from './validate.ts';
import { m } from '../i18n/messages.ts';

export class LayerError extends Error {
  constructor(
    readonly file: string,
    readonly issues: ValidationIssue[],
  ) {
    super(formatIssues(issues));
    this.name = 'LayerError';
  }
}

export async function loadLayer<T extends { type: 'FeatureCollection' }>(
  url: string,
  file: LayerFile,
  fetcher: typeof fetch = fetch,
): Promise<T> {
  let text: string;
  try {
    const response = await fetcher(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    text = await response.text();
  } catch (error) {
    const reason = (error as Error).message;
    throw new LayerError(file, [{ file, index: -1, message: m.errors_data_not_loaded({ reason }) }]);
  }
  const { data, issues } = parseAndValidate(text, file, LAYERS[file]);
  if (!data) throw new LayerError(file, issues);
  return data as unknown as T;
}

export interface Layers {
  countries: Countries;
  provinces: Provinces;
  durandLine: DurandLine;
  /** Land boundaries between the other countries, international or de facto (Kashmir). */
  boundaries: Boundaries;
  /** Who administers each part of disputed Kashmir. */
  kashmirLabels: AreaLabels;
  places: Places;
}

/**
 * The address of the bundled incidents' compact payload, which the build writes from
 * geodata/incidents.geojson once it passes the rules (scripts/incident-payload.ts; state/boot.ts).
 */
export const incidentsUrl = bundledIncidentsUrl;

export async function loadLayers(): Promise<Layers> {
  const [countries, provinces, durandLine, boundaries, kashmirLabels, places] = await Promise.all([
    loadLayer<Countries>(countriesUrl, 'countries.geojson'),
    loadLayer<Provinces>(provincesUrl, 'provinces.geojson'),
    loadLayer<DurandLine>(durandUrl, 'durand-line.geojson'),
    loadLayer<Boundaries>(boundariesUrl, 'boundaries.geojson'),
    loadLayer<AreaLabels>(kashmirUrl, 'kashmir-labels.geojson'),
    loadLayer<Places>(placesUrl, 'places.geojson'),
  ]);
  return { countries, provinces, durandLine, boundaries, kashmirLabels, places };
}
