/**
 * The incidents shown, taken away: GeoJSON (our schema, with the export's stamp as a foreign
 * member) and our CSV layout (import/atlas-csv.ts). Both import back to the same incidents.
 */
import Papa from 'papaparse';
import type { Incident } from './schema.ts';
import { ATLAS_COLUMNS, atlasRow, type ExportStamp } from './import/atlas-csv.ts';

export type { ExportStamp } from './import/atlas-csv.ts';

export function geoJsonExport(incidents: readonly Incident[], stamp: ExportStamp): string {
  const collection = {
    type: 'FeatureCollection',
    // RFC 7946 §6.1 allows foreign members; readers that do not know it skip it.
    durand_atlas: { schema: 2, dataset_version: stamp.version, exported_at: stamp.exportedAt },
    features: incidents,
  };
  return `${JSON.stringify(collection)}\n`;
}

export function atlasCsvExport(incidents: readonly Incident[], stamp: ExportStamp): string {
  const rows = incidents.map((i) => atlasRow(i, stamp));
  return `${Papa.unparse({ fields: [...ATLAS_COLUMNS], data: rows.map((r) => ATLAS_COLUMNS.map((c) => r[c] ?? '')) })}\r\n`;
}
