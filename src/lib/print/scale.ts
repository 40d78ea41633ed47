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

/** The bar's honest words: where it holds, and what it spans at the map's top and bottom edges. */
export interface ScaleNote {
  /** Latitude where the bar is true (the map's centre). */
  lat: number;
  top: { lat: number; km: number };
  bottom: { lat: number; km: number };
}

/**
 * On a Web Mercator map a bar of `km` at latitude `lat` spans km × cos(φ) / cos(lat) at φ, so it
 * is shorter on the ground north of the centre and longer south of it.
 */
export function scaleNote(km: number, lat: number, topLat: number, bottomLat: number): ScaleNote {
  const at = (phi: number) => (km * Math.cos((phi * Math.PI) / 180)) / Math.cos((lat * Math.PI) / 180);
  return { lat, top: { lat: topLat, km: at(topLat) }, bottom: { lat: bottomLat, km: at(bottomLat) } };
}

const deg = (v: number) => `${Math.abs(v).toFixed(1)}° ${v >= 0 ? 'N' : 'S'}`;

export function scaleWords(note: ScaleNote): string {
  const r = (v: number) => Math.round(v).toLocaleString('en-GB');
  return (
    `True at ${deg(note.lat)}, the map's centre. At its top (${deg(note.top.lat)}) the bar spans ` +
    `${r(note.top.km)} km; at its bottom (${deg(note.bottom.lat)}), ${r(note.bottom.km)} km.`
  );
}
