/**
 * A tile archive's summary, written into its metadata by `npm run tiles`: how many incidents it
 * holds and a small cube of counts by type, side and month, so the app can count and facet an
 * archive it never loads whole. Counts under filters the cube does not hold are named as such.
 */
import { ARCHIVE_FORMAT, ARCHIVE_VERSION, type ArchiveProps } from './archive.ts';
import { dayOfNumber } from './dates.ts';
import type { Filters } from './filters.ts';
import { m } from '../i18n/messages.ts';

export interface ArchiveSummary {
  format: typeof ARCHIVE_FORMAT;
  version: typeof ARCHIVE_VERSION;
  /** Incidents on the map, and those left out because they have no point. */
  count: number;
  unplaced: number;
  /** First and last day covered, as day numbers. */
  first: number;
  last: number;
  types: string[];
  sides: string[];
  /** ISO months ("2024-03") an incident may start or end in. */
  months: string[];
  /**
   * Flattened [type, side, first month, last month, count] (indexes into the lists) for every
   * non-empty cell: an incident is counted under every month its span overlaps.
   */
  cube: number[];
  /** Summary reports: drawn on the map, counted through the incidents they sum up, not here. */
  aggregates: number;
  /** The most frequent actors with their counts, and how many actors there are in all. */
  actors: [string, number][];
  actorTotal: number;
  /** Zooms of the archive; below `completeFromZoom` the tiles hold a sample (≤ maxPerTile each). */
  minZoom: number;
  maxZoom: number;
  completeFromZoom: number;
  maxPerTile: number;
}

const TOP_ACTORS = 200;
/** Numbers per cube cell. */
const CELL = 5;

/** Counts incidents one by one, then gives the summary. */
export class SummaryBuilder {
  #cells = new Map<string, number>();
  #actors = new Map<string, number>();
  #count = 0;
  #aggregates = 0;
  #first = Infinity;
  #last = -Infinity;

  add(p: ArchiveProps): void {
    if (p.ag) return void this.#aggregates++;
    this.#count++;
    this.#first = Math.min(this.#first, p.s);
    this.#last = Math.max(this.#last, p.e);
    const key = [p.t, p.sd, dayOfNumber(p.s).slice(0, 7), dayOfNumber(p.e).slice(0, 7)].join('\t');
    this.#cells.set(key, (this.#cells.get(key) ?? 0) + 1);
    for (const actor of p.a.split('|').filter(Boolean))
      this.#actors.set(actor, (this.#actors.get(actor) ?? 0) + 1);
  }

  finish(
    zooms: Pick<ArchiveSummary, 'unplaced' | 'minZoom' | 'maxZoom' | 'completeFromZoom' | 'maxPerTile'>,
  ) {
    const cells = [...this.#cells].map(
      ([key, n]) => [...key.split('\t'), n] as [string, string, string, string, number],
    );
    const sorted = (...at: number[]) =>
      [...new Set(cells.flatMap((c) => at.map((i) => c[i] as string)))].sort();
    const [types, sides, months] = [sorted(0), sorted(1), sorted(2, 3)];
    const actors = [...this.#actors].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const summary: ArchiveSummary = {
      format: ARCHIVE_FORMAT,
      version: ARCHIVE_VERSION,
      count: this.#count,
      first: this.#count ? this.#first : 0,
      last: this.#count ? this.#last : 0,
      types,
      sides,
      months,
      cube: cells.flatMap(([t, s, a, b, n]) => [
        types.indexOf(t),
        sides.indexOf(s),
        months.indexOf(a),
        months.indexOf(b),
        n,
      ]),
      aggregates: this.#aggregates,
      actors: actors.slice(0, TOP_ACTORS),
      actorTotal: actors.length,
      ...zooms,
    };
    return summary;
  }
}

export interface ArchiveCount {
  total: number;
  matching: number;
  /** True when a date filter is on: the cube counts whole months. */
  approximate: boolean;
  /** True when a filter the cube does not hold is on: `matching` is then the most there can be. */
  atMost: boolean;
  /** Filters drawn on the map but not in the count (the cube does not hold them). */
  uncounted: (keyof Filters)[];
  /** Incidents by type under the other counted filters (the type filter left out, as facets are). */
  byType: Map<string, number>;
}

const UNCOUNTED: (keyof Filters)[] = ['actors', 'precisions', 'provinces', 'districts', 'borderKm', 'radius'];

/** How many of the archive's incidents the filters match, as far as the cube can tell. */
export function archiveCount(s: ArchiveSummary, f: Filters): ArchiveCount {
  const fromMonth = f.from?.slice(0, 7) ?? '';
  const toMonth = f.to?.slice(0, 7) ?? '9999';
  const byType = new Map<string, number>();
  let matching = 0;
  for (let i = 0; i < s.cube.length; i += CELL) {
    const [t, side, first, last, n] = s.cube.slice(i, i + CELL) as number[] as [
      number,
      number,
      number,
      number,
      number,
    ];
    if (s.months[last]! < fromMonth || s.months[first]! > toMonth) continue;
    if (f.sides.length && !f.sides.includes(s.sides[side] as Filters['sides'][number])) continue;
    const type = s.types[t]!;
    byType.set(type, (byType.get(type) ?? 0) + n);
    if (!f.types.length || f.types.includes(type as Filters['types'][number])) matching += n;
  }
  const uncounted = UNCOUNTED.filter((k) => {
    const value = f[k];
    return Array.isArray(value) ? value.length > 0 : value !== null;
  });
  const approximate = Boolean(f.from || f.to);
  return { total: s.count, matching, approximate, atMost: uncounted.length > 0, uncounted, byType };
}

const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

/**
 * An archive's metadata as a summary, or what is wrong with it: archives come from anywhere, so
 * every field is checked before the app counts with it.
 */
export function readSummary(metadata: unknown): ArchiveSummary | string {
  const s = (metadata as { durandAtlas?: unknown } | null)?.durandAtlas as
    Record<string, unknown> | undefined;
  if (!s || typeof s !== 'object') return m.tiles_reason_no_summary();
  if (s.format !== ARCHIVE_FORMAT || s.version !== ARCHIVE_VERSION)
    return m.tiles_reason_version({
      found: `${String(s.format).slice(0, 60)} ${String(s.version).slice(0, 20)}`,
      expected: `${ARCHIVE_FORMAT} ${ARCHIVE_VERSION}`,
    });
  // The kinds are written as types: the same in every language.
  const field = (key: string, kind: string) => m.tiles_reason_field({ key, kind });
  const counts = ['count', 'unplaced', 'aggregates', 'actorTotal', 'minZoom', 'maxZoom', 'completeFromZoom'];
  const bad = [...counts, 'maxPerTile'].find((k) => !isCount(s[k]));
  if (bad) return field(bad, 'integer ≥ 0');
  const day = ['first', 'last'].find((k) => !Number.isSafeInteger(s[k]));
  if (day) return field(day, 'integer');
  for (const k of ['types', 'sides', 'months'] as const) if (!isStrings(s[k])) return field(k, 'string[]');
  const [types, sides, months] = [s.types, s.sides, s.months] as string[][];
  const cube = s.cube;
  if (!Array.isArray(cube) || cube.length % CELL || !cube.every(isCount)) return field('cube', 'integer[5n]');
  const limits = [types!.length, sides!.length, months!.length, months!.length];
  for (let i = 0; i < cube.length; i += CELL)
    if ([0, 1, 2, 3].some((j) => (cube[i + j] as number) >= limits[j]!))
      return m.tiles_reason_cell({ cell: String(i / CELL + 1) });
  const [min, whole, max] = [s.minZoom, s.completeFromZoom, s.maxZoom] as number[];
  if (!(min! <= whole! && whole! <= max! && max! <= 24)) return m.tiles_reason_zooms();
  const actors = s.actors;
  const pair = (a: unknown) => Array.isArray(a) && typeof a[0] === 'string' && isCount(a[1]);
  if (!Array.isArray(actors) || !actors.every(pair)) return field('actors', '[string, integer][]');
  return s as unknown as ArchiveSummary;
}
