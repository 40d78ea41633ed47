/** A corpus of broken files, each with the plain message it must get. None may throw. */
import { describe, expect, it } from 'vitest';
import { importBytes, importText, type ImportResult } from './import.ts';
import { MAX_IMPORT_BYTES, sizeProblem } from './read.ts';

const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (s: string) => new TextEncoder().encode(s);
const json = (v: unknown) => JSON.stringify(v);
const fc = (...features: unknown[]) => json({ type: 'FeatureCollection', features });
const point = (coordinates: unknown, properties: unknown = { date: '2024-01-01' }) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates },
  properties,
});
/** A feature in our schema (valid), to be broken one member at a time. */
const incident = (over: Record<string, unknown> = {}) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [69.2, 34.5] },
  properties: {
    id: 'test-one',
    date: '2024-01-01',
    date_precision: 'day',
    type: 'airstrike',
    actors: [],
    country: 'AFG',
    admin1: 'Kabul',
    location_name: 'Kabul',
    location_precision: 'town',
    claims: [],
    summary: 'An invented incident for the broken-file tests, long enough.',
    sources: [{ id: 'test-source', outlet: 'Test', headline: 'Test', date: '2024-01-02' }],
  },
  ...over,
});

const problemOf = (r: ImportResult) => (r.ok ? `imported ${r.incidents.length}` : r.problem);
const rowsOf = (r: ImportResult) =>
  r.ok ? r.problems.map((p) => `${p.where}: ${p.message}`).join('\n') : r.problem;

describe('a file the import cannot read at all', () => {
  const cases: Array<[name: string, input: Uint8Array, expected: RegExp]> = [
    ['empty', bytes(), /^is empty$/],
    ['blank', utf8('  \n \n'), /^holds only blank space$/],
    [
      'an Excel workbook',
      bytes(0x50, 0x4b, 0x03, 0x04, 1, 2),
      /Excel\/ODS workbook \(\.xlsx\): save the sheet as “CSV UTF-8”/,
    ],
    ['binary', bytes(0x41, 0x00, 0x42, 0x43), /binary file/],
    [
      'Latin-1, not UTF-8',
      bytes(0x61, 0x0a, 0x63, 0x61, 0x66, 0xe9),
      /not UTF-8 text \(byte 0xE9 at offset 5, line 2\)/,
    ],
    [
      'JSON cut just after a whole feature',
      utf8('{"type":"FeatureCollection","features":[{"type":"Feature","geometry":null,"properties":{}}'),
      /not valid JSON .*: the file seems cut short/,
    ],
    [
      'truncated JSON',
      utf8('{"type":"FeatureCollection","features":[{"type":"Fea'),
      /not valid JSON .*: the file seems cut short/,
    ],
    [
      'a bare geometry',
      utf8(json({ type: 'Point', coordinates: [69, 34] })),
      /bare Point geometry, with no properties/,
    ],
    [
      'JSON of another kind',
      utf8(json({ type: 'Topology' })),
      /"type" is "Topology": expected "FeatureCollection" or "Feature"/,
    ],
    ['a JSON array', utf8('[1, 2]'), /holds an array, not a GeoJSON object/],
    [
      'a collection with properties',
      utf8(json({ type: 'FeatureCollection', properties: {}, features: [] })),
      /must not have a "properties" member/,
    ],
    [
      'a collection with coordinates',
      utf8(json({ type: 'FeatureCollection', coordinates: [], features: [] })),
      /must not have a "coordinates" member/,
    ],
    [
      'a collection bbox with a string',
      utf8(json({ type: 'FeatureCollection', bbox: [1, 'a', 2, 3], features: [] })),
      /bbox item 1 is "a", not a number/,
    ],
    ['CSV with one column', utf8('just one\nrow\n'), /no header row of column names/],
  ];
  for (const [name, input, expected] of cases)
    it(name, () => expect(problemOf(importBytes(input, 'broken.file'))).toMatch(expected));

  it('refuses a file over the cap before reading it', () => {
    expect(sizeProblem(MAX_IMPORT_BYTES + 1)).toMatch(/^is 300\.0 MB, over the 300\.0 MB an import can take/);
  });
});

describe('features and rows rejected one by one, with the reason', () => {
  const cases: Array<[name: string, text: string, expected: RegExp]> = [
    [
      'strings as coordinates',
      fc(point(['69.1', 34])),
      /feature 0: coordinates: longitude is "69\.1" \(text, not a number: remove the quotes\)/,
    ],
    ['four numbers in a position', fc(point([69, 34, 1, 2])), /feature 0: coordinates has 4 numbers/],
    ['too few numbers in a position', fc(point([69])), /feature 0: coordinates has 1 number\(s\)/],
    [
      'an id that is an object',
      fc({ ...point([69, 34]), id: { a: 1 } }),
      /feature 0: id is an object; a Feature id is a string or a number/,
    ],
    [
      'properties as a number',
      fc({ ...point([69, 34]), properties: 5 }),
      /feature 0: properties is 5; it must be an object or null/,
    ],
    [
      'properties as an array',
      fc({ ...point([69, 34]), properties: [1] }),
      /feature 0: properties is an array/,
    ],
    [
      'a missing geometry member',
      fc({ type: 'Feature', properties: {} }),
      /feature 0: has no "geometry" member/,
    ],
    [
      'a feature bbox with a string',
      fc({ ...point([69, 34]), bbox: ['x', 1, 2, 3] }),
      /feature 0: bbox item 0 is "x"/,
    ],
    [
      'a polygon among points',
      fc({
        type: 'Feature',
        properties: {},
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [0, 0],
              [1, 0],
              [1, 1],
              [0, 0],
            ],
          ],
        },
      }),
      /feature 0: geometry Polygon: only points can be incidents/,
    ],
    [
      'nested geometry collections',
      fc({
        type: 'Feature',
        properties: {},
        geometry: {
          type: 'GeometryCollection',
          geometries: [{ type: 'GeometryCollection', geometries: [] }],
        },
      }),
      /feature 0: a GeometryCollection inside a GeometryCollection is not allowed/,
    ],
    [
      'an unclosed ring in our schema',
      fc(
        incident({
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [0, 0],
                [1, 0],
                [1, 1],
                [0, 1],
              ],
            ],
          },
        }),
      ),
      /feature 0: .*first and last positions must be equivalent/,
    ],
    [
      'a line of one position in our schema',
      fc(incident({ geometry: { type: 'LineString', coordinates: [[0, 0]] } })),
      /feature 0: .*at least two/,
    ],
    [
      'missing sources in our schema',
      fc(incident({ properties: { ...incident().properties, sources: undefined } })),
      /feature 0: missing required property "sources"/,
    ],
    [
      'a wrong type in our schema',
      fc(incident({ properties: { ...incident().properties, actors: 'Taliban' } })),
      /feature 0: property "actors" should be string\[\]/,
    ],
    [
      'an id given twice',
      fc(incident(), incident()),
      /feature 1: id "test-one" is already used by feature 0/,
    ],
    [
      'a row with an open quote',
      'date,lat,lon\n2024-01-01,34,69\n"2024-01-02,34,69\n',
      /row 3: a quoted cell is never closed|row 3: .*quote/,
    ],
    [
      'an open quote that swallows the rest of the file',
      'date,lat,lon,note\n2024-01-01,34,69,"open\n2024-01-02,34,69,x\n2024-01-03,34,69,y\n',
      /^row 2: a quoted cell opened in this row is never closed, so the rest of the file \(2 lines\)/,
    ],
    [
      'a quote inside a quoted cell, not doubled',
      'date,lat,lon,note\n2024-01-01,34,69,ok\n2024-01-02,34,69,"say "no" here",x\n2024-01-03,34,69,ok\n',
      /^row 3: a quote inside a quoted cell is not doubled \(write "" for a quote inside quotes\)[^\n]*$/,
    ],
    [
      'swapped coordinates in our schema',
      fc(incident({ geometry: { type: 'Point', coordinates: [34.5, 69.2] } })),
      /^feature 0: coordinates \[34\.5, 69\.2\] look swapped \(lat, lon\)$/,
    ],
    [
      '0, 0 in our schema',
      fc(incident({ geometry: { type: 'Point', coordinates: [0, 0] } })),
      /^feature 0: latitude 0 and longitude 0 \(a point in the Gulf of Guinea\)/,
    ],
    ['a row with a bad date', 'date,lat,lon\n01/02/2024,34,69\n', /row 2: date "01\/02\/2024" is not a date/],
    [
      'a row with text for latitude',
      'date,lat,lon\n2024-01-01,north,69\n',
      /row 2: latitude "north" is not a number/,
    ],
  ];
  for (const [name, text, expected] of cases)
    it(name, () => {
      const file = text.startsWith('{') ? 'broken.geojson' : 'broken.csv';
      expect(rowsOf(importText(text, file))).toMatch(expected);
    });

  it('keeps the good features of a file with bad ones', () => {
    const r = importText(
      fc(incident(), incident({ properties: { ...incident().properties, id: 'Bad Id' } })),
      'x.geojson',
    );
    expect(r.ok && r.incidents.map((i) => i.properties.id)).toEqual(['test-one']);
    expect(rowsOf(r)).toMatch(/feature 1: id "Bad Id" is not a lower-case slug/);
  });
});

describe('awkward but readable files', () => {
  it('reads a single Feature as a collection of one', () => {
    expect(problemOf(importText(json(incident()), 'one.geojson'))).toBe('imported 1');
  });

  it('drops a UTF-8 byte-order mark and reads UTF-16 with its mark', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(fc(incident()))]);
    expect(problemOf(importBytes(withBom, 'bom.geojson'))).toBe('imported 1');
    const text = 'date,lat,lon\n2024-01-01,34,69\n';
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(new Uint16Array([...text].map((c) => c.charCodeAt(0))).buffer),
    ]);
    expect(problemOf(importBytes(utf16, 'wide.csv'))).toBe('imported 1');
  });

  it('warns of a key given twice, where JSON keeps only the last', () => {
    const text = `{"type":"FeatureCollection","features":[{"type":"Feature","geometry":null,\n"properties":{"date":"2024-01-01","date":"2025-01-01"}}]}`;
    const r = importText(text, 'dup.geojson');
    expect(r.ok && r.warnings).toEqual(['line 2: key "date" is given twice; the last value is used']);
  });
});
