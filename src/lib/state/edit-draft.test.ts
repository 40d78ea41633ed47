import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Incident } from '../data/incidents.ts';
import { draftIssues, draftOf, emptyClaim, emptyDraft, incidentOf } from './edit-draft.ts';

const bundled = (
  JSON.parse(readFileSync(new URL('../../../geodata/incidents.geojson', import.meta.url), 'utf8')) as {
    features: Incident[];
  }
).features;

describe('the editor’s draft', () => {
  it('holds every bundled incident whole: form and back gives the same incident', () => {
    for (const incident of bundled) expect(incidentOf(draftOf(incident))).toEqual(incident);
  });

  it('says what keeps a new draft from being saved, and nothing once it is complete', () => {
    const d = emptyDraft('2025-03-02');
    expect(draftIssues(d, new Map())).toEqual([
      'longitude "" is not a number',
      'latitude "" is not a number',
    ]);
    Object.assign(d, {
      lng: '70.1',
      lat: '33.9',
      location_name: 'Parachinar',
      country: 'PAK',
      admin1: 'Khyber Pakhtunkhwa',
    });
    expect(draftIssues(d, new Map())).toEqual([
      'source 0: needs an outlet and a headline',
      'source 0: date "" is not an ISO date',
      'summary is too short to tell what happened',
    ]);
    d.summary = 'Clashes reported near Parachinar, written by an analyst for the test.';
    d.sources[0] = {
      ...d.sources[0]!,
      outlet: 'My notes',
      headline: 'Call with a contact',
      date: '2025-03-03',
    };
    d.claims.push({ ...emptyClaim(), figure: '3', claimed_by: 'A local official' });
    expect(draftIssues(d, new Map())).toEqual([]);
    const saved = incidentOf(d);
    expect(saved.properties.id).toBe('2025-03-02-parachinar-armed-clash');
    expect(saved.properties.claims).toEqual([
      { figure: 3, what: 'killed', claimed_by: 'A local official', source: 'my-notes-2025-03-03' },
    ]);
    expect(draftIssues(d, new Map([['2025-03-02-parachinar-armed-clash', '“mine.csv”']]))).toEqual([
      'id "2025-03-02-parachinar-armed-clash" is already used in “mine.csv”',
    ]);
  });

  it('refuses numbers that are not numbers before anything else', () => {
    const d = draftOf(bundled[0]!);
    d.claims.push({ ...emptyClaim(), figure: 'dozens', low: 'x' });
    expect(draftIssues(d, new Map())).toEqual([
      `claim ${d.claims.length}: low "x" is not a whole number`,
      `claim ${d.claims.length}: figure "dozens" is not a number or a range like 10-20`,
    ]);
  });
});
