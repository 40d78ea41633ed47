import { describe, expect, it } from 'vitest';
import { incident } from '../domain/test/make-incident.ts';
import { looksShared, openShare, shareFile } from './share-file.ts';
import type { Dataset } from './datasets.ts';

const good = incident({
  id: 'mine-1',
  summary: 'An invented incident to share, long enough for the rules.',
  sources: [{ id: 'mine', outlet: 'My notes', headline: 'Notes', date: '2025-01-01' }],
});
const dataset: Dataset = {
  key: 'ds-1',
  name: 'mine.csv',
  format: 'csv',
  importedAt: '2026-11-01T00:00:00.000Z',
  rows: 1,
  problems: [],
  colour: 0,
  visible: true,
  incidents: [good],
};

describe('a file with the view and its data', () => {
  it('opens to the same view and datasets', () => {
    const text = shareFile(
      '#type=airstrike&data=mine.csv',
      [dataset, { ...dataset, name: 'hidden', visible: false }],
      'now',
    );
    expect(looksShared(text)).toBe(true);
    const opened = openShare(text, 'share.json');
    expect(opened).toEqual({
      view: '#type=airstrike&data=mine.csv',
      datasets: [
        { name: 'mine.csv', format: 'csv', importedAt: '2026-11-01T00:00:00.000Z', incidents: [good] },
      ],
      problems: [],
    });
  });

  it('checks a shared dataset like any import, and refuses what is not a share file', () => {
    const bad = JSON.stringify({
      durand_atlas_share: 1,
      view: '#',
      datasets: [
        {
          name: 'x',
          format: '<script>',
          features: [{ ...good, properties: { ...good.properties, id: 'Bad Id' } }],
        },
      ],
    });
    const opened = openShare(bad, 'bad.json');
    if (typeof opened === 'string') throw new Error(opened);
    expect(opened.datasets[0]!.incidents).toEqual([]);
    expect(opened.datasets[0]!.format).toBe('incidents');
    expect(opened.problems).toEqual(['x, feature 0: id "Bad Id" is not a lower-case slug']);
    expect(openShare('{"durand_atlas_share":1}', 's.json')).toBe(
      's.json is not a Durand Atlas share file (it needs "view" and "datasets")',
    );
  });
});
