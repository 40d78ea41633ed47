import { describe, expect, it } from 'vitest';
import { marker, markers, pieces } from './sentence.ts';

describe('sentences with values inside', () => {
  it('cuts a sentence at its markers, in reading order', () => {
    const text = `Part of ${marker('report')}, at ${marker('km')}.`;
    expect(pieces(text)).toEqual([
      { text: 'Part of ' },
      { slot: 'report' },
      { text: ', at ' },
      { slot: 'km' },
      { text: '.' },
    ]);
  });

  it('keeps a value at either end and a sentence without values whole', () => {
    expect(pieces(`${marker('a')} و ${marker('b')}`)).toEqual([
      { slot: 'a' },
      { text: ' و ' },
      { slot: 'b' },
    ]);
    expect(pieces('No values')).toEqual([{ text: 'No values' }]);
    expect(markers(['x', 'y'])).toEqual({ x: marker('x'), y: marker('y') });
  });
});
