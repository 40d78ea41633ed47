/**
 * The scale bar for the printed map: a round number of kilometres (1, 2 or 5 × 10ⁿ) no longer
 * than the room given, at the map's centre latitude (Web Mercator: the scale holds there).
 */
import { CSS_DPI, MM_PER_INCH } from './paper.ts';
import { m, n } from '../i18n/messages.ts';
import { latitudeWords } from '../i18n/coordinates.ts';

/** "33.6° N": one decimal, as `toFixed(1)` writes it, in the language's digits. */
const deg = (lat: number) => latitudeWords(lat, 1);

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
  return { km, mm: km / perMm, label: m.print_km({ km: n(km) }) };
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

export function scaleWords(note: ScaleNote): string {
  const r = (v: number) => n(Math.round(v));
  return m.print_scale_words({
    centre: deg(note.lat),
    top: deg(note.top.lat),
    topKm: r(note.top.km),
    bottom: deg(note.bottom.lat),
    bottomKm: r(note.bottom.km),
  });
}
