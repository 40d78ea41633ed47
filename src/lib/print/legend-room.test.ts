/**
 * The map page's legend keeps every entry: in Urdu's taller lines the layout gives it two
 * columns, a smaller type size is used where the larger leaves entries out, and a legend too
 * long for any of them says how many entries it could not show. Text widths are a crude
 * measure (0.18 mm per character per point), so wrapping is the same on every machine.
 */
import { describe, expect, it } from 'vitest';
import type { Incident } from '../data/incidents.ts';
import { INCIDENT_TYPES, LOCATION_PRECISIONS, type IncidentType } from '../data/schema.ts';
import type { LocationPrecision } from '../data/schema.ts';
import { defaultLayers } from '../domain/layers.ts';
import { speaking } from '../i18n/test/speaking.ts';
import type { Locale } from '../i18n/locales.ts';
import { m } from '../i18n/messages.ts';
import { legendEntries, type LegendEntry } from '../theme/legend-entries.ts';
import { theme } from '../theme/theme.ts';
import { buildPage, type PageContent } from './content.ts';
import { paintMapPage } from './map-page.ts';
import { Recorder, type Item, type Measure } from './model.ts';
import { PAPERS, type Orientation, type PaperId } from './paper.ts';
import { plain } from './words.ts';
import { TEST_MAP } from './test/briefing.ts';
import { printSetOf } from './test/print-set.ts';

const crude: Measure = (text, style) => text.length * style.size * 0.18;
function page(paper: PaperId, orientation: Orientation): PageContent {
  return buildPage({
    paper,
    orientation,
    title: 'Title',
    subtitle: 'Subtitle',
    map: TEST_MAP,
    set: printSetOf([] as Incident[]),
    layers: defaultLayers(),
    countries: [],
    theme,
    permalink: 'https://atlas.example/#map=7/33.6/70.1',
    now: new Date(Date.UTC(2025, 9, 19, 8, 5)),
  });
}

/** A legend of `types` incident types, both precision marks, `datasets` rings, every map layer. */
function legendOf(types: number, datasets: number): LegendEntry[] {
  return legendEntries({
    layers: defaultLayers(),
    drawn: {
      located: 50,
      types: (Object.keys(INCIDENT_TYPES) as IncidentType[]).slice(0, types),
      precisions: Object.keys(LOCATION_PRECISIONS) as LocationPrecision[],
    },
    theme,
    rings: ['Kurram 2024', 'My notes', 'UCDP'].slice(0, datasets).map((name) => ({ name, colour: '#123' })),
  });
}

function drawnTexts(content: PageContent): string[] {
  const r = new Recorder(crude);
  paintMapPage(r, content);
  return r.items.filter((i): i is Item & { op: 'text' } => i.op === 'text').map((i) => i.text);
}

const cases = (Object.keys(PAPERS) as PaperId[]).flatMap((paper) =>
  (['landscape', 'portrait'] as Orientation[]).flatMap((o) =>
    (['en', 'ur'] as Locale[]).map((lang) => [paper, o, lang] as const),
  ),
);

describe('the printed legend', () => {
  it.each(cases)('%s %s in %s draws a busy view’s 18 entries whole', (paper, o, lang) =>
    speaking(lang, () => {
      const legend = legendOf(5, 2);
      expect(legend).toHaveLength(18);
      const words = drawnTexts({ ...page(paper, o), legend })
        .join(' ')
        .split(/\s+/);
      for (const entry of legend)
        for (const word of entry.label.split(/\s+/)) expect(words, entry.key).toContain(word);
      const more = m
        .print_legend_more({ count: 1, shown: plain(1) })
        .split(' ')
        .slice(-3)
        .join(' ');
      expect(words.join(' ')).not.toContain(more);
    }),
  );

  it.each(cases)('%s %s in %s: the fullest legend shows each entry or counts it', (paper, o, lang) =>
    speaking(lang, () => {
      const legend = legendOf(99, 3);
      const text = drawnTexts({ ...page(paper, o), legend })
        .join(' ')
        .replace(/\s+/g, ' ');
      // Each label is drawn whole, line after line; the entries shown are the first ones.
      const drawn = legend.map((e) => text.includes(e.label.replace(/\s+/g, ' ')));
      const shown = drawn.filter(Boolean).length;
      expect(drawn).toEqual(legend.map((_, i) => i < shown));
      const left = legend.length - shown;
      if (left) expect(text).toContain(m.print_legend_more({ count: left, shown: plain(left) }));
      expect(shown).toBeGreaterThan(8);
    }),
  );

  it.each([
    ['en', 'landscape'],
    ['ur', 'portrait'],
  ] as const)('in %s %s, a legend too long for the page says how many entries it left out', (lang, o) =>
    speaking(lang, () => {
      const labels = Array.from({ length: 60 }, (_, i) => `Entry${String(i + 1).padStart(2, '0')}`);
      const legend = labels.map((label) => ({ ...legendOf(1, 0)[0]!, key: label, label }));
      const texts = drawnTexts({ ...page('a4', o), legend });
      const shown = texts.filter((t) => /^Entry\d\d$/.test(t));
      // The first ones, in order, and not all of them.
      expect(shown).toEqual(labels.slice(0, shown.length));
      expect(shown.length).toBeGreaterThan(10);
      const left = 60 - shown.length;
      expect(left).toBeGreaterThan(0);
      const sentence = m.print_legend_more({ count: left, shown: plain(left) });
      expect(texts.join(' ').replace(/\s+/g, ' ')).toContain(sentence);
    }),
  );
});
