import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import SentenceParts from './SentenceParts.svelte';
import { parts } from './sentence.ts';

const imported = (i: { count: number; shown: string; name: string }) =>
  `Imported ${i.shown} incident${i.count === 1 ? '' : 's'} from ${i.name}.`;

describe('parts', () => {
  it('cuts a sentence at its values, the words kept as they are', () => {
    expect(parts((v) => imported({ count: 2, ...v }), { shown: '2', name: 'notes.csv' })).toEqual([
      { text: 'Imported ' },
      { text: '2', value: 'shown' },
      { text: ' incidents from ' },
      { text: 'notes.csv', value: 'name' },
      { text: '.' },
    ]);
  });

  it('keeps a value wherever the translation puts it, and a sentence with no words around it', () => {
    const ps = (i: { name: string; shown: string }) => `له ${i.name} څخه ${i.shown} پېښې`;
    expect(parts(ps, { shown: '۲', name: 'a.csv' }).map((p) => p.value)).toEqual([
      undefined,
      'name',
      undefined,
      'shown',
      undefined,
    ]);
    expect(parts((i: { id: string }) => i.id, { id: 'x' })).toEqual([{ text: 'x', value: 'id' }]);
  });
});

describe('SentenceParts', () => {
  it('sets each value in <bdi>, bold where asked, and its text reads as the plain sentence', () => {
    const { body } = render(SentenceParts, {
      props: {
        parts: parts((v) => imported({ count: 1, ...v }), { shown: '1', name: '<b>.csv' }),
        strong: ['name'],
      },
    });
    const html = body.replace(/<!--[^>]*-->/g, '');
    expect(html).toBe('Imported <bdi>1</bdi> incident from <strong><bdi>&lt;b>.csv</bdi></strong>.');
  });
});
