/**
 * Reads incidents for `npm run tiles`, checked with the app's own rules, and measures them against
 * the Durand Line in batches: a FeatureCollection file, or GeoJSON lines (one Feature per line,
 * `.geojsonl`, `.geojsons`, `.ndjson`, `.jsonl`) for sets whose JSON is longer than one string
 * can hold. Rejected records are reported by line or feature number; the rest are kept.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import type { Incident } from '../../src/lib/data/incidents.ts';
import { LAYERS } from '../../src/lib/data/layers.ts';
import { validateFeatureCollection } from '../../src/lib/data/validate.ts';
import { asCollection } from '../../src/lib/data/geojson-rules.ts';
import { archiveProps } from '../../src/lib/domain/archive.ts';
import type { Geography } from '../../src/lib/state/incident-set.ts';
import { measureIncidents } from '../../src/lib/state/incident-set.ts';
import { m } from '../../src/lib/i18n/messages.ts';
import type { TilePoint } from './cut.ts';

export const LINES = /\.(geojsonl|geojsons|ndjson|jsonl)$/i;
// Ids and summary reports' parts are checked across the whole file below, not batch by batch
// (`required` still asks for an id). Sources shared by several records are not compared.
const RULES = { ...LAYERS['incidents.geojson'], uniqueId: undefined, checkCollection: undefined };
const BATCH = 5000;
/** A record separator (RFC 8142 text sequences) or a byte-order mark before a record. */
const STARTS = new Set(['\u001e', '\ufeff']);

export interface ReadResult {
  points: TilePoint[];
  /** Valid incidents without a point: counted, not drawn. */
  unplaced: number;
  /** One line per rejected record: "line 12 (id x): …". */
  rejected: string[];
}

/** A stable rank in [0, 1) from an id (FNV-1a): the same incidents survive thinning every time. */
export function rankOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0) / 2 ** 32;
}

export class IncidentReader {
  result: ReadResult = { points: [], unplaced: 0, rejected: [] };
  #seen = new Map<string, string>();
  /** Summary reports, with where each stood and the parts it names; the ids of all of them. */
  #reports: { id: string; place: string; parts: string[] }[] = [];
  #reportIds = new Set<string>();
  #unplaced = new Set<string>();
  constructor(
    private readonly geography: Geography,
    private readonly file: string,
  ) {}

  /** Checks a batch of features (each with where it stood: "line 3", "feature 4") and keeps the valid. */
  add(features: unknown[], places: string[]): void {
    const issues = validateFeatureCollection({ type: 'FeatureCollection', features }, this.file, RULES);
    const bad = new Set<number>();
    for (const issue of issues) {
      bad.add(issue.index);
      const named = (features[issue.index] as { properties?: { id?: unknown } } | undefined)?.properties?.id;
      const id = typeof named === 'string' && named ? ` (id ${named})` : '';
      this.result.rejected.push(`${places[issue.index] ?? 'file'}${id}: ${issue.message}`);
    }
    const kept = (features as Incident[]).filter((f, i) => {
      if (bad.has(i)) return false;
      const first = this.#seen.get(f.properties.id);
      if (first) this.result.rejected.push(`${places[i]}: id ${f.properties.id} repeats ${first}'s`);
      else this.#seen.set(f.properties.id, places[i]!);
      return !first;
    });
    const columns = measureIncidents(kept, this.geography);
    kept.forEach((incident, row) => {
      const p = incident.properties;
      if (p.clarity === 'aggregate') {
        this.#reports.push({ id: p.id, place: this.#seen.get(p.id)!, parts: (p.parts ?? []).map(String) });
        this.#reportIds.add(p.id);
      }
      const point = incident.geometry?.coordinates;
      if (!point) return void (this.result.unplaced++, this.#unplaced.add(p.id));
      const measured = { start: columns.start[row]!, end: columns.end[row]!, kmMin: columns.kmMin[row]! };
      const props = archiveProps(incident, measured);
      const json = JSON.stringify(incident);
      this.result.points.push({ lng: point[0]!, lat: point[1]!, rank: rankOf(props.id), props, json });
    });
  }

  /** The summary reports' parts checked against the whole file; reports naming a bad one are left out. */
  finish(): ReadResult {
    const owner = new Map<string, string>();
    const dropped = new Set<string>();
    for (const report of this.#reports)
      for (const part of report.parts) {
        const problem = !this.#seen.has(part)
          ? m.errors_data_part_missing({ part })
          : this.#reportIds.has(part)
            ? m.errors_data_part_aggregate({ part })
            : owner.has(part) && owner.get(part) !== report.id
              ? m.errors_data_part_twice({ part, first: owner.get(part)! })
              : null;
        owner.set(part, report.id);
        if (!problem || dropped.has(report.id)) continue;
        dropped.add(report.id);
        this.result.rejected.push(`${report.place} (id ${report.id}): ${problem}`);
      }
    if (!dropped.size) return this.result;
    const points = this.result.points.filter((p) => !dropped.has(p.props.id));
    const unplaced = this.result.unplaced - [...dropped].filter((id) => this.#unplaced.has(id)).length;
    return { ...this.result, points, unplaced };
  }
}

/** Every incident of a file, or a message naming what stopped the reading. */
export async function readIncidents(path: string, geography: Geography): Promise<ReadResult | string> {
  const file = basename(path);
  const reader = new IncidentReader(geography, file);
  if (!LINES.test(path)) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      if (error instanceof RangeError)
        return `${file} is longer than one string can hold: write it as GeoJSON lines (.geojsonl), one Feature a line`;
      return `${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      return `${file} is not JSON (${(error as Error).message.slice(0, 160)})`;
    }
    const collection = asCollection(value);
    if (typeof collection === 'string') return `${file}: ${collection}`;
    const features = collection.features;
    for (let i = 0; i < features.length; i += BATCH) {
      const batch = features.slice(i, i + BATCH);
      reader.add(
        batch,
        batch.map((_, j) => `feature ${i + j + 1}`),
      );
    }
    return reader.finish();
  }
  return readLines(path, reader);
}

async function readLines(path: string, reader: IncidentReader): Promise<ReadResult> {
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  let batch: unknown[] = [];
  let places: string[] = [];
  let n = 0;
  for await (const line of lines) {
    n++;
    // RFC 8142 text sequences start each record with a record separator; a file may start with a BOM.
    const text = (STARTS.has(line[0] ?? '') ? line.slice(1) : line).trim();
    if (!text) continue;
    try {
      batch.push(JSON.parse(text));
      places.push(`line ${n}`);
    } catch (error) {
      reader.result.rejected.push(`line ${n}: not JSON (${(error as Error).message.slice(0, 120)})`);
    }
    if (batch.length === BATCH) {
      reader.add(batch, places);
      [batch, places] = [[], []];
    }
  }
  if (batch.length) reader.add(batch, places);
  return reader.finish();
}
