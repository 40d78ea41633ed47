/** The incident dataset: schema, dates, places, sources and coverage. */
import { readFileSync } from 'node:fs';
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { dateSpan, incidentRules, parseIsoDate, type Incidents } from './incidents.ts';
import type { Countries, Provinces } from './layers.ts';
import { formatIssues, validateFeatureCollection } from './validate.ts';

const read = <T>(file: string): T => JSON.parse(readFileSync(new URL(`../../../geodata/${file}`, import.meta.url), 'utf8')) as T;
const incidents = read<Incidents>('incidents.geojson');
const provinces = read<Provinces>('provinces.geojson');
const countries = read<Countries>('countries.geojson');

// The articles in ../shared/seeds: their outlets and the newest one's date (The Conversation, 21 Oct 2025).
const OUTLETS = ['The Conversation', 'Christian Science Monitor', 'The News on Sunday', 'TOLOnews', 'Al Jazeera', 'Reuters', 'The Guardian', 'The New York Times'];
const NEWEST_ARTICLE = '2025-10-21';

describe('incidents.geojson', () => {
  it('passes geojson-validation and the schema', () => {
    expect(formatIssues(validateFeatureCollection(incidents, 'incidents.geojson', incidentRules), 50)).toBe('');
  });
  it('has unique ids', () => {
    const ids = incidents.features.map((f) => f.properties.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('has dates that parse and are not after the newest article', () => {
    for (const f of incidents.features) {
      const { id, date, end_date } = f.properties;
      expect(parseIsoDate(date), id).toBeDefined();
      expect(dateSpan(date)![0] <= NEWEST_ARTICLE, `${id} starts after the newest article`).toBe(true);
      if (end_date) expect(dateSpan(end_date)![0] <= NEWEST_ARTICLE, `${id} ends after the newest article`).toBe(true);
    }
  });
  it('puts every located incident inside its province and its country', () => {
    for (const f of incidents.features.filter((i) => i.geometry)) {
      const { id, admin1, country } = f.properties;
      const land = countries.features.find((c) => c.properties.iso_a3 === country);
      expect(land, `${id}: country ${country} not in countries.geojson`).toBeDefined();
      expect(booleanPointInPolygon(f.geometry!, land!), `${id} is outside ${country}`).toBe(true);
      if (country === 'AFG' || country === 'PAK') {
        const unit = provinces.features.find((p) => p.properties.name === admin1 && p.properties.level !== 'district');
        expect(unit, `${id}: admin1 "${admin1}" is not a province`).toBeDefined();
        expect(booleanPointInPolygon(f.geometry!, unit as Feature<Polygon | MultiPolygon>), `${id} is outside ${admin1}`).toBe(true);
      } else {
        expect(admin1, `${id}: no admin1 outside Afghanistan and Pakistan`).toBeNull();
      }
    }
  });
  it('cites at least one of the articles for every incident, and every claim’s outlet', () => {
    for (const f of incidents.features) {
      expect(f.properties.sources.some((s) => OUTLETS.includes(s.outlet)), f.properties.id).toBe(true);
      for (const c of f.properties.claims) expect(f.properties.sources.map((s) => s.outlet), f.properties.id).toContain(c.source);
    }
  });
  it('has at least one incident in each focus area', () => {
    const located = incidents.features.filter((f) => f.geometry);
    for (const province of ['Kabul', 'Kandahar', 'Paktika', 'Khost']) {
      expect(located.some((f) => f.properties.admin1 === province), province).toBe(true);
    }
    expect(located.some((f) => /Kurram/.test(f.properties.location_name) && f.properties.location_precision === 'district')).toBe(true);
  });
  it('never invents a point: unlocated incidents say why, province-level ones say province', () => {
    for (const f of incidents.features) {
      const p = f.properties;
      if (!f.geometry) expect(['border', 'country', 'unknown'], p.id).toContain(p.location_precision);
    }
    const barmal = incidents.features.find((f) => f.properties.id === '2024-12-25-barmal-airstrikes')!;
    expect(barmal.properties.location_precision).toBe('province');
  });
  it('keeps conflicting claims side by side with who made them', () => {
    const kabul = incidents.features.find((f) => f.properties.id === '2025-10-09-kabul-airstrike')!;
    const leader = kabul.properties.claims.filter((c) => /Mehsud/.test(c.what));
    expect(new Set(leader.map((c) => c.figure)).size).toBeGreaterThan(1);
    const clashes = incidents.features.find((f) => f.properties.id === '2025-10-11-border-clashes')!;
    expect(clashes.properties.claims.map((c) => c.claimed_by)).toEqual(expect.arrayContaining(['Pakistan', 'UN Assistance Mission in Afghanistan (UNAMA)']));
  });
  it('covers the event kinds the articles report', () => {
    const types = new Set(incidents.features.map((f) => f.properties.type));
    for (const t of ['airstrike', 'armed_clash', 'attack_on_post', 'ceasefire', 'talks', 'deportation', 'demolition', 'militant_attack', 'suicide_bombing']) {
      expect(types.has(t as never), t).toBe(true);
    }
  });
});

describe('parseIsoDate and dateSpan', () => {
  it('accepts days, months and years', () => {
    expect(parseIsoDate('2025-10-17')?.precision).toBe('day');
    expect(parseIsoDate('2024-03')?.precision).toBe('month');
    expect(parseIsoDate('2014')?.precision).toBe('year');
  });
  it('rejects impossible dates', () => {
    for (const bad of ['2025-13-45', '2025-02-30', '2025-00', '25-10-01', '2025/10/01', '', '2025-1-1']) expect(parseIsoDate(bad), bad).toBeUndefined();
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
  const base = () => JSON.parse(JSON.stringify(incidents.features.find((f) => f.geometry)!));
  const check = (f: unknown) => formatIssues(validateFeatureCollection({ type: 'FeatureCollection', features: [f] }, 't', incidentRules));
  it('rejects an unknown type, a bad date and an invented point for a border event', () => {
    const f = base();
    f.properties.type = 'massacre';
    f.properties.date = '2025-13-45';
    f.properties.location_precision = 'border';
    const text = check(f);
    expect(text).toContain('type "massacre" is not one of');
    expect(text).toContain('date "2025-13-45" is not an ISO day');
    expect(text).toContain('must not have an invented point');
  });
  it('rejects a claim citing an outlet the incident does not list', () => {
    const f = base();
    f.properties.claims = [{ figure: 3, what: 'killed', claimed_by: 'x', source: 'Daily Nowhere' }];
    expect(check(f)).toContain('cites "Daily Nowhere", which is not among the sources');
  });
});

describe('README dataset section', () => {
  it('shows the current counts by type', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const counts: Record<string, number> = {};
    for (const f of incidents.features) counts[f.properties.type] = (counts[f.properties.type] ?? 0) + 1;
    for (const [type, n] of Object.entries(counts)) expect(readme).toMatch(new RegExp(`\\(\`${type}\`\\) \\| ${n} \\|`));
    expect(readme).toContain(`${incidents.features.length} incidents`);
  });
});
