/** The incident dataset (schema v2): dates, places, sources, claims and coverage. */
import { readFileSync } from 'node:fs';
import { booleanPointInPolygon, distance } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { dateSpan, incidentRules, parseIsoDate, type Claim, type Incidents } from './incidents.ts';
import type { Countries, Places, Provinces } from './layers.ts';
import { formatIssues, validateFeatureCollection } from './validate.ts';

const read = <T>(file: string): T =>
  JSON.parse(readFileSync(new URL(`../../../geodata/${file}`, import.meta.url), 'utf8')) as T;
const incidents = read<Incidents>('incidents.geojson');
const provinces = read<Provinces>('provinces.geojson');
const countries = read<Countries>('countries.geojson');
const places = read<Places>('places.geojson');

// The articles in ../shared/seeds: their outlets and the newest one's date (The Conversation, 21 Oct 2025).
const OUTLETS = [
  'The Conversation',
  'Christian Science Monitor',
  'The News on Sunday',
  'TOLOnews',
  'Al Jazeera',
  'Reuters',
  'The Guardian',
  'The New York Times',
];
const NEWEST_ARTICLE = '2025-10-21';
/** Provincial capitals, written out by hand (ACLED's rule: a province-level event sits there). */
const CAPITALS: Record<string, string> = {
  Khost: 'Khost',
  Paktika: 'Sharana',
  'Khyber Pakhtunkhwa': 'Peshawar',
};

const byId = (id: string) => {
  const found = incidents.features.find((f) => f.properties.id === id);
  if (!found) throw new Error(`no incident ${id}`);
  return found;
};
const place = (name: string) => places.features.find((p) => p.properties.name === name)!.geometry.coordinates;
const claimsOf = (id: string): Claim[] => byId(id).properties.claims;

describe('incidents.geojson', () => {
  it('passes geojson-validation and the schema', () => {
    const issues = validateFeatureCollection(incidents, 'incidents.geojson', incidentRules);
    expect(formatIssues(issues, 50)).toBe('');
  });
  it('has dates that parse and are not after the newest article', () => {
    for (const f of incidents.features) {
      const { id, date, end_date } = f.properties;
      expect(parseIsoDate(date), id).toBeDefined();
      expect(dateSpan(date)![0] <= NEWEST_ARTICLE, `${id} starts after the newest article`).toBe(true);
      if (end_date) expect(dateSpan(end_date)![0] <= NEWEST_ARTICLE, `${id} ends too late`).toBe(true);
    }
  });
  it('puts every located incident inside its province and its country', () => {
    for (const f of incidents.features.filter((i) => i.geometry)) {
      const { id, admin1, country } = f.properties;
      const land = countries.features.find((c) => c.properties.iso_a3 === country);
      expect(land, `${id}: country ${country} not in countries.geojson`).toBeDefined();
      expect(booleanPointInPolygon(f.geometry!, land!), `${id} is outside ${country}`).toBe(true);
      if (country === 'AFG' || country === 'PAK') {
        const unit = provinces.features.find(
          (p) => p.properties.name === admin1 && p.properties.level !== 'district',
        );
        expect(unit, `${id}: admin1 "${admin1}" is not a province`).toBeDefined();
        const inside = booleanPointInPolygon(f.geometry!, unit as Feature<Polygon | MultiPolygon>);
        expect(inside, `${id} is outside ${admin1}`).toBe(true);
      } else {
        expect(admin1, `${id}: no admin1 outside Afghanistan and Pakistan`).toBeNull();
      }
    }
  });
  it('cites an article for every incident, and every claim cites a source id of its incident', () => {
    for (const { properties: p } of incidents.features) {
      expect(
        p.sources.some((s) => OUTLETS.includes(s.outlet)),
        p.id,
      ).toBe(true);
      const ids = p.sources.map((s) => s.id);
      for (const c of p.claims) expect(ids, `${p.id}: ${c.what}`).toContain(c.source);
    }
  });
  it('has at least one incident in each focus area', () => {
    const located = incidents.features.filter((f) => f.geometry);
    for (const province of ['Kabul', 'Kandahar', 'Paktika', 'Khost']) {
      expect(
        located.some((f) => f.properties.admin1 === province),
        province,
      ).toBe(true);
    }
    expect(located.some((f) => f.properties.admin2 === 'Kurram')).toBe(true);
  });
  it('covers the event kinds the articles report', () => {
    const types = new Set(incidents.features.map((f) => f.properties.type));
    const kinds = [
      'airstrike',
      'armed_clash',
      'attack_on_post',
      'ceasefire',
      'talks',
      'deportation',
      'demolition',
      'militant_attack',
      'suicide_bombing',
      'political_change',
    ] as const;
    for (const t of kinds) expect(types.has(t), t).toBe(true);
  });
});

describe('locations', () => {
  it('never invents a point: unlocated incidents say why', () => {
    for (const f of incidents.features) {
      const { id, location_precision } = f.properties;
      if (!f.geometry) expect(['border', 'country', 'unknown'], id).toContain(location_precision);
    }
  });
  it('draws the North Waziristan posts at Miran Shah, district precision', () => {
    const nw = byId('2024-12-28-north-waziristan-posts-attacked');
    expect(nw.properties).toMatchObject({ location_precision: 'district', admin2: 'North Waziristan' });
    expect(distance(nw.geometry!.coordinates, place('Miranshah'))).toBeLessThan(10);
    // GeoNames' Miran Shah, written out: 33.0006 N, 70.0712 E.
    expect(distance(nw.geometry!.coordinates, [70.0712, 33.0006])).toBeLessThan(10);
  });
  it('draws the Kurram posts at Parachinar, district precision', () => {
    const kurram = byId('2024-12-28-kurram-posts-attacked');
    expect(kurram.properties).toMatchObject({ location_precision: 'district', admin2: 'Kurram' });
    expect(distance(kurram.geometry!.coordinates, place('Parachinar'))).toBeLessThan(1);
  });
  it('keeps Barmal at province precision, at Paktika’s capital, naming the district', () => {
    const barmal = byId('2024-12-25-barmal-airstrikes');
    const expected = { location_precision: 'province', admin1: 'Paktika', admin2: 'Barmal' };
    expect(barmal.properties).toMatchObject(expected);
    expect(barmal.geometry!.coordinates).toEqual(place('Sharana'));
    expect(barmal.properties.notes?.join(' ')).toMatch(/no seat/);
  });
  it('puts every province-precision point exactly on its provincial capital', () => {
    const provincial = incidents.features.filter((f) => f.properties.location_precision === 'province');
    expect(provincial.length).toBeGreaterThanOrEqual(5);
    for (const f of provincial) {
      const capital = CAPITALS[f.properties.admin1!];
      expect(capital, `${f.properties.id}: no capital written for ${f.properties.admin1}`).toBeDefined();
      expect(f.geometry!.coordinates, f.properties.id).toEqual(place(capital!));
    }
  });
  it('draws district-precision points only where a seat is known', () => {
    for (const f of incidents.features.filter((i) => i.properties.location_precision === 'district')) {
      expect(['Kurram', 'North Waziristan'], f.properties.id).toContain(f.properties.admin2);
    }
  });
});

describe('claims', () => {
  it('never makes a figure out of a denial or a survival', () => {
    const mehsud = claimsOf('2025-10-09-kabul-airstrike').filter((c) => /Mehsud/.test(c.what));
    expect(mehsud.length).toBe(4);
    for (const c of mehsud) expect(c.figure, c.claimed_by).toBeNull();
    expect(mehsud.map((c) => c.wording)).toEqual(
      expect.arrayContaining(['taken out in a precision attack', 'survived', 'still alive']),
    );
    const paktika = byId('2025-10-17-paktika-airstrikes').properties;
    expect(paktika.claims.filter((c) => c.claimed_by === 'Pakistan')).toEqual([]);
    expect(paktika.notes?.join(' ')).toMatch(/denial/);
    for (const f of incidents.features) {
      for (const c of f.properties.claims) expect(c.figure, `${f.properties.id}: ${c.what}`).not.toBe(0);
    }
  });
  it('records figures the text gives: two explosions, several cricket players', () => {
    expect(claimsOf('2025-10-09-kabul-airstrike').find((c) => /explosions/.test(c.what))?.figure).toBe(2);
    const cricket = claimsOf('2025-10-17-paktika-airstrikes').find((c) => c.claimed_by === 'Afghanistan');
    expect(cricket).toMatchObject({ figure: null, wording: 'several', side: 'civilians' });
  });
  it('keeps the Monitor’s 58 and more than 200 side by side in one incident', () => {
    const withBoth = incidents.features.filter((f) => {
      const cs = f.properties.claims;
      const over200 = cs.some((c) => c.figure === 200 && c.qualifier === 'more than');
      return over200 && cs.some((c) => c.figure === 58);
    });
    expect(withBoth.map((f) => f.properties.id)).toEqual(['2025-10-11-border-clashes']);
    const cs = claimsOf('2025-10-11-border-clashes');
    const taliban = { claimed_by: 'Taliban', side: 'Pakistani armed forces' };
    expect(cs.find((c) => c.figure === 58)).toMatchObject(taliban);
    expect(cs.find((c) => c.figure === 200)?.claimed_by).toBe('Pakistan');
  });
  it('gives Baheer’s dead and injured and UNAMA’s wounded claims of their own', () => {
    const cs = claimsOf('2025-10-11-border-clashes');
    const baheer = { qualifier: '-odd', claimed_by: expect.stringMatching(/Baheer/) };
    expect(cs.find((c) => c.figure === 50)).toMatchObject(baheer);
    expect(cs.find((c) => c.figure === 550)?.claimed_by).toMatch(/Baheer/);
    const unama = cs.filter((c) => /UNAMA/.test(c.claimed_by));
    expect(unama.map((c) => [c.figure, c.wording ?? null])).toEqual([
      [17, null],
      [null, 'hundreds'],
    ]);
  });
  it('says whom every casualty claim counts', () => {
    for (const f of incidents.features) {
      for (const c of f.properties.claims.filter((x) => /killed|dead|wounded|injured/.test(x.what))) {
        expect(c.side, `${f.properties.id}: ${c.what}`).toBeDefined();
      }
    }
  });
  it('uses a wording only where there is no figure, and ranges carry low and high', () => {
    for (const f of incidents.features) {
      for (const c of f.properties.claims) {
        if (c.wording) expect(c.figure).toBeNull();
        if (Array.isArray(c.figure)) expect([c.low, c.high]).toEqual(c.figure);
      }
    }
  });
});

describe('events and sources', () => {
  it('records the six missing events the articles date (India’s two steps apart)', () => {
    const expected: [string, string, string][] = [
      ['2021-08-taliban-take-kabul', '2021-08', 'political_change'],
      ['2021-pakistan-intelligence-chief-visits-taliban', '2021', 'talks'],
      ['2021-12-india-co-sponsors-unsc-resolution', '2021-12', 'policy'],
      ['2021-india-shuts-embassy-in-afghanistan', '2021', 'policy'],
      ['2022-04-imran-khan-removed', '2022-04', 'political_change'],
      ['2025-09-pakistani-delegation-to-kabul', '2025-09', 'talks'],
      ['2025-russia-recognises-taliban', '2025', 'political_change'],
    ];
    for (const [id, date, type] of expected) expect(byId(id).properties, id).toMatchObject({ date, type });
    expect(byId('2021-08-taliban-take-kabul').properties.admin1).toBe('Kabul');
    expect(byId('2025-russia-recognises-taliban').geometry).toBeNull();
  });
  it('sums up the October fighting in one aggregate whose parts exist and fall in its span', () => {
    const agg = byId('2025-10-11-border-clashes').properties;
    expect(agg.clarity).toBe('aggregate');
    expect(agg.parts?.length).toBe(7);
    for (const id of agg.parts!) {
      const part = byId(id).properties;
      expect(part.clarity, id).not.toBe('aggregate');
      expect(part.date >= agg.date && part.date <= agg.end_date!, id).toBe(true);
    }
  });
  it('does not state an alleged perpetrator as actor1', () => {
    for (const id of [
      '2025-10-eastern-afghanistan-market-strike',
      '2025-10-paktika-strikes-before-clashes',
      '2024-12-25-barmal-airstrikes',
      '2025-09-afghanistan-internet-outage',
    ]) {
      expect(byId(id).properties.actor1, id).toBeUndefined();
    }
    expect(byId('2025-09-afghanistan-internet-outage').properties.actors).toEqual([]);
    expect(byId('2025-kabul-trilateral-meeting').properties.summary).not.toMatch(/hosted/);
  });
  it('flags the three copies whose label and text disagree', () => {
    const doubts = new Map<string, string>();
    for (const f of incidents.features) {
      for (const s of f.properties.sources) if (s.doubt) doubts.set(s.id, s.doubt);
    }
    expect([...doubts.keys()].sort()).toEqual([
      'conversation-2025-10-saikal-derivative',
      'nyt-2025-10-18-lost-the-taliban',
      'reuters-2025-10-ceasefire-hinges',
    ]);
    expect(doubts.get('reuters-2025-10-ceasefire-hinges')).toMatch(/news agency Reuters/);
    expect(doubts.get('nyt-2025-10-18-lost-the-taliban')).toMatch(/Washington Post/);
    expect(doubts.get('conversation-2025-10-saikal-derivative')).toMatch(/derivative/);
  });
  it('uses span and week dates where the day is uncertain', () => {
    expect(byId('2025-10-11-taliban-attacks-pakistani-posts').properties).toMatchObject({
      date: '2025-10-10',
      end_date: '2025-10-11',
      date_precision: 'span',
    });
    expect(byId('2025-10-pakistan-mortar-and-drone-response').properties.date_precision).toBe('week');
  });
});

describe('README dataset section', () => {
  it('shows the current counts by type', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const counts: Record<string, number> = {};
    for (const f of incidents.features) counts[f.properties.type] = (counts[f.properties.type] ?? 0) + 1;
    for (const [type, n] of Object.entries(counts)) {
      expect(readme).toMatch(new RegExp(`\\(\`${type}\`\\) \\| ${n} \\|`));
    }
    expect(readme).toContain(`${incidents.features.length} incidents`);
  });
});
