import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { literalWords } from './component-text.ts';
import { LOCALES } from './locales.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const MESSAGES = join(ROOT, 'messages');

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'paraglide' ? [] : files(path, pattern);
    return pattern.test(name) ? [path] : [];
  });
}

type Catalogue = Record<string, unknown>;
const catalogue = (locale: string, area: string): Catalogue =>
  JSON.parse(readFileSync(join(MESSAGES, locale, area), 'utf8')) as Catalogue;
const keysOf = (c: Catalogue) =>
  Object.keys(c)
    .filter((k) => k !== '$schema')
    .sort();
const AREAS = readdirSync(join(MESSAGES, 'en')).filter((f) => f.endsWith('.json'));

describe('the catalogues', () => {
  it.each(LOCALES.filter((l) => l !== 'en'))('%s has exactly the English keys, none empty', (locale) => {
    for (const area of AREAS) {
      const english = catalogue('en', area);
      const other = catalogue(locale, area);
      expect(keysOf(other), `${locale}/${area}`).toEqual(keysOf(english));
      for (const key of keysOf(other))
        expect(JSON.stringify(other[key]), `${locale}/${area}: ${key}`).not.toBe('""');
    }
  });

  it('keys are unique across the area files', () => {
    const seen = new Map<string, string>();
    for (const area of AREAS)
      for (const key of keysOf(catalogue('en', area))) {
        expect(seen.get(key), `${key} in ${area}`).toBeUndefined();
        seen.set(key, area);
      }
  });
});

describe('components', () => {
  it('finds literal words in markup and spoken attributes (the checker itself)', () => {
    const source = `<script>const a = "x";</script><p class="big">Hello {name}</p>
      <button aria-label="Close" title={m.x()}>×</button><style>p{color:red}</style>`;
    expect(literalWords(source)).toEqual(['Close', 'Hello']);
    expect(literalWords('<p>{m.a()} · {n(3)}</p><span aria-hidden="true">→</span>')).toEqual([]);
  });

  it('write no words of their own: every word comes from the catalogues', () => {
    const src = join(ROOT, 'src');
    const found = files(src, /\.svelte$/).flatMap((file) =>
      literalWords(readFileSync(file, 'utf8')).map((w) => `${relative(src, file)}: ${w}`),
    );
    expect(found).toEqual([]);
  });
});
