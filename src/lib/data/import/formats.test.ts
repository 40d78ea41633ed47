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
    expect(p.summary).toBe("ACLED codes this as Armed clash at Miran Shah. ACLED's notes: Short note.");
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

/** ACLED's current header, and a row of it with the cells given (the rest blank). */
const ACLED_HEADER =
  'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp';
const acledRow = (cells: Record<string, string>) =>
  ACLED_HEADER.split(',')
    .map((c) => cells[c] ?? '')
    .join(',');
const acledBase = {
  event_date: '2024-03-12',
  time_precision: '1',
  event_type: 'Violence against civilians',
  sub_event_type: 'Attack',
  location: 'Bannu',
  latitude: '32.99',
  longitude: '70.6',
  geo_precision: '1',
  fatalities: '0',
};

describe('rows a tester brought (found by a review of the importer)', () => {
  it('ACLED without notes: the written summary passes the schema, "No" is not civilians targeted', () => {
    const text = [
      ACLED_HEADER,
      acledRow({ ...acledBase, event_id_cnty: 'PAK1', civilian_targeting: 'No' }),
      acledRow({ ...acledBase, event_id_cnty: 'PAK2', civilian_targeting: 'Civilian targeting' }),
    ].join('\n');
    const r = ok(importText(text, 'acled.csv', { today }));
    expect(r.problems).toEqual([]);
    const [a, b] = r.incidents.map((i) => i.properties);
    expect(a!.summary).toBe('ACLED codes this as Attack at Bannu; its export has no description.');
    expect([a!.civilian_targeting, b!.civilian_targeting]).toEqual([undefined, true]);
  });

  it('older ACLED without event_id_cnty: the same number in two countries stays two events', () => {
    const header =
      'data_id,event_id_no_cnty,iso3,event_date,event_type,sub_event_type,latitude,longitude,geo_precision,fatalities';
    const text = [
      header,
      '11,1001,PAK,2019-01-15,Battles,Armed clash,32.3,69.9,1,1',
      '12,1001,AFG,2019-01-16,Battles,Armed clash,32.6,69.4,1,2',
    ].join('\n');
    const r = ok(importText(text, 'old.csv', { today }));
    expect(r.incidents.map((i) => i.properties.id)).toEqual(['acled-pak1001', 'acled-afg1001']);
  });

  const UCDP_HEADER =
    'id,year,type_of_violence,dyad_name,side_a,side_b,where_prec,where_coordinates,latitude,longitude,country,date_prec,date_start,date_end,best,high,low';
  it('UCDP: a span past a week keeps the months that hold it, says so, and notes estimates out of order', () => {
    const text = [
      UCDP_HEADER,
      '7,2023,1,,Government of Pakistan,TTP,1,Wana,32.3,69.57,Pakistan,3,2023-06-01,2023-06-30,5,10,7',
      '8,2023,1,,Government of Pakistan,TTP,1,Wana,32.3,69.57,Pakistan,2,2023-06-25,2023-07-08,5,6,4',
    ].join('\n');
    const r = ok(importText(text, 'ged.csv', { today }));
    expect(r.problems).toEqual([]);
    const [a, b] = r.incidents.map((i) => i.properties);
    expect([a!.date, a!.end_date, a!.date_precision]).toEqual(['2023-06', undefined, 'month']);
    expect([b!.date, b!.end_date, b!.date_precision]).toEqual(['2023-06', '2023-07', 'month']);
    expect(a!.notes).toContain('UCDP dates it between 2023-06-01 and 2023-06-30 (date_prec 3).');
    expect(a!.notes).toContain(
      "UCDP's estimates do not rise from low to high (low 7, best 5, high 10); only the best is kept.",
    );
    expect(a!.claims[0]).toEqual({
      figure: 5,
      what: 'killed (all sides, best estimate)',
      claimed_by: 'UCDP GED',
      source: 'ucdp-ged-7',
    });
    expect(a!.summary).toBe('UCDP GED codes violence at Wana, with no description of its own.');
  });

  it('CSV: a coordinate column named LAT_DD is found; with none, the result says no point', () => {
    const found = inspectText('ID,Date,LAT_DD,LON_DD\n1,2024-03-12,32.58,69.41\n', 'dd.csv');
    if (typeof found === 'string') throw new Error(found);
    expect([found.mapping?.latitude, found.mapping?.longitude]).toEqual(['LAT_DD', 'LON_DD']);
    const none = ok(importText('ID,Date,Place\n1,2024-03-12,Barmal\n', 'none.csv', { today }));
    expect(none.incidents[0]!.geometry).toBeNull();
    expect(none.warnings).toEqual([
      'no latitude and longitude columns are chosen, so these incidents will have no point on the map; choose the two columns to place them',
    ]);
  });

  it('CSV: a column the mapping names that the file lacks is refused by name', () => {
    const r = importText('ID,Date\n1,2024-03-12\n', 't.csv', { today, mapping: { date: 'Dat' } });
    expect(r).toMatchObject({
      ok: false,
      mapping: true,
      problem: 'date is set to the column “Dat”, which the file does not have (its columns: ID, Date)',
    });
  });

  it('CSV: a header name given twice is read under a second name, and said', () => {
    const r = ok(importText('date,lat,lon,note,note\n2024-03-12,32.58,69.41,a,b\n', 't.csv', { today }));
    expect(r.header).toEqual(['date', 'lat', 'lon', 'note', 'note (2)']);
    expect(r.warnings).toEqual([
      'the header names the column “note” twice; the later one is read as “note (2)”',
    ]);
  });

  it('CSV: a range or a worded figure becomes a claim, and Persian digits place a point', () => {
    const text = 'date,lat,lon,killed\n2024-03-12,۳۲٫۵۸,۶۹٫۴۱,2-3\n2024-03-13,32.6,69.4,at least 4\n';
    const r = ok(importText(text, 'sheet.csv', { today }));
    expect(r.problems).toEqual([]);
    const [a, b] = r.incidents;
    expect(a!.geometry).toEqual({ type: 'Point', coordinates: [69.41, 32.58] });
    expect(a!.properties.claims[0]).toMatchObject({
      figure: [2, 3],
      what: 'killed',
      claimed_by: 'sheet.csv',
    });
    expect(b!.properties.claims[0]).toMatchObject({ figure: 4, qualifier: 'at least' });
  });

  it('CSV: an Excel "sep=;" first line names the delimiter', () => {
    const r = ok(importText('sep=;\ndate;lat;lon\n2024-03-12;32.58;69.41\n', 't.csv', { today }));
    expect(r.incidents[0]!.geometry).toEqual({ type: 'Point', coordinates: [69.41, 32.58] });
  });

  it('CSV and GeoJSON: 0, 0 is refused as a place not known', () => {
    const r = ok(importText('date,lat,lon\n2024-03-12,0,0\n2024-03-13,32.58,69.41\n', 't.csv', { today }));
    expect(r.problems.map((p) => `${p.where}: ${p.message}`)).toEqual([
      'row 2: latitude 0 and longitude 0 (a point in the Gulf of Guinea) usually stand for a missing place; leave the point out if the place is not known',
    ]);
  });

  it('GeoJSON points: a list property is read as a list, the feature id as the id', () => {
    const feature = {
      type: 'Feature',
      id: 'f9',
      geometry: { type: 'Point', coordinates: [69.41, 32.58] },
      properties: { date: '2024-03-12', actors: ['Taliban', 'Pakistan Army'] },
    };
    const text = JSON.stringify({ type: 'FeatureCollection', features: [feature] });
    const p = ok(importText(text, 'pts.geojson', { today })).incidents[0]!.properties;
    expect([p.id, p.actors, p.location_name]).toEqual([
      'f9',
      ['Taliban', 'Pakistan Army'],
      'Point from feature 0',
    ]);
    expect(p.summary).toBe('Incident at a place not named, from feature 0 of pts.geojson.');
  });
});
