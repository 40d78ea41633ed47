/**
 * One article, one record: our schema wants a source id to say the same wherever it is cited.
 * Two datasets may each use an id ("s1") for different articles; an export that mixes them would
 * then be refused on its way back in. So the export gives each different record under one id a
 * name of its own ("s1", "s1-2", …), with the claims that cite it, and leaves the rest untouched.
 */
import type { Incident, Source } from './schema.ts';
import { sourceRecord } from './incidents.ts';

export interface DistinctSources {
  incidents: Incident[];
  /** The ids given to records that shared an id with a different one, e.g. "s1-2". */
  renamed: string[];
}

export function distinctSources(incidents: readonly Incident[]): DistinctSources {
  // Each record's name, by id and record; the first record under an id keeps it.
  const nameOf = new Map<string, string>();
  // Every id in the set is reserved first: a new name never takes the id of a source met later.
  const used = new Set(incidents.flatMap((i) => i.properties.sources.map((s) => s.id)));
  const firstOf = new Map<string, string>();
  const renamed = new Set<string>();
  const named = (s: Source): string => {
    const key = `${s.id}\u0000${sourceRecord(s)}`;
    let name = nameOf.get(key);
    if (name !== undefined) return name;
    if (!firstOf.has(s.id)) {
      firstOf.set(s.id, key); // the first record under an id keeps it
      name = s.id;
    } else {
      name = `${s.id}-2`;
      for (let nth = 3; used.has(name); nth++) name = `${s.id}-${nth}`;
      used.add(name);
    }
    nameOf.set(key, name);
    return name;
  };
  const out = incidents.map((incident) => {
    const names = new Map<string, string>();
    for (const s of incident.properties.sources) {
      const name = named(s);
      if (name !== s.id) names.set(s.id, name);
    }
    if (!names.size) return incident;
    for (const name of names.values()) renamed.add(name);
    return renameSources(incident, names);
  });
  return { incidents: out, renamed: [...renamed] };
}

function renameSources(incident: Incident, names: Map<string, string>): Incident {
  const p = incident.properties;
  const to = (id: string) => names.get(id) ?? id;
  return {
    ...incident,
    properties: {
      ...p,
      sources: p.sources.map((s) => (names.has(s.id) ? { ...s, id: to(s.id) } : s)),
      claims: p.claims.map((c) => (names.has(c.source) ? { ...c, source: to(c.source) } : c)),
    },
  };
}
