/**
 * What a briefing page needs from the map: an image of the printed extent drawn at print
 * resolution, with where it lies. src/lib/map draws it; print only reads it.
 */
import type { Position } from 'geojson';

export interface PrintMap {
  dataUrl: string;
  widthPx: number;
  heightPx: number;
  /** The printed extent's corners (for the inset), clockwise from top left. */
  extent: Position[];
  center: [number, number];
  zoom: number;
  bearing: number;
  /** A tilted map has no single scale. */
  pitch: number;
  /** Ids of the style layers with something drawn in the printed extent (the legend's source). */
  rendered: string[];
}

export interface PrintMapOptions {
  /** Cancels the render (a newer one supersedes it): the map is dropped, the promise rejects. */
  signal?: AbortSignal;
  /**
   * The table's number of each incident in the printed extent: clusters are turned off when
   * given, and back on where it answers null (too many to number).
   */
  numbers?: (extent: Position[]) => Map<string, number> | null;
}

export type PrintMapRenderer = (
  wMm: number,
  hMm: number,
  dpi: number,
  options?: PrintMapOptions,
) => Promise<PrintMap>;
