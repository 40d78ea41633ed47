import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { placeRules, provinceRules } from './layers.ts';
import { formatIssues, parseAndValidate, ringSignedArea, validateFeatureCollection } from './validate.ts';

const dir = new URL('./test/in/', import.meta.url);
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.geojson'));
const rulesFor = (file: string) => (file.includes('polygon') ? provinceRules : placeRules);

describe('validateFeatureCollection on fixtures', () => {
  for (const file of fixtures) {
    it(file, () => {
      const value = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as { expect?: string[] };
      const text = formatIssues(validateFeatureCollection(value, file, rulesFor(file)), 100);
      if (file.startsWith('good-')) expect(text).toBe('');
      else {
        expect(value.expect?.length, 'a bad fixture lists what it expects').toBeGreaterThan(0);
        for (const message of value.expect!) expect(text).toContain(`${file}, ${message}`);
      }
    });
  }
});

describe('validateFeatureCollection', () => {
  it('passes the case geojson-validation alone lets through: [200, 95]', () => {
    const fc = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [200, 95] } }],
    };
    const issues = validateFeatureCollection(fc, 'x.geojson', { geometry: ['Point'] });
    expect(issues.map((i) => i.message)).toEqual([
      'longitude 200 is outside -180..180',
      'latitude 95 is outside -90..90',
    ]);
  });

  it('rejects what is not a FeatureCollection, saying what it found', () => {
    expect(validateFeatureCollection([], 'a.geojson', placeRules)[0]!.message).toBe(
      'the file holds an array, not a GeoJSON object',
    );
    expect(
      validateFeatureCollection({ type: 'FeatureCollection' }, 'a.geojson', placeRules)[0]!.message,
    ).toBe('a FeatureCollection needs a "features" list');
  });

  it('rejects a geometry type the layer does not allow, and null unless allowed', () => {
    const fc = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: null }] };
    expect(formatIssues(validateFeatureCollection(fc, 'n.geojson', { geometry: ['Point'] }))).toContain(
      'geometry null is not allowed',
    );
    expect(validateFeatureCollection(fc, 'n.geojson', { geometry: ['Point', null] })).toEqual([]);
  });

  it('names the file and reports JSON syntax errors', () => {
    const { data, issues } = parseAndValidate('{"type": "FeatureCollection", ', 'broken.geojson', placeRules);
    expect(data).toBeUndefined();
    expect(formatIssues(issues)).toMatch(/^broken\.geojson: not valid JSON/);
  });

  it('does not mutate its input', () => {
    const text = readFileSync(new URL('bad-polygon-rings.geojson', dir), 'utf8');
    const value = JSON.parse(text);
    validateFeatureCollection(value, 'f', provinceRules);
    expect(value).toEqual(JSON.parse(text));
  });

  it('caps long reports', () => {
    const issues = Array.from({ length: 30 }, (_, index) => ({ file: 'f', index, message: 'm' }));
    expect(formatIssues(issues, 5).split('\n')).toHaveLength(6);
    expect(formatIssues(issues, 5)).toMatch(/and 25 more$/);
  });
});

describe('ringSignedArea', () => {
  it('is positive for counterclockwise rings', () => {
    expect(
      ringSignedArea([
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
        [0, 0],
      ]),
    ).toBeGreaterThan(0);
    expect(
      ringSignedArea([
        [0, 0],
        [0, 1],
        [1, 1],
        [1, 0],
        [0, 0],
      ]),
    ).toBeLessThan(0);
  });
});
