/**
 * The columns of several sets of incidents, one after another, as computeColumns would give for
 * their incidents together: each set is measured once (the bundled set by the build, a dataset
 * when it is imported) and joining them is a copy, not a new measurement. Dictionaries (actors,
 * provinces, districts, places) are merged in order of first appearance and the codes renumbered.
 */
import type { Incident } from '../data/incidents.ts';
import type { Codes } from './codes.ts';
import { ROW_COLUMNS, withDeferredColumns, type StoreColumns } from './store-columns.ts';
import { joinCitedSources } from './cited-sources.ts';

type Numeric = Int16Array | Int32Array | Uint8Array | Uint32Array | Float64Array;
type NumericKey = (typeof ROW_COLUMNS)[number];

function concat<T extends Numeric>(arrays: T[]): T {
  const out = new (arrays[0]!.constructor as new (n: number) => T)(arrays.reduce((n, a) => n + a.length, 0));
  let at = 0;
  for (const a of arrays) {
    out.set(a as never, at);
    at += a.length;
  }
  return out;
}

/** One merged dictionary, and per set the new code of each of its old codes. */
function mergeNames(lists: string[][]): { names: string[]; maps: Int32Array[] } {
  const names: string[] = [];
  const index = new Map<string, number>();
  const maps = lists.map((list) =>
    Int32Array.from(list, (name) => {
      let code = index.get(name);
      if (code === undefined) index.set(name, (code = names.push(name) - 1));
      return code;
    }),
  );
  return { names, maps };
}

/** Codes renumbered through `maps` (-1, "none", stays -1). */
function recode<T extends Int32Array | Uint32Array>(columns: T[], maps: Int32Array[]): T {
  const out = concat(columns);
  let at = 0;
  columns.forEach((c, set) => {
    for (let i = 0; i < c.length; i++) if (out[at + i]! >= 0) out[at + i] = maps[set]![out[at + i]!]!;
    at += c.length;
  });
  return out;
}

function joinCodes(codes: Codes[]): Codes {
  const actors = mergeNames(codes.map((c) => c.actors));
  const provinces = mergeNames(codes.map((c) => c.provinces));
  const districts = mergeNames(codes.map((c) => c.districts));
  const places = mergeNames(codes.map((c) => c.places));
  const actorList = concat(codes.map((c) => c.actorList));
  const actorStart = new Uint32Array(codes.reduce((n, c) => n + c.type.length, 0) + 1);
  let row = 0;
  let listAt = 0;
  codes.forEach((c, set) => {
    const map = actors.maps[set]!;
    for (let i = 0; i < c.actorList.length; i++) actorList[listAt + i] = map[c.actorList[i]!]!;
    for (let r = 0; r < c.type.length; r++) actorStart[row + r] = listAt + c.actorStart[r]!;
    row += c.type.length;
    listAt += c.actorList.length;
  });
  actorStart[row] = listAt;
  return {
    type: concat(codes.map((c) => c.type)),
    precision: concat(codes.map((c) => c.precision)),
    side: concat(codes.map((c) => c.side)),
    actorStart,
    actorList,
    actors: actors.names,
    province: recode(
      codes.map((c) => c.province),
      provinces.maps,
    ),
    district: recode(
      codes.map((c) => c.district),
      districts.maps,
    ),
    provinces: provinces.names,
    districts: districts.names,
    place: recode(
      codes.map((c) => c.place),
      places.maps,
    ),
    places: places.names,
  };
}

/** `sets` in order; `incidents` are all their incidents in the same order (for summary reports). */
export function joinColumns(sets: StoreColumns[], incidents: readonly Incident[]): StoreColumns {
  if (sets.length === 1) return sets[0]!;
  const perRow = Object.fromEntries(ROW_COLUMNS.map((k) => [k, concat(sets.map((s) => s[k] as Numeric))]));
  const searchStart = new Uint32Array(incidents.length + 1);
  let row = 0;
  let textAt = 0;
  for (const s of sets) {
    const rows = s.searchStart.length - 1;
    for (let r = 0; r < rows; r++) searchStart[row + r] = textAt + s.searchStart[r]!;
    row += rows;
    // A set's text length is its last offset: its text (the payload's deferred one) is not read.
    textAt += s.searchStart[rows]!;
  }
  searchStart[row] = textAt;
  // Joined when first read (a search, the About box), so the bundled set's stay unread till then.
  return withDeferredColumns(
    {
      ids: sets.flatMap((s) => s.ids),
      ...(perRow as Pick<StoreColumns, NumericKey>),
      codes: joinCodes(sets.map((s) => s.codes)),
      searchStart,
      partsOf: relinkReports(sets, incidents),
      warmSearch: async () => void (await Promise.all(sets.map((s) => s.warmSearch?.()))),
    },
    {
      searchText: () => sets.map((s) => s.searchText).join(''),
      sources: () => joinCitedSources(sets.map((s) => s.sources)),
    },
  );
}

/**
 * A summary report may name parts in another set: each set's reports (its partsOf keys) linked
 * again over all of them, by id. Only the reports themselves are read, so the bundled incidents
 * stay unparsed (payload-rows.ts).
 */
function relinkReports(sets: StoreColumns[], incidents: readonly Incident[]): Map<number, number[]> {
  const rowOf = new Map<string, number>();
  let row = 0;
  for (const s of sets) for (const id of s.ids) rowOf.set(id, row++);
  const partsOf = new Map<number, number[]>();
  let first = 0;
  for (const s of sets) {
    for (const report of s.partsOf.keys()) {
      const parts = incidents[first + report]!.properties.parts ?? [];
      partsOf.set(
        first + report,
        parts.map((id) => rowOf.get(id)).filter((r) => r !== undefined),
      );
    }
    first += s.ids.length;
  }
  return partsOf;
}
