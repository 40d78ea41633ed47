import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import type { Incident } from '../data/incidents.ts';
import { atlasCsvExport, geoJsonExport } from '../data/export.ts';
import { importText, type ImportResult } from '../data/import/import.ts';
import { acledExport } from './export-acled.ts';

const bundled = (
  JSON.parse(readFileSync(new URL('../../../geodata/incidents.geojson', import.meta.url), 'utf8')) as {
    features: Incident[];
  }
).features;
const stamp = { version: 'Durand Atlas test data', exportedAt: '2026-11-29T12:00:00.000Z' };
const ok = (r: ImportResult) => {
  if (!r.ok) throw new Error(r.problem);
  return r;
};

describe('exports import back unchanged', () => {
  it('GeoJSON: every bundled incident, with the stamp as a foreign member', () => {
    const text = geoJsonExport(bundled, stamp).text;
    expect(JSON.parse(text).durand_atlas).toEqual({
      schema: 2,
      dataset_version: 'Durand Atlas test data',
      exported_at: '2026-11-29T12:00:00.000Z',
    });
    const back = ok(importText(text, 'export.geojson'));
    expect(back.problems).toEqual([]);
    expect(back.incidents).toEqual(bundled);
  });

  it('our CSV: every bundled incident, claims and sources (with their URLs) included', () => {
    const text = atlasCsvExport(bundled, stamp).text;
    const back = ok(importText(text, 'export.csv'));
    expect(back.format).toBe('atlas');
    expect(back.problems).toEqual([]);
    expect(back.incidents).toEqual(bundled);
    const withUrl = bundled.flatMap((i) => i.properties.sources).find((s) => s.url);
    if (withUrl) expect(text).toContain(withUrl.url);
    const rows = Papa.parse<Record<string, string>>(text.trim(), { header: true }).data;
    expect(rows.every((r) => r.dataset_version === stamp.version && r.exported_at === stamp.exportedAt)).toBe(
      true,
    );
  });

  it('a cell a spreadsheet would run as a formula is written inert and read back as it was', () => {
    const hostile = structuredClone(bundled[0]!);
    hostile.properties.summary = '=HYPERLINK("http://example.com","click") and more words to be long enough.';
    const text = atlasCsvExport([hostile], stamp).text;
    expect(text).toContain(`"'=HYPERLINK(`);
    expect(ok(importText(text, 'x.csv')).incidents[0]!.properties.summary).toBe(hostile.properties.summary);
  });
});

describe('what a review of the exports found', () => {
  const base = bundled.find((i) => i.geometry && i.properties.clarity !== 'aggregate')!;
  const edited = (over: Partial<Incident['properties']>): Incident => {
    const copy = structuredClone(base);
    Object.assign(copy.properties, over);
    return copy;
  };

  it('our CSV keeps spaces and newlines at the ends of text, and an apostrophe that was there', () => {
    const spaced = edited({
      summary: "  '=' is how a spreadsheet starts a formula, and this summary says so.\n",
      location_name: ' Barmal ',
      actors: ['Taliban ', ...base.properties.actors.filter((a) => a !== base.properties.actor1)],
      actor1: 'Taliban ',
    });
    const formula = edited({
      id: 'test-formula',
      location_name: "'@Ali Khel",
      summary: '-2+3+cmd and enough words for a summary.',
    });
    const text = atlasCsvExport([spaced, formula], stamp).text;
    expect(text).toContain("'-2+3+cmd");
    const back = ok(importText(text, 'x.csv'));
    expect(back.problems).toEqual([]);
    expect(back.incidents).toEqual([spaced, formula]);
  });

  it('a summary report exported without its parts imports, with a warning', () => {
    const report = bundled.find((i) => i.properties.clarity === 'aggregate')!;
    const back = ok(importText(geoJsonExport([report], stamp).text, 'filtered.geojson'));
    expect(back.incidents).toEqual([report]);
    expect(back.warnings).toEqual([
      `summary reports without some of their parts in this file: 1 (${report.properties.id}); each counts on its own unless its parts are loaded`,
    ]);
  });

  it('ACLED CSV: the atlas id and the stamp ride along, and an actor with ";" stays one actor', () => {
    const actor = 'Tehrik-i-Taliban Pakistan; Jamaat-ul-Ahrar faction';
    const incident = edited({ actors: [actor, 'Pakistan Army'], actor1: actor, actor2: 'Pakistan Army' });
    const out = acledExport([incident], stamp);
    const row = Papa.parse<Record<string, string>>(out.text.trim(), { header: true }).data[0]!;
    expect([row.atlas_id, row.dataset_version, row.exported_at]).toEqual([
      base.properties.id,
      stamp.version,
      stamp.exportedAt,
    ]);
    const back = ok(importText(out.text, 'acled-export.csv'));
    expect(back.problems).toEqual([]);
    expect(back.incidents.map((i) => [i.properties.id, i.properties.actor1, i.properties.actors])).toEqual([
      [base.properties.id, actor, [actor, 'Pakistan Army']],
    ]);
  });
});

describe('ACLED-compatible CSV', () => {
  const fixture = readFileSync(new URL('../data/import/test/acled-current.csv', import.meta.url), 'utf8');
  const first = acledExport(ok(importText(fixture, 'acled.csv')).incidents, stamp);

  it('writes ACLED columns from our fields: id, middle-of-week date, precision, deaths', () => {
    const rows = Papa.parse<Record<string, string>>(first.text.trim(), { header: true }).data;
    expect(
      rows.map((r) => [r.event_id_cnty, r.event_date, r.time_precision, r.geo_precision, r.fatalities]),
    ).toEqual([
      ['AFG70001', '2024-03-18', '1', '2', '8'],
      ['PAK80002', '2024-04-12', '2', '1', '3'],
      ['AFG70003', '2024-05-15', '3', '1', '0'],
    ]);
    expect(rows[0]).toMatchObject({
      sub_event_type: 'Air/drone strike',
      civilian_targeting: 'Civilian targeting',
      iso: '4',
    });
  });

  it('imports back to the same ACLED file', () => {
    const again = acledExport(ok(importText(first.text, 'again.csv')).incidents, stamp);
    expect(again.text).toBe(first.text);
  });

  it('counts what ACLED cannot hold: no point, or only a year', () => {
    const out = acledExport(bundled, stamp);
    const unlocated = bundled.filter((i) => !i.geometry).length;
    expect(out.unlocated).toBe(unlocated);
    expect(out.written + out.unlocated + out.yearOnly).toBe(bundled.length);
  });
});
