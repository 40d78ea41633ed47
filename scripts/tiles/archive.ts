/**
 * Read incidents to a PMTiles archive: tiles cut, the summary counted, the metadata written the
 * way MapLibre and other PMTiles readers expect (`vector_layers`), with ours under `durandAtlas`.
 */
import { ARCHIVE_LAYER, type ArchiveProps } from '../../src/lib/domain/archive.ts';
import { SummaryBuilder, type ArchiveSummary } from '../../src/lib/domain/archive-summary.ts';
import { cutTiles, type CutOptions, type CutResult } from './cut.ts';
import { pmtilesParts } from './pmtiles-writer.ts';
import type { ReadResult } from './read.ts';

export type TileOptions = CutOptions;

/** What each field holds, for `vector_layers` (readers show it; the app reads ArchiveProps). */
const FIELDS: Record<keyof ArchiveProps, string> = {
  id: 'String',
  s: 'Number',
  e: 'Number',
  t: 'String',
  sd: 'String',
  p: 'String',
  a1: 'String',
  a2: 'String',
  a: 'String',
  km: 'Number',
  pl: 'String',
  dt: 'String',
  dp: 'String',
  de: 'String',
  ag: 'Number',
  json: 'String',
};

export function buildArchive(
  read: ReadResult,
  name: string,
  options: TileOptions,
): { parts: Uint8Array[]; summary: ArchiveSummary; largest: CutResult['largest'] } {
  const counter = new SummaryBuilder();
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of read.points) {
    counter.add(p.props);
    [w, s, e, n] = [Math.min(w, p.lng), Math.min(s, p.lat), Math.max(e, p.lng), Math.max(n, p.lat)];
  }
  const { tiles, completeFromZoom, largest } = cutTiles(read.points, options);
  const summary = counter.finish({ unplaced: read.unplaced, completeFromZoom, ...options });
  const metadata = {
    name,
    format: 'pbf',
    description: `Durand Atlas incidents: ${summary.count} with a point`,
    vector_layers: [
      { id: ARCHIVE_LAYER, fields: FIELDS, minzoom: options.minZoom, maxzoom: options.maxZoom },
    ],
    durandAtlas: summary,
  };
  const center: [number, number, number] = [(w + e) / 2, (s + n) / 2, options.minZoom];
  const parts = pmtilesParts(tiles, { ...options, bounds: [w, s, e, n], center, metadata });
  return { parts, summary, largest };
}
