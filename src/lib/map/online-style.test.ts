/** Why an online basemap was refused, in words the reader's sentence can hold. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchOnlineStyle } from './online-style.ts';

afterEach(() => vi.unstubAllGlobals());

const answer = (body: unknown, ok = true) =>
  vi.fn(async () => ({ ok, status: ok ? 200 : 404, json: async () => body }) as unknown as Response);

describe('fetchOnlineStyle refuses', () => {
  it('an address that is not one, none at all, and one that is not on the web', async () => {
    await expect(fetchOnlineStyle('tiles here')).rejects.toThrow('“tiles here” is not a web address');
    await expect(fetchOnlineStyle('  ')).rejects.toThrow('no style address is set');
    await expect(fetchOnlineStyle('ftp://example.org/style.json')).rejects.toThrow(
      'the style address must start with https://',
    );
  });

  it('an answer that is not a MapLibre style, an error status, and no answer at all', async () => {
    vi.stubGlobal('fetch', answer({ version: 7, sources: {}, layers: [] }));
    await expect(fetchOnlineStyle('https://example.org/s.json')).rejects.toThrow(
      'the address does not hold a MapLibre style (version 8)',
    );
    vi.stubGlobal('fetch', answer({}, false));
    await expect(fetchOnlineStyle('https://example.org/s.json')).rejects.toThrow('HTTP 404');
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    await expect(fetchOnlineStyle('https://example.org/s.json')).rejects.toThrow(
      'the address could not be reached',
    );
  });

  it('accepts a style', async () => {
    const style = { version: 8, sources: {}, layers: [] };
    vi.stubGlobal('fetch', answer(style));
    await expect(fetchOnlineStyle('https://example.org/s.json')).resolves.toEqual(style);
  });
});
