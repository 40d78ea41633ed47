import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DeflatedText } from './deflated-text.ts';

// A leading byte-order mark is text here (search offsets count it), then Dari and ASCII.
const original = '\uFEFFکُرم kurram '.repeat(5000);
const packed = () => deflateSync(new TextEncoder().encode(original));
const sameLength = (text: string) => {
  if (text.length !== original.length) throw new Error(`length ${text.length}`);
};

describe('DeflatedText', () => {
  it('gives the text when first read, byte-order mark and all', () => {
    const deferred = new DeflatedText(packed(), sameLength);
    expect(deferred.ready).toBe(false);
    expect(deferred.text).toBe(original);
    expect(deferred.ready).toBe(true);
  });

  it('readies the same text on the streams, ahead of the first read', async () => {
    const deferred = new DeflatedText(packed(), sameLength);
    const warming = deferred.warm();
    expect(deferred.warm()).toBe(warming);
    await warming;
    expect(deferred.ready).toBe(true);
    expect(deferred.text).toBe(original);
  });

  it('throws what the check says when the text is not the one promised', async () => {
    const short = new DeflatedText(deflateSync(new TextEncoder().encode('abc')), sameLength);
    await short.warm(); // the failure is left to the read
    expect(short.ready).toBe(false);
    expect(() => short.text).toThrow('length 3');
  });
});
