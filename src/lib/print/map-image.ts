/**
 * What a briefing page needs from the map: an image of the printed extent drawn at print
 * resolution, with where it lies. src/lib/map draws it; print only reads it.
 */
import type { FeatureCollection, Point, Position } from 'geojson';

export interface PrintMap {
  dataUrl: string;
  widthPx: number;
  heightPx: number;
  /** The printed extent's corners (for the inset), clockwise from top left. */
  extent: Position[];
  center: [number, number];
  zoom: number;
  bearing: number;
}

export interface PrintMapOptions {
  /** Cancels the render (a newer one supersedes it): the map is dropped, the promise rejects. */
  signal?: AbortSignal;
  /** Number labels for the incidents in the printed extent; clusters are turned off when given. */
  labels?: (extent: Position[]) => FeatureCollection<Point, { label: string }>;
}

export type PrintMapRenderer = (
  wMm: number,
  hMm: number,
  dpi: number,
  options?: PrintMapOptions,
) => Promise<PrintMap>;
