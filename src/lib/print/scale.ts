/**
 * The scale bar for the printed map: a round number of kilometres (1, 2 or 5 × 10ⁿ) no longer
 * than the room given, at the map's centre latitude (Web Mercator: the scale holds there).
 */
import { CSS_DPI, MM_PER_INCH } from './paper.ts';

const EARTH_CIRCUMFERENCE_M = 40075016.686;

/** Kilometres per millimetre of paper, for a map drawn in CSS pixels at this zoom and latitude. */
export function kmPerMm(zoom: number, lat: number): number {
  const metresPerCssPx = (EARTH_CIRCUMFERENCE_M * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);
  return metresPerCssPx / 1000 / (MM_PER_INCH / CSS_DPI);
}

export function scaleBar(
  zoom: number,
  lat: number,
  maxMm: number,
): { km: number; mm: number; label: string } {
  const perMm = kmPerMm(zoom, lat);
  const maxKm = maxMm * perMm;
  const power = 10 ** Math.floor(Math.log10(maxKm));
  const km = [5, 2, 1].map((f) => f * power).find((v) => v <= maxKm) ?? power;
  return { km, mm: km / perMm, label: `${km.toLocaleString('en-GB')} km` };
}
