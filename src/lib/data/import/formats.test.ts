import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Incident } from '../schema.ts';
import { importText, inspectText, type ImportResult } from './import.ts';

const fixture = (name: string) => readFileSync(new URL(`./test/${name}`, import.meta.url), 'utf8');
const ok = (r: ImportResult) => {
  if (!r.ok) throw new Error(r.problem);
  return r;
};
const byId = (list: Incident[], id: string) => list.find((i) => i.properties.id === id)!;
const today = '2026-11-29';

describe('ACLED, current layout', () => {
  const r = ok(importText(fixture('acled-current.csv'), 'acled-current.csv', { today }));

  it('is recognised and keeps every readable row', () => {
    expect(r.format).toBe('acled');
    expect(r.rows).toBe(5);
    expect(r.incidents.map((i) => i.properties.id)).toEqual([
      'acled-afg70001',
      'acled-pak80002',
      'acled-afg70003',
    ]);
  });

  it('names each rejected row and why', () => {
    expect(r.problems).toEqual([
      { where: 'row 5', message: 'latitude 95.2 is out of range (-90 to 90)' },
      { where: 'row 6', message: 'latitude 69.9, longitude 33.3: the coordinates look swapped (lat, lon)' },
    ]);
  });

  it('maps a strike on civilians: type, precision, roles, country, ACLED as claimant and source', () => {
    const { properties: p, geometry } = byId(r.incidents, 'acled-afg70001');
    expect(geometry).toEqual({ type: 'Point', coordinates: [69.5, 32.8] });
    expect(p).toMatchObject({
      date: '2024-03-18',
      date_precision: 'day',
      type: 'airstrike',
      actor1: 'Military Forces of Pakistan (2018-)',
      actor2: 'Civilians (Afghanistan)',
      civilian_targeting: true,
      country: 'AFG',
      admin1: 'Paktika',
      admin2: 'Barmal',
      location_precision: 'district',
    });
    expect(p.claims).toEqual([{ figure: 8, what: 'killed', claimed_by: 'ACLED', source: 'acled-afg70001' }]);
    // 1711000000 s is 21 March 2024, the day ACLED's record was stamped.
    expect(p.sources[0]).toMatchObject({ id: 'acled-afg70001', outlet: 'ACLED', date: '2024-03-21' });
    expect(p.notes).toContain("ACLED's sources: Test Outlet A; Test Outlet B (National).");
  });

  it('reads a week coded at its middle day as the 7 days around it, and a short note into a summary', () => {
    const p = byId(r.incidents, 'acled-pak80002').properties;
    expect([p.date, p.date_precision, p.country, p.location_precision]).toEqual([
      '2024-04-09',
      'week',
      'PAK',
      'town',
    ]);
    expect(p.summary).toBe("Armed clash at Miran Shah, as coded by ACLED. ACLED's notes: Short note.");
  });

  it('reads a month, a protest and a zero death count as given', () => {
    const p = byId(r.incidents, 'acled-afg70003').properties;
    expect([p.date, p.date_precision, p.type]).toEqual(['2024-05', 'month', 'protest']);
    expect(p.claims[0]!.figure).toBe(0);
    expect(p.actor2).toBeUndefined();
  });
});

describe('ACLED, older layout (event_id_no_cnty, data_id, iso3)', () => {
  it('reads the day written with the month name and the iso3 country', () => {
    const r = ok(importText(fixture('acled-old.csv'), 'old.csv', { today }));
    expect(r.format).toBe('acled');
    expect(r.problems).toEqual([]);
    const p = r.incidents[0]!.properties;
    expect([p.id, p.date, p.type, p.country, p.location_precision]).toEqual([
      'acled-pak5001',
      '2019-01-15',
      'shelling',
      'PAK',
      'town',
    ]);
  });
});

describe('UCDP GED', () => {
  const r = ok(importText(fixture('ucdp-ged.csv'), 'ged.csv', { today }));

  it('is recognised; the estimate and deaths by side become claims by UCDP', () => {
    expect(r.format).toBe('ucdp');
    expect(r.problems).toEqual([]);
    const p = byId(r.incidents, 'ucdp-ged-500001').properties;
    expect(p.claims).toEqual([
      {
        figure: 8,
        low: 8,
        best: 8,
        high: 10,
        what: 'killed (all sides, best estimate)',
        claimed_by: 'UCDP GED',
        source: 'ucdp-ged-500001',
      },
      {
        figure: 2,
        what: 'killed',
        side: 'Government of Pakistan',
        claimed_by: 'UCDP GED',
        source: 'ucdp-ged-500001',
      },
      { figure: 5, what: 'killed', side: 'TTP', claimed_by: 'UCDP GED', source: 'ucdp-ged-500001' },
      { figure: 1, what: 'killed', side: 'unknown', claimed_by: 'UCDP GED', source: 'ucdp-ged-500001' },
    ]);
    expect([p.location_precision, p.admin1, p.admin2, p.country]).toEqual([
      'exact',
      'Khyber Pakhtunkhwa',
      'North Waziristan',
      'PAK',
    ]);
    expect(p.sources[0]).toMatchObject({ headline: 'Invented headline for a test', date: '2023-06-02' });
  });

  it('one-sided violence over six days: civilians targeted, a span, the province', () => {
    const p = byId(r.incidents, 'ucdp-ged-500002').properties;
    expect([p.type, p.civilian_targeting, p.date, p.end_date, p.date_precision]).toEqual([
      'militant_attack',
      true,
      '2023-07-03',
      '2023-07-09',
      'span',
    ]);
    expect([p.location_precision, p.admin1]).toEqual(['province', 'Kunar']);
    expect(p.claims[1]).toMatchObject({ figure: 4, side: 'civilians' });
  });

  it('a country-level event keeps no point, and a month stays a month', () => {
    const i = byId(r.incidents, 'ucdp-ged-500003');
    expect(i.geometry).toBeNull();
    expect([i.properties.location_precision, i.properties.date, i.properties.date_precision]).toEqual([
      'country',
      '2023-08',
      'month',
    ]);
    expect(i.properties.notes?.join(' ')).toMatch(/point for a wider area \(where_prec 6\); not drawn/);
  });
});

describe('a generic CSV table', () => {
  it('guesses the columns, reads a semicolon file with a quoted newline, and says so', () => {
    const text = fixture('semicolon.csv');
    const seen = inspectText(text, 'posts.csv');
    if (typeof seen === 'string') throw new Error(seen);
    expect(seen.mapping).toMatchObject({
      latitude: 'lat',
      longitude: 'lon',
      date: 'date',
      type: 'type',
      place: 'name',
    });
    expect(seen.warnings).toEqual(['columns are separated by ";"']);
    const r = ok(importText(text, 'posts.csv', { today }));
    const [a, b] = r.incidents.map((i) => i.properties);
    expect([a!.type, a!.summary]).toEqual([
      'shelling',
      'Invented test row with a note\nthat runs onto a second line, quoted.',
    ]);
    expect([b!.id, b!.date, b!.date_precision, b!.type]).toEqual([
      'posts-csv-row-3',
      '2024-02',
      'month',
      'armed_clash',
    ]);
    expect(a!.sources[0]).toMatchObject({ outlet: 'posts.csv', date: today, headline_is_description: true });
  });

  it('uses the mapping the analyst chose, and a type it does not know becomes "other" with a note', () => {
    const text = 'when,y,x,what,kind\n2024-03-01,33.2,70.1,Place C,Sniper fire\n';
    const mapping = {
      date: 'when',
      latitude: 'y',
      longitude: 'x',
      place: 'what',
      type: 'kind',
      defaultPrecision: 'exact' as const,
    };
    const p = ok(importText(text, 'mine.csv', { today, mapping })).incidents[0]!.properties;
    expect([p.type, p.location_precision, p.location_name]).toEqual(['other', 'exact', 'Place C']);
    expect(p.notes).toEqual(['The file calls its type “Sniper fire”.']);
  });

  it('refuses to read rows before a date column is chosen', () => {
    const r = importText('a,b\n1,2\n', 't.csv', { today });
    expect(r).toMatchObject({ ok: false, problem: 'needs a date column chosen in the preview' });
  });
});
