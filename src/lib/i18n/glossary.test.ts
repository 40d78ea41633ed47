import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const MESSAGES = join(dirname(fileURLToPath(import.meta.url)), '../../../messages');
type Term = { en: string } & Record<string, { phrase: string; stem: string } | string>;
const glossary = JSON.parse(readFileSync(join(MESSAGES, 'glossary.json'), 'utf8')) as { terms: Term[] };

/** Every message's texts (all plural variants), by key. */
function texts(locale: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of readdirSync(join(MESSAGES, locale)).filter((f) => f.endsWith('.json'))) {
    const catalogue = JSON.parse(readFileSync(join(MESSAGES, locale, file), 'utf8')) as Record<
      string,
      unknown
    >;
    for (const [key, value] of Object.entries(catalogue))
      if (key !== '$schema') out.set(key, typeof value === 'string' ? value : JSON.stringify(value));
  }
  return out;
}

describe('the glossary', () => {
  const english = texts('en');
  it.each(['fa-AF', 'ps', 'ur'])('%s uses its word wherever the English names a term', (locale) => {
    const translated = texts(locale);
    const misses: string[] = [];
    for (const term of glossary.terms) {
      const stem = (term[locale] as { stem: string }).stem;
      const pattern = new RegExp(`\\b${term.en}\\b`, 'i');
      for (const [key, text] of english)
        if (pattern.test(text.replace(/\{[^}]*\}/g, '')) && !translated.get(key)?.includes(stem))
          misses.push(`${key}: "${term.en}" without "${stem}"`);
    }
    expect(misses).toEqual([]);
  });
});
