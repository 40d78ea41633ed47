/** A file that is not JSON is placed by line and column, in the reader's words. */
import { describe, expect, it } from 'vitest';
import { firstJsonError, jsonFault } from './json-fault.ts';
import { speaking } from '../../i18n/test/speaking.ts';

const fault = (text: string) => {
  try {
    JSON.parse(text);
  } catch (error) {
    return jsonFault(text, error);
  }
  throw new Error('this text is JSON');
};

describe('jsonFault', () => {
  it('finds where strict JSON first breaks, lines and columns from 1', () => {
    expect(firstJsonError('[1, 2]')).toBeNull();
    expect(firstJsonError('x')).toMatchObject({ line: 1, column: 1 });
    // A trailing comma and a comment are not JSON (JSON5 and JSONC allow them).
    expect(firstJsonError('[1,\n 2,]')).toMatchObject({ line: 2, column: 4 });
    expect(firstJsonError('{"a": 1 // note\n}')).toMatchObject({ line: 1, column: 9 });
  });

  it('places a stray character where it stands, not as the engine words it', () => {
    // The "x" is the 8th character of the second line.
    const text = '{"type": "FeatureCollection",\n  "a": x}';
    speaking('en', () => expect(fault(text)).toBe('is not valid JSON (at line 2, column 8)'));
  });

  it('says a file cut short is cut short, at its end', () => {
    const text = '{"type": "FeatureCollection",\n "features": [';
    speaking('en', () =>
      expect(fault(text)).toBe('is not valid JSON (at line 2, column 15): the file seems cut short'),
    );
  });

  it('a trailing comma or a brace too many is a fault in a whole file, not a cut', () => {
    speaking('en', () => {
      expect(fault('{"a": 1,}')).toBe('is not valid JSON (at line 1, column 9)');
      expect(fault('{"a": 1}}\n')).toBe('is not valid JSON (at line 1, column 9)');
      expect(fault('[true, tru')).toMatch(/: the file seems cut short$/);
    });
  });

  it('in Dari', () => {
    speaking('fa-AF', () => expect(fault('{\n x}')).toBe('JSON معتبر نیست (در سطر ۲، ستون ۲)'));
  });
});
