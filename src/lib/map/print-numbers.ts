/**
 * The printed map's incidents, numbered as in the table: symbols that would overlap are spread
 * on a small ring with a leader line to their true spot (a dot marks it), and each number sits
 * beside its own symbol, facing away from the crowd.
 */
import type { GeoJSONSource, GeoJSONSourceSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { spreadOut } from '../print/spread.ts';
import { n } from '../i18n/messages.ts';

/** Centre to centre, in CSS pixels: symbols are about 20 px across. */
const GAP_PX = 22;

export function numberIncidents(map: MapLibreMap, numbers: Map<string, number>): void {
  const source = map.getStyle().sources.incidents as GeoJSONSourceSpecification | undefined;
  const data = source?.data as FeatureCollection<Point, { id: string }> | undefined;
  if (!data) return;
  const shown = data.features.filter((f) => numbers.has(String(f.properties.id)));
  const placed = spreadOut(
    shown.map((f) => map.project(f.geometry.coordinates as [number, number])),
    GAP_PX,
  );
  const drawn: Feature<Point>[] = shown.map((f, i) => {
    const number = numbers.get(String(f.properties.id));
    return {
      ...f,
      // The label in the reader's digits, as the table beside the map numbers them.
      properties: { ...f.properties, n: number, label: n(number ?? 0), side: placed[i]!.side },
      geometry: { type: 'Point', coordinates: map.unproject([placed[i]!.x, placed[i]!.y]).toArray() },
    };
  });
  const leaders: Feature[] = shown.flatMap((f, i) =>
    placed[i]!.moved
      ? [
          {
            type: 'Feature',
            properties: {},
            geometry: {
              type: 'LineString',
              coordinates: [f.geometry.coordinates, drawn[i]!.geometry.coordinates],
            },
          },
          { type: 'Feature', properties: {}, geometry: f.geometry },
        ]
      : [],
  );
  (map.getSource('incidents') as GeoJSONSource).setData({
    type: 'FeatureCollection',
    features: drawn,
  });
  map.addSource('print-leaders', { type: 'geojson', data: { type: 'FeatureCollection', features: leaders } });
  const below = 'incidents-points';
  map.addLayer(
    {
      id: 'print-leaders',
      type: 'line',
      source: 'print-leaders',
      filter: ['==', ['geometry-type'], 'LineString'],
      paint: { 'line-color': '#1f2a36', 'line-width': 0.8 },
    },
    below,
  );
  map.addLayer(
    {
      id: 'print-true-spots',
      type: 'circle',
      source: 'print-leaders',
      filter: ['==', ['geometry-type'], 'Point'],
      paint: { 'circle-radius': 2, 'circle-color': '#1f2a36' },
    },
    below,
  );
  map.addLayer({
    id: 'print-numbers',
    type: 'symbol',
    source: 'incidents',
    layout: {
      'text-field': ['get', 'label'],
      'text-font': ['Atlas Sans Bold'],
      'text-size': 11,
      'text-anchor': ['match', ['get', 'side'], 'right', 'right', 'left'],
      'text-offset': ['match', ['get', 'side'], 'right', ['literal', [-1, 0]], ['literal', [1, 0]]],
      'text-allow-overlap': true,
      'text-ignore-placement': true,
    },
    paint: { 'text-color': '#111111', 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
  });
}
