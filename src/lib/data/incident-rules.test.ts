/** Schema v2 rules: each violation is rejected with a located message; each precision has a fixture. */
import { describe, expect, it } from 'vitest';
import { incidentRules } from './incidents.ts';
import { validateFeatureCollection } from './validate.ts';

const source = {
  id: 'nyt-2025-10-18',
  outlet: 'The New York Times',
  headline: 'A headline',
  date: '2025-10-18',
};
function feature(props: Record<string, unknown> = {}, point: [number, number] | null = [69.17, 34.53]) {
  return {
    type: 'Feature',
    geometry: point ? { type: 'Point', coordinates: point } : null,
    properties: {
      id: 'a-test',
      date: '2025-10-17',
      date_precision: 'day',
      type: 'airstrike',
      actors: ['Pakistani armed forces'],
      country: 'AFG',
      admin1: 'Kabul',
      location_name: 'Kabul',
      location_precision: 'town',
      claims: [],
      summary: 'A summary that is long enough to say what happened.',
      sources: [source],
      ...props,
    },
  };
}
const issues = (...features: unknown[]) =>
  validateFeatureCollection({ type: 'FeatureCollection', features }, 'x.geojson', incidentRules).map(
    (i) => `feature ${i.index}: ${i.message}`,
  );

describe('date precision fixtures', () => {
  const ok: Record<string, Record<string, unknown>> = {
    day: { date: '2025-10-17' },
    'day with a known span': { date: '2025-10-11', end_date: '2025-10-19' },
    span: { date: '2025-10-10', end_date: '2025-10-11', date_precision: 'span' },
    week: { date: '2025-10-13', date_precision: 'week' },
    month: { date: '2025-10', date_precision: 'month' },
    year: { date: '2018', date_precision: 'year' },
  };
  for (const [name, props] of Object.entries(ok))
    it(`accepts ${name}`, () => expect(issues(feature(props))).toEqual([]));

  it('rejects a precision that does not fit the date', () => {
    expect(issues(feature({ date: '2025-10', date_precision: 'week' }))).toEqual([
      'feature 0: date_precision "week" needs a date given to the day, got "2025-10"',
    ]);
    expect(issues(feature({ date_precision: 'fortnight' }))[0]).toContain(
      'date_precision "fortnight" is not one of',
    );
  });
  it('rejects a span without an end, longer than a week, or a week with an end', () => {
    expect(issues(feature({ date_precision: 'span' }))).toEqual([
      'feature 0: date_precision "span" needs an end_date',
    ]);
    expect(
      issues(feature({ date: '2025-10-01', end_date: '2025-10-20', date_precision: 'span' }))[0],
    ).toContain('a "span" runs 2 to 7 days');
    expect(
      issues(feature({ date: '2025-10-13', end_date: '2025-10-19', date_precision: 'week' }))[0],
    ).toContain('"week" covers 7 days from date');
  });
  it('rejects an end before the start', () => {
    expect(issues(feature({ end_date: '2025-10-01' }))).toEqual([
      'feature 0: end_date 2025-10-01 is before date 2025-10-17',
    ]);
  });
});

describe('location precision fixtures', () => {
  for (const precision of ['exact', 'town', 'district', 'province']) {
    it(`accepts ${precision} with a point and refuses it without`, () => {
      expect(issues(feature({ location_precision: precision }))).toEqual([]);
      expect(issues(feature({ location_precision: precision }, null))).toEqual([
        `feature 0: location_precision "${precision}" needs a point`,
      ]);
    });
  }
  for (const precision of ['border', 'country', 'unknown']) {
    it(`accepts ${precision} without a point and refuses an invented one`, () => {
      expect(issues(feature({ location_precision: precision, admin1: null }, null))).toEqual([]);
      expect(issues(feature({ location_precision: precision }))).toEqual([
        `feature 0: location_precision "${precision}" must not have an invented point`,
      ]);
    });
  }
  it('checks admin2', () => {
    expect(issues(feature({ admin2: 'North Waziristan', location_precision: 'district' }))).toEqual([]);
    expect(issues(feature({ admin2: 7 }))).toEqual(['feature 0: admin2 must be a name or null']);
  });
});

describe('claims and sources', () => {
  const claim = (c: Record<string, unknown>) =>
    feature({ claims: [{ figure: 3, what: 'killed', claimed_by: 'Taliban', source: source.id, ...c }] });
  it('accepts estimates, wording and sides', () => {
    expect(issues(claim({ low: 2, best: 3, high: 5, side: 'civilians' }))).toEqual([]);
    expect(issues(claim({ figure: null, wording: 'several' }))).toEqual([]);
    expect(issues(claim({ figure: 50, qualifier: '-odd' }))).toEqual([]);
  });
  it('rejects a claim citing an outlet instead of an article id', () => {
    expect(issues(claim({ source: 'The New York Times' }))).toEqual([
      'feature 0: claim 0: cites "The New York Times", which is not the id of one of the incident\'s sources',
    ]);
  });
  it('rejects disordered estimates and a figure beside wording', () => {
    expect(issues(claim({ low: 9, high: 4 }))).toEqual(['feature 0: claim 0: low 9 is above high 4']);
    expect(issues(claim({ best: 1, low: 2 }))).toEqual(['feature 0: claim 0: best 1 is below low 2']);
    expect(issues(claim({ wording: 'dozens' }))).toEqual([
      'feature 0: claim 0: wording stands in for a missing figure: use one or the other',
    ]);
    expect(issues(claim({ qualifier: 'roughly' }))[0]).toContain('qualifier "roughly" is not one of');
  });
  it('rejects a source without an id, a script URL, and a duplicated article', () => {
    const bad = { ...source, id: 'Not A Slug', url: 'javascript:alert(1)' };
    expect(issues(feature({ sources: [bad] }))).toEqual([
      'feature 0: source 0: id "Not A Slug" is not a lower-case slug',
      'feature 0: source 0: url must be an http or https address',
    ]);
    expect(issues(feature({ sources: [source, source] }))).toEqual([
      `feature 0: source id "${source.id}" is listed twice`,
    ]);
  });
  it('keeps one record per article across incidents', () => {
    const other = feature({ id: 'b-test', sources: [{ ...source, headline: 'Another headline' }] });
    expect(issues(feature(), other)).toEqual([
      `feature 1: source "${source.id}" differs from the same source in an earlier incident`,
    ]);
  });
  it('reports, never throws, on missing or odd sources and claims', () => {
    const { sources: _s, claims: _c, ...rest } = feature().properties;
    const bare = { ...feature(), properties: rest };
    expect(issues(bare)).toEqual([
      'feature 0: missing required property "claims"',
      'feature 0: missing required property "sources"',
    ]);
    expect(issues(feature({ sources: [42], claims: ['x'] }))).toEqual([
      'feature 0: property "claims" should be object[], got ["x"]',
      'feature 0: property "sources" should be object[], got [42]',
      'feature 0: source 0: is not an object',
      'feature 0: claim 0: is not an object',
    ]);
  });
});

describe('actor roles and aggregates', () => {
  it('accepts roles among the actors and refuses others', () => {
    const actors = ['Pakistani armed forces', 'Afghan Taliban forces'];
    expect(
      issues(feature({ actors, actor1: actors[0], actor2: actors[1], civilian_targeting: false })),
    ).toEqual([]);
    expect(issues(feature({ actor1: 'India' }))).toEqual([
      'feature 0: actor1 "India" is not one of the actors',
    ]);
    expect(issues(feature({ civilian_targeting: 'yes' }))).toEqual([
      'feature 0: civilian_targeting must be true or false',
    ]);
  });
  it('links an aggregate to parts that exist and are not aggregates', () => {
    const part = feature({ id: 'part-one' });
    const whole = feature({ id: 'the-whole', clarity: 'aggregate', parts: ['part-one'] });
    expect(issues(part, whole)).toEqual([]);
    expect(issues(whole)).toEqual(['feature 0: part "part-one" is not an incident in this file']);
    expect(issues(feature({ clarity: 'aggregate' }))).toEqual([
      'feature 0: an aggregate must list its parts',
    ]);
    expect(issues(feature({ parts: ['x'] }))).toEqual([
      'feature 0: only an aggregate (clarity "aggregate") has parts',
    ]);
    const nested = feature({ id: 'outer', clarity: 'aggregate', parts: ['the-whole'] });
    expect(issues(part, whole, nested)).toEqual(['feature 2: part "the-whole" is itself an aggregate']);
  });
});
