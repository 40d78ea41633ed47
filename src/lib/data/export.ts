/**
 * The incidents shown, taken away: GeoJSON (our schema, with the export's stamp as a foreign
 * member) and our CSV layout (import/atlas-csv.ts). Both import back to the same incidents
 * (a source id two datasets use for different articles is told apart first: export-sources.ts).
 */
import Papa from 'papaparse';
import type { Incident } from './schema.ts';
import { ATLAS_COLUMNS, atlasRow, type ExportStamp } from './import/atlas-csv.ts';
import { distinctSources } from './export-sources.ts';

export type { ExportStamp } from './import/atlas-csv.ts';

/** A file's text, and the source ids given to records that shared an id (export-sources.ts). */
export interface ExportFile {
  text: string;
  renamed: string[];
}

export function geoJsonExport(shown: readonly Incident[], stamp: ExportStamp): ExportFile {
  const { incidents, renamed } = distinctSources(shown);
  const collection = {
    type: 'FeatureCollection',
    // RFC 7946 §6.1 allows foreign members; readers that do not know it skip it.
    durand_atlas: { schema: 2, dataset_version: stamp.version, exported_at: stamp.exportedAt },
    features: incidents,
  };
  return { text: `${JSON.stringify(collection)}\n`, renamed };
}

export function atlasCsvExport(shown: readonly Incident[], stamp: ExportStamp): ExportFile {
  const { incidents, renamed } = distinctSources(shown);
  const rows = incidents.map((i) => atlasRow(i, stamp));
  const data = rows.map((r) => ATLAS_COLUMNS.map((c) => r[c] ?? ''));
  return { text: `${Papa.unparse({ fields: [...ATLAS_COLUMNS], data })}\r\n`, renamed };
}
