import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Incidents } from '../data/incidents.ts';
import { defaultFilters } from '../domain/filters.ts';
import { defaultLayers } from '../domain/layers.ts';
import { theme } from '../theme/theme.ts';
import { describeFilters, listWords, printedAt } from './describe.ts';
import { citedSources } from '../domain/cited-sources.ts';
import { insetDrawing } from './inset.ts';
import { legendEntries } from '../theme/legend-entries.ts';
import { drawnKindsOf } from './order.ts';
import { mapPageLayout, mmToPx, pageSize, PAPERS, type Orientation, type PaperId } from './paper.ts';
import { pathRings, wrap, type Painter } from './painter.ts';
import { qrMatrix, qrPath } from './qr.ts';
import { kmPerMm, scaleBar } from './scale.ts';
import { expectBoxesInsideApart } from './test/layout-boxes.ts';
import { distance } from '@turf/turf';
import { printSetOf } from './test/print-set.ts';

const incidents = (
  JSON.parse(
    readFileSync(new URL('../../../geodata/incidents.geojson', import.meta.url), 'utf8'),
  ) as Incidents
).features;

/** The kinds the legend is given for these incidents, as a print works them out. */
const kindsOf = (list: typeof incidents) => {
  const set = printSetOf(list);
  return drawnKindsOf(set.store, set.rows);
};

describe('paper', () => {
  it('gives the pixel sizes a print shop expects at 300 dpi', () => {
    const a4 = pageSize('a4', 'landscape');
    expect([mmToPx(a4.w, 300), mmToPx(a4.h, 300)]).toEqual([3508, 2480]);
    const letter = pageSize('letter', 'portrait');
    expect([mmToPx(letter.w, 300), mmToPx(letter.h, 300)]).toEqual([2550, 3300]);
  });
  for (const paper of Object.keys(PAPERS) as PaperId[]) {
    for (const o of ['landscape', 'portrait'] as Orientation[]) {
      it(`lays out ${paper} ${o} inside the page, without overlaps`, () => {
        const L = mapPageLayout(paper, o);
        expectBoxesInsideApart(L);
        // The map keeps the room: at least half the page.
        expect(L.map.w * L.map.h).toBeGreaterThan(0.45 * L.page.w * L.page.h);
        // And at 300 dpi stays within MapLibre's canvas limit.
        expect(mmToPx(L.map.w, 300)).toBeLessThan(4096);
      });
    }
  }
});

describe('scale bar', () => {
  it('matches the ground distance: km per mm agrees with a great-circle measure', () => {
    // At zoom z a CSS pixel spans 40075 km × cos(lat) / (512 × 2^z); one mm is 96/25.4 px.
    const zoom = 6,
      lat = 33;
    const perMm = kmPerMm(zoom, lat);
    const degPerPx = 360 / (512 * 2 ** zoom);
    const oneMmEast = distance([70, lat], [70 + degPerPx * (96 / 25.4), lat]);
    expect(perMm).toBeCloseTo(oneMmEast, 1);
  });
  it('picks a round length that fits', () => {
    // At zoom 6 and 33°N one mm of paper is 3.877 km (worked out by hand): 40 mm hold 155 km,
    // so the bar is 100 km long, 25.8 mm.
    const s = scaleBar(6, 33, 40);
    expect(s.km).toBe(100);
    expect(s.mm).toBeCloseTo(25.8, 1);
    expect(s.label).toBe('100 km');
  });
});

describe('words', () => {
  it('writes the subtitle from the filters', () => {
    // The first and last days of the incidents shown: the subtitle's dates where filters give none.
    const span: [string, string] = ['2014-12-01', '2025-10-31'];
    const f = {
      ...defaultFilters(),
      types: ['airstrike' as const, 'armed_clash' as const],
      from: '2025-10-09',
      to: '2025-10-19',
    };
    expect(describeFilters(f, span)).toBe('Airstrikes and armed clashes, 9–19 October 2025');
    // Every filter shows in the subtitle, the precision filter too.
    const precise = { ...f, precisions: ['town' as const, 'exact' as const] };
    expect(describeFilters(precise, span)).toBe(
      'Airstrikes and armed clashes, 9–19 October 2025; placed by town or city and exact site',
    );
    expect(describeFilters({ ...defaultFilters(), borderKm: 20 }, span)).toMatch(
      /^All incidents, Dec 2014 – Oct 2025; within 20 km of the Durand Line$/,
    );
  });
  it('lists words and prints dates', () => {
    expect(listWords(['a', 'b', 'c'])).toBe('a, b and c');
    expect(printedAt(new Date(Date.UTC(2025, 9, 19, 8, 5)))).toBe('Printed 19 October 2025, 08:05 UTC');
  });
  it('cites every article once, newest first', () => {
    // The five seed files hold 13 articles (the TOLOnews page carries nine of them).
    const cited = citedSources(incidents);
    expect(cited).toHaveLength(13);
    expect(new Set(cited.map((s) => s.id)).size).toBe(13);
    expect(cited[0]!.date >= cited[cited.length - 1]!.date).toBe(true);
  });
});

describe('legend', () => {
  it('lists only visible layers and drawn types', () => {
    const drawn = incidents.filter((i) => i.geometry && i.properties.type === 'airstrike');
    const all = legendEntries({ layers: defaultLayers(), drawn: kindsOf(drawn), theme }).map((e) => e.label);
    expect(all).toContain('Airstrike');
    expect(all).not.toContain('Talks or diplomatic meeting');
    expect(all.some((l) => l.startsWith('Durand Line'))).toBe(true);
    const none = legendEntries({
      layers: { ...defaultLayers(), durand: false, places: false },
      drawn: kindsOf([]),
      theme,
    }).map((e) => e.label);
    expect(none.some((l) => l.startsWith('Durand Line'))).toBe(false);
    expect(none).not.toContain('Capital, city or town');
    expect(none).not.toContain('Airstrike');
  });

  it('names each dataset shown with the ring its incidents carry, on screen and paper alike', () => {
    const drawn = incidents.filter((i) => i.geometry).slice(0, 3);
    const rings = [{ name: 'field-notes.csv', colour: '#6a3d9a' }];
    const entry = legendEntries({ layers: defaultLayers(), drawn: kindsOf(drawn), theme, rings }).find((e) =>
      e.key.startsWith('dataset:'),
    );
    expect(entry).toEqual({
      key: 'dataset:field-notes.csv',
      group: 'incidents',
      label: 'Ringed: field-notes.csv',
      swatch: { kind: 'ring', fill: '#ffffff', stroke: '#6a3d9a' },
    });
  });
});

describe('QR code', () => {
  it('encodes the permalink in a square matrix with finder patterns', () => {
    const m = qrMatrix('http://localhost:4173/#map=7/33.6/70.1&type=airstrike');
    expect(m.length).toBe(m[0]!.length);
    expect(m.length).toBeGreaterThanOrEqual(21);
    // The three finder patterns' corners are dark.
    expect([m[0]![0], m[0]![m.length - 1], m[m.length - 1]![0]]).toEqual([true, true, true]);
    expect(qrPath(m, 21)).toMatch(/^M/);
  });
});

describe('inset and painter helpers', () => {
  it('draws countries and the extent inside the inset box', () => {
    const countries = JSON.parse(
      readFileSync(new URL('../../../geodata/countries.geojson', import.meta.url), 'utf8'),
    ).features;
    const d = insetDrawing(
      countries,
      [
        [66, 35],
        [72, 35],
        [72, 30],
        [66, 30],
        [66, 35],
      ],
      60,
      44,
    );
    for (const ring of pathRings(d.extent))
      for (const [x, y] of ring) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(60);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(44);
      }
    expect(d.countries.find((c) => c.iso === 'AFG')?.d.length).toBeGreaterThan(100);
  });
  it('parses the symbol paths into rings', () => {
    expect(pathRings('M3 5 H21 L12 21 Z')).toEqual([
      [
        [3, 5],
        [21, 5],
        [12, 21],
      ],
    ]);
    expect(pathRings('M0 0L1 0L1 1ZM2 2L3 2L3 3Z')).toHaveLength(2);
  });
  it('wraps text to a width, cutting words longer than a line', () => {
    const mono = { textWidth: (t: string) => t.length } as unknown as Painter;
    expect(wrap(mono, 'aa bb cc', 5, { size: 7 })).toEqual(['aa bb', 'cc']);
    expect(wrap(mono, 'http://very-long-url', 8, { size: 7 }).every((l) => l.length <= 8)).toBe(true);
  });
});

describe('numbering the printed incidents', () => {
  const extent = [
    [66, 36],
    [72, 36],
    [72, 30],
    [66, 30],
    [66, 36],
  ];
  it('puts the incidents in view first, by date, then those without a point', async () => {
    const { printOrder } = await import('./content.ts');
    const { inView, offMap, unlocated } = printOrder(printSetOf(incidents), extent);
    expect(inView.length).toBeGreaterThan(0);
    // Every match is listed: in view, outside the printed area, or with no point.
    expect(inView.length + offMap.length + unlocated.length).toBe(incidents.length);
    expect(offMap.map((i) => i.properties.id)).toContain('2025-karachi-manghopir-demolitions');
    for (const i of inView) {
      const [x, y] = i.geometry!.coordinates as [number, number];
      expect(x >= 66 && x <= 72 && y >= 30 && y <= 36).toBe(true);
    }
    expect(inView.map((i) => i.properties.date)).toEqual(
      [...inView.map((i) => i.properties.date)].sort((a, b) => a.localeCompare(b)),
    );
    expect(unlocated.every((i) => i.geometry === null)).toBe(true);
    expect(inView.some((i) => i.properties.id.includes('karachi'))).toBe(false);
  });
  it('numbers the incidents in view 1, 2, 3… in table order', async () => {
    const { tableNumbers, printRows } = await import('./content.ts');
    const set = printSetOf(incidents);
    const { inView } = printRows(set, extent);
    const numbers = tableNumbers(set.store, inView);
    expect([...numbers.values()]).toEqual(inView.map((_, i) => i + 1));
    expect(numbers.get(incidents[inView[0]!]!.properties.id)).toBe(1);
    expect([...numbers.keys()]).toEqual(inView.map((row) => incidents[row]!.properties.id));
  });
});

describe('scale note', () => {
  it('says where the bar holds and what it spans at the top and bottom (Web Mercator)', async () => {
    const { scaleNote, scaleWords } = await import('./scale.ts');
    // 100 km at 33.6° N: at 38.9° N cos 38.9° / cos 33.6° = 0.7782 / 0.8329 → 93.4 km.
    const note = scaleNote(100, 33.6, 38.9, 28.1);
    expect(note.top.km).toBeCloseTo(93.4, 1);
    expect(note.bottom.km).toBeCloseTo(105.9, 1);
    expect(scaleWords(note)).toBe(
      "True at 33.6° N, the map's centre. At its top (38.9° N) the bar spans 93 km; at its bottom (28.1° N), 106 km.",
    );
  });
});
