/**
 * The bundled layers as the basemap draws them: label points for countries, provinces and the
 * Durand Line, and the spot on the line where the "along the border" badge sits.
 */
import type { Layers } from '../data/load.ts';
import { labelPoints, pointsAlong } from '../geo/label-points.ts';
import type { BasemapData } from './style.ts';

export function basemapData(layers: Layers): BasemapData {
  const line = layers.durandLine.features[0]!;
  return {
    countries: layers.countries,
    provinces: layers.provinces,
    durandLine: layers.durandLine,
    boundaries: layers.boundaries,
    disputedLabels: layers.kashmirLabels,
    places: layers.places,
    provinceLabels: labelPoints(layers.provinces),
    countryLabels: labelPoints(layers.countries),
    durandLabels: pointsAlong(line, [0.12, 0.42, 0.8]),
    badgeAnchor: pointsAlong(line, [0.6]).features[0]!.geometry,
  };
}
