import { describe, expect, it } from 'vitest';
import { decodeViewState, encodeViewState } from './url-codec.ts';
import { defaultViewState } from './view-state.ts';

describe('the language in a link (lang=)', () => {
  it('is written for Dari, Pashto and Urdu, not for English (the base)', () => {
    expect(encodeViewState({ ...defaultViewState(), lang: 'ps' })).toBe('#lang=ps');
    expect(encodeViewState({ ...defaultViewState(), lang: 'fa-AF' })).toBe('#lang=fa-AF');
    expect(encodeViewState({ ...defaultViewState(), lang: 'en' })).toBe('');
  });

  it('is read back; a link without one keeps the reader’s own language', () => {
    expect(decodeViewState('#lang=ur').state.lang).toBe('ur');
    expect(decodeViewState('#type=airstrike').state.lang).toBeNull();
  });

  it('names a language it does not know and leaves the reader’s own', () => {
    const { state, ignored } = decodeViewState('#lang=de');
    expect(state.lang).toBeNull();
    expect(ignored).toEqual(['language "de" is not one of en, fa-AF, ps, ur']);
  });
});
