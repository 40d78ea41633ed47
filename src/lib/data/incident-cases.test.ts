/** The incident validator and the date helpers on hand-made incidents (cases found while coding the data). */
import { describe, expect, it } from 'vitest';
import { dateSpan, incidentRules, parseIsoDate } from './incidents.ts';
import { formatIssues, validateFeatureCollection } from './validate.ts';

const SOURCE = { id: 'daily-2025-10-report', outlet: 'Daily Example', headline: 'A report', date: '2025-10' };

function incident(props: Record<string, unknown> = {}, coordinates: number[] | null = [69.17, 34.53]) {
  return {
    type: 'Feature',
    properties: {
      id: 'a-2025-10-09',
      date: '2025-10-09',
      date_precision: 'day',
      type: 'airstrike',
      actors: ['Side A', 'Side B'],
      country: 'AFG',
      admin1: 'Kabul',
      location_name: 'Kabul',
      location_precision: 'town',
      claims: [],
      summary: 'Something happened in Kabul, said a made-up source.',
      sources: [SOURCE],
      ...props,
    },
    geometry: coordinates ? { type: 'Point', coordinates } : null,
  };
}
const check = (...features: unknown[]) =>
  formatIssues(validateFeatureCollection({ type: 'FeatureCollection', features }, 't', incidentRules));

describe('parseIsoDate and dateSpan', () => {
  it('accepts days, months and years', () => {
    expect(parseIsoDate('2025-10-17')?.precision).toBe('day');
    expect(parseIsoDate('2024-03')?.precision).toBe('month');
    expect(parseIsoDate('2014')?.precision).toBe('year');
  });
  it('rejects impossible dates', () => {
    for (const bad of ['2025-13-45', '2025-02-30', '2025-00', '25-10-01', '2025/10/01', '', '2025-1-1']) {
      expect(parseIsoDate(bad), bad).toBeUndefined();
    }
    expect(parseIsoDate('2024-02-29')).toBeDefined();
  });
  it('spans a month over all its days, not the 1st', () => {
    expect(dateSpan('2025-10')).toEqual(['2025-10-01', '2025-10-31']);
    expect(dateSpan('2024-02')).toEqual(['2024-02-01', '2024-02-29']);
    expect(dateSpan('2018')).toEqual(['2018-01-01', '2018-12-31']);
    expect(dateSpan('2025-10-17')).toEqual(['2025-10-17', '2025-10-17']);
  });
});

describe('incidentRules', () => {
  it('accepts a plain incident', () => expect(check(incident())).toBe(''));
  it('rejects an unknown type, a bad date and an invented point for a border event', () => {
    const text = check(incident({ type: 'massacre', date: '2025-13-45', location_precision: 'border' }));
    expect(text).toContain('type "massacre" is not one of');
    expect(text).toContain('date "2025-13-45" is not an ISO day');
    expect(text).toContain('must not have an invented point');
  });
  it('rejects a claim citing a source id the incident does not list', () => {
    const claims = [
      { figure: 3, what: 'killed', side: 'civilians', claimed_by: 'x', source: 'Daily Nowhere' },
    ];
    expect(check(incident({ claims }))).toContain('cites "Daily Nowhere", which is not the id of one of');
  });
  it('rejects a side that is not a party, civilians or unknown', () => {
    const claims = [{ figure: 3, what: 'killed', side: 'Side C', claimed_by: 'x', source: SOURCE.id }];
    expect(check(incident({ claims }))).toContain('side "Side C" is not an actor');
    claims[0]!.side = 'Side B';
    expect(check(incident({ claims }))).toBe('');
  });
  it('rejects a wording beside a figure and an actor1 outside the actors', () => {
    const claims = [{ figure: 3, wording: 'several', what: 'killed', claimed_by: 'x', source: SOURCE.id }];
    const text = check(incident({ claims, actor1: 'Side C' }));
    expect(text).toContain('wording stands in for a missing figure');
    expect(text).toContain('actor1 "Side C" is not one of the actors');
  });
  it('checks spans and weeks', () => {
    expect(check(incident({ date_precision: 'span', end_date: '2025-10-10' }))).toBe('');
    const tooLong = incident({ date_precision: 'span', end_date: '2025-10-20' });
    expect(check(tooLong)).toContain('a "span" runs 2 to 7 days');
    const weekWithEnd = incident({ date_precision: 'week', end_date: '2025-10-12' });
    expect(check(weekWithEnd)).toContain('leave end_date out');
  });
  it('rejects an aggregate whose part is missing, and one source told two ways', () => {
    const part = incident({ id: 'part-1' });
    const agg = incident({ id: 'agg', clarity: 'aggregate', parts: ['part-1', 'part-2'] });
    expect(check(part, agg)).toContain('part "part-2" is not an incident in this file');
    const doubted = incident({ id: 'other', sources: [{ ...SOURCE, doubt: 'Label and text disagree.' }] });
    expect(check(incident(), doubted)).toContain('differs from the same source in an earlier incident');
  });
});
