import { describe, expect, it } from 'vitest';
import {
  INCIDENT_TYPES,
  LOCATION_PRECISIONS,
  type IncidentType,
  type LocationPrecision,
} from '../data/incidents.ts';
import { mulberry32 } from '../geo/random.ts';
import { SIDES, type Side } from '../domain/filters.ts';
import { LAYER_KEYS } from '../domain/layers.ts';
import { coordinateDecimals, decodeViewState, encodeViewState, linkFragment } from './url-codec.ts';
import { defaultViewState, MAX_LINK_CHARS, type ViewState } from './view-state.ts';
import { MUTANTS } from './test/codec-mutants.ts';
import {
  byRule,
  checkCorpus,
  coverage,
  isKnownBug,
  KNOWN_BUGS,
  realCodec,
  type Violation,
} from './test/codec-properties.ts';
import { generateCorpus, KEYS, type Key } from './test/fragment-grammar.ts';

/** A seeded generator of valid view states, in the codec's canonical precision. */
function randomState(rand: () => number): ViewState {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const subset = <T>(xs: readonly T[]) => xs.filter(() => rand() < 0.3);
  const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;
  const alphabet = [
    'a',
    'Z',
    'é',
    'ā',
    ' ',
    ',',
    ';',
    '&',
    '=',
    '#',
    '%',
    '/',
    '?',
    '+',
    '<',
    '>',
    '"',
    "'",
    'ک',
    '—',
    '1',
  ];
  const word = (max: number) => {
    let out = '';
    const n = 1 + Math.floor(rand() * max);
    for (let i = 0; i < n; i++) out += pick(alphabet);
    out = out.trim();
    return out || 'x';
  };
  const s = defaultViewState();
  if (rand() < 0.8) {
    const zoom = round(rand() * 22, 2);
    const p = coordinateDecimals(zoom);
    s.camera = {
      zoom,
      lat: round(-85 + rand() * 170, p),
      lng: round(-180 + rand() * 360, p),
      bearing: rand() < 0.5 ? 0 : round(-180 + rand() * 360, 1),
      pitch: rand() < 0.5 ? 0 : round(rand() * 85, 1),
    };
    if (s.camera.bearing === 0 && s.camera.pitch !== 0) s.camera.bearing = 0.1;
  }
  const day = () =>
    `${2014 + Math.floor(rand() * 12)}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
  if (rand() < 0.5) {
    const a = day(),
      b = day();
    [s.filters.from, s.filters.to] = a <= b ? [a, b] : [b, a];
  } else if (rand() < 0.3) s.filters.from = day();
  s.filters.types = subset(Object.keys(INCIDENT_TYPES) as IncidentType[]);
  s.filters.actors = rand() < 0.4 ? Array.from({ length: 1 + Math.floor(rand() * 4) }, () => word(30)) : [];
  s.filters.sides = subset(Object.keys(SIDES) as Side[]);
  s.filters.precisions = subset(Object.keys(LOCATION_PRECISIONS) as LocationPrecision[]);
  s.filters.search = rand() < 0.4 ? word(40) : '';
  s.filters.borderKm = rand() < 0.3 ? round(1 + rand() * 199, 1) : null;
  s.filters.radius =
    rand() < 0.3
      ? {
          lng: round(60 + rand() * 15, 4),
          lat: round(25 + rand() * 12, 4),
          km: round(1 + rand() * 999, 1),
          label: word(25),
        }
      : null;
  s.selected =
    rand() < 0.5 ? `2025-10-${Math.floor(rand() * 30)}-incident-${Math.floor(rand() * 1000)}` : null;
  for (const k of LAYER_KEYS) s.layers[k] = rand() < 0.8;
  s.basemap = rand() < 0.2 ? 'online' : 'offline';
  s.measure =
    rand() < 0.3
      ? Array.from({ length: 1 + Math.floor(rand() * 6) }, () => [
          round(60 + rand() * 15, 4),
          round(25 + rand() * 12, 4),
        ])
      : [];
  s.playMode = rand() < 0.3 ? 'window' : 'cumulative';
  s.choropleth = rand() < 0.2;
  return s;
}

describe('encodeViewState / decodeViewState', () => {
  it('gives the default view for an empty fragment, and the empty fragment for it', () => {
    expect(encodeViewState(defaultViewState())).toBe('');
    expect(decodeViewState('')).toEqual({ state: defaultViewState(), ignored: [] });
    expect(decodeViewState('#')).toEqual({ state: defaultViewState(), ignored: [] });
  });

  it('writes a readable fragment with defaults left out', () => {
    const s = defaultViewState();
    s.camera = { zoom: 7, lat: 33.6123, lng: 70.1456, bearing: 0, pitch: 0 };
    s.filters.from = '2025-10-09';
    s.filters.to = '2025-10-19';
    s.filters.types = ['airstrike', 'armed_clash'];
    s.selected = '2025-10-09-kabul-airstrike';
    expect(encodeViewState(s)).toBe(
      '#map=7/33.612/70.146&from=2025-10-09&to=2025-10-19&type=airstrike,armed_clash&sel=2025-10-09-kabul-airstrike',
    );
  });

  it('carries provinces and districts (names with spaces and semicolons too)', () => {
    const state = defaultViewState();
    state.filters.provinces = ['Khyber Pakhtunkhwa', 'Khost'];
    state.filters.districts = ['Kurram', 'A;B'];
    const fragment = encodeViewState(state);
    expect(fragment).toContain('adm1=Khyber%20Pakhtunkhwa;Khost');
    const back = decodeViewState(fragment);
    expect(back.ignored).toEqual([]);
    expect(back.state.filters.provinces).toEqual(['Khyber Pakhtunkhwa', 'Khost']);
    expect(back.state.filters.districts).toEqual(['Kurram', 'A;B']);
  });
  it('names the imported datasets a view shows, so a recipient can be told what it lacks', () => {
    const state = defaultViewState();
    state.datasets = ['field notes.csv', 'acled;2024.csv'];
    const fragment = encodeViewState(state);
    expect(fragment).toBe('#data=field%20notes.csv;acled%3B2024.csv');
    expect(decodeViewState(fragment)).toEqual({ state, ignored: [] });
    expect(decodeViewState('#data=%E0%A4%A').ignored.length).toBe(1);
  });

  it('carries a tile archive by its address, never by another scheme', () => {
    const state = defaultViewState();
    state.archive = 'https://cdn.example.org/atlas/acled 2024.pmtiles?v=2&x=1';
    const fragment = encodeViewState(state);
    expect(fragment).toBe('#tiles=https://cdn.example.org/atlas/acled%202024.pmtiles%3Fv%3D2%26x%3D1');
    expect(decodeViewState(fragment)).toEqual({ state, ignored: [] });
    expect(decodeViewState('#tiles=./tiles/acled.pmtiles').state.archive).toBe('./tiles/acled.pmtiles');
    const signed = `https://cdn.example.org/a.pmtiles?sig=${'x'.repeat(1500)}`;
    expect(decodeViewState(encodeViewState({ ...state, archive: signed })).state.archive).toBe(signed);
    for (const hostile of [
      'javascript:alert(1)',
      'data:text/html,x',
      'file:///etc/passwd',
      '//evil.example/a.pmtiles',
    ]) {
      const decoded = decodeViewState(`#tiles=${encodeURIComponent(hostile)}`);
      expect(decoded.state.archive).toBeNull();
      expect(decoded.ignored).toEqual([
        `tile archive ${JSON.stringify(hostile)} is not a web address (http or https) or a path on this site`,
      ]);
    }
  });

  it('keeps fewer decimals at low zoom, more at high zoom', () => {
    expect(coordinateDecimals(2)).toBeLessThan(coordinateDecimals(14));
    const s = defaultViewState();
    s.camera = { zoom: 3, lat: 33.61234567, lng: 70.14567891, bearing: 0, pitch: 0 };
    expect(encodeViewState(s)).toBe('#map=3/33.61/70.15');
  });

  it('round-trips 2,000 seeded random valid states', () => {
    const rand = mulberry32(20251019);
    for (let i = 0; i < 2000; i++) {
      const s = randomState(rand);
      const hash = encodeViewState(s);
      const back = decodeViewState(hash);
      expect(back.ignored, hash).toEqual([]);
      expect(back.state, hash).toEqual(s);
    }
  });

  it('keeps a typical state under 2,000 characters and a large supported one under 8,000', () => {
    const rand = mulberry32(1);
    for (let i = 0; i < 300; i++) expect(encodeViewState(randomState(rand)).length).toBeLessThan(2000);
    const big = randomState(mulberry32(2));
    big.filters.types = Object.keys(INCIDENT_TYPES) as IncidentType[];
    big.filters.actors = Array.from(
      { length: 10 },
      (_, i) => `Actor number ${i} with a long name, for example`,
    );
    big.filters.search = 'x'.repeat(200);
    big.measure = Array.from({ length: 100 }, (_, i) => [60 + i / 10, 30 + i / 100]);
    const link = linkFragment(big);
    expect(link.ok).toBe(true);
    expect(link.ok && link.hash.length).toBeLessThan(MAX_LINK_CHARS);
  });

  it('refuses a state too large for a link, with a message', () => {
    const s = defaultViewState();
    s.filters.actors = Array.from({ length: 60 }, (_, i) => `${i} ${'é'.repeat(150)}`);
    const link = linkFragment(s);
    expect(link.ok).toBe(false);
    expect(!link.ok && link.message).toMatch(/too large for a link/);
  });
});

describe('decodeViewState on broken and hostile fragments', () => {
  const part = (hash: string) => decodeViewState(hash);
  it('drops a malformed value only, and says so', () => {
    const d = part('#map=abc/33/70&from=2025-10-09&type=airstrike');
    expect(d.state.camera).toBeNull();
    expect(d.state.filters.from).toBe('2025-10-09');
    expect(d.state.filters.types).toEqual(['airstrike']);
    expect(d.ignored.join(' ')).toMatch(/zoom "abc"/);
  });
  it('rejects out-of-range coordinates and impossible dates', () => {
    expect(part('#map=7/129/70').ignored.join()).toMatch(/latitude "129"/);
    expect(part('#map=7/33/270').state.camera).toBeNull();
    expect(part('#from=2025-13-45').ignored.join()).toMatch(/from "2025-13-45" is not a date/);
    expect(part('#from=2025-10-19&to=2025-10-09').state.filters.from).toBeNull();
  });
  it('drops unknown types one by one and never keeps markup', () => {
    const d = part('#type=%3Cscript%3Ealert(1)%3C/script%3E,airstrike');
    expect(d.state.filters.types).toEqual(['airstrike']);
    expect(d.ignored[0]).toBe('type "<script>alert(1)</script>" is not known');
  });
  it('ignores unknown keys silently, and survives ## and junk', () => {
    expect(part('#zoom=abc&lat=129').ignored).toEqual([]);
    expect(part('##').state).toEqual(defaultViewState());
    expect(part('#&&&=&==&%').state).toEqual(defaultViewState());
    expect(part('#q=%E0%A4%A').ignored.join()).toMatch(/search text is not valid URL text/);
  });
  it('refuses 10 KB of junk as a whole, with a notice', () => {
    const d = part(`#${'x=1&'.repeat(2600)}`);
    expect(d.state).toEqual(defaultViewState());
    expect(d.ignored).toEqual(['the link is longer than 8,000 characters']);
  });
});

describe('decodeViewState on fragments generated from the grammar of each key', () => {
  const SEED = 20251019;
  const corpus = generateCorpus(SEED, 3000);
  let found: Violation[] | undefined;
  /** Every violation of the real codec on the corpus, computed once. */
  const violations = () => (found ??= checkCorpus(realCodec, corpus));

  it('generates the same fragments from the same seed', () => {
    const again = generateCorpus(SEED, 100);
    expect(again.map((c) => c.hash)).toEqual(corpus.slice(0, 100).map((c) => c.hash));
  });

  it('keeps every property on 3,000 valid, near-valid and combined fragments (known bugs aside)', () => {
    expect(byRule(violations().filter((v) => !isKnownBug(v)))).toEqual([]);
  });

  it('reaches every parser: each key is often present, often decoded and often near-valid', () => {
    const cov = coverage(realCodec, corpus);
    for (const k of KEYS) {
      const { group, near, decoded } = cov[k];
      expect(group, k).toBeGreaterThanOrEqual(corpus.length * 0.1);
      expect(decoded, `${k} decoded to a value`).toBeGreaterThanOrEqual(group * 0.2);
      expect(near, `${k} near-valid`).toBeGreaterThanOrEqual(group * 0.2);
    }
  });

  it('tries each limit one step past it, the documented clamp and the length limit', () => {
    const tags = new Set(
      corpus.flatMap((c) => [...c.parts.map((p) => `${p.key}:${p.tag}`), ...c.notes.map((n) => n.tag)]),
    );
    const wanted: `${Key}:${string}`[] = [
      'map:zoom-above-max',
      'map:lat-above-max',
      'map:lat-below-min',
      'map:lng-above-max',
      'map:structure-four-parts',
      'buf:above-max',
      'buf:zero',
      'buf:not-a-number',
      'near:km-above-max',
      'near:lat-above-max',
      'near:label-too-long',
      'from:not-a-leap-year',
      'to:month-or-day-zero-or-13',
      'type:unknown-item',
      'side:empty-item',
      'prec:list-overflow',
      'actor:c0-control',
      'actor:bidi',
      'q:c1-control',
      'q:too-long',
      'q:bad-percent-encoding',
      'sel:too-long',
      'layers:list-overflow',
      'measure:too-many-points',
      'measure:bad-point',
      'base:unknown',
      'play:unknown',
      'shade:junk',
    ];
    expect(wanted.filter((t) => !tags.has(t))).toEqual([]);
    expect(tags.has('from-after-to') && tags.has('link-too-long')).toBe(true);
  });

  // The properties are worth something only if they fail on a broken codec.
  describe('reports a violation for each deliberately broken codec', () => {
    for (const [name, codec] of Object.entries(MUTANTS)) {
      it(name, () => {
        expect(checkCorpus(codec, corpus, { max: 1, skip: isKnownBug })).not.toEqual([]);
      });
    }
  });

  // Codec bugs these properties found (now fixed in url-codec.ts): each stays as a test.
  const bug = (re: RegExp) => byRule(violations().filter((v) => re.test(v.rule)));

  // #q=a%C2%85b decodes to search "a\u0085b": C1 controls (U+0080–U+009F) stay in every text
  // (search, actor, radius label); only C0 and DEL become spaces.
  it('drops C1 control characters from decoded texts', () => {
    expect(bug(KNOWN_BUGS.c1Controls)).toEqual([]);
  });
  // #near=69.2,34.5,10,Kabul%E2%80%AE keeps U+202E (right-to-left override) in the label, which
  // reverses the text shown after it; likewise U+202A–U+202E and U+2066–U+2069 in search and actors.
  it('drops bidirectional control characters from decoded texts', () => {
    expect(bug(KNOWN_BUGS.bidiControls)).toEqual([]);
  });
  // #shade=yes (also true, 2, on, empty) leaves shading off with no notice: junk is not named.
  it('names a malformed shade value in a notice', () => {
    expect(bug(KNOWN_BUGS.shadeJunkSilent)).toEqual([]);
  });
  // Items past the 60th of type, side, prec and actor, and past the 12th of layers, are dropped
  // with no notice: #layers=places,places,…(12)…,-incidents leaves incidents on silently.
  it('names a list cut at its item limit in a notice', () => {
    expect(bug(KNOWN_BUGS.listOverflowSilent)).toEqual([]);
  });
  // #measure=70,33,5 decodes to [[70, 33]] with no notice: a point with a third number (or a
  // trailing comma) is accepted, the extra part silently dropped.
  it('refuses a measure point with more than two numbers, with a notice', () => {
    expect(bug(KNOWN_BUGS.measureExtraCoordinate)).toEqual([]);
  });
});
