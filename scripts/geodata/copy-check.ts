/**
 * The build's copy check: our summaries, notes, source descriptions and doubts against the
 * articles in ../shared/seeds. The articles are not part of the repo; without them the check is
 * skipped and says so.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { IncidentProps } from '../../src/lib/data/incidents.ts';
import type { Article, OurText } from './overlap.ts';

/** Every text we wrote ourselves, once per source however often it is cited. */
export function ourTexts(incidents: IncidentProps[]): OurText[] {
  const texts: OurText[] = [];
  const sources = new Set<string>();
  for (const p of incidents) {
    texts.push({ owner: p.id, field: 'summary', text: p.summary });
    (p.notes ?? []).forEach((text, i) => texts.push({ owner: p.id, field: `notes[${i}]`, text }));
    for (const s of p.sources) {
      if (sources.has(s.id)) continue;
      sources.add(s.id);
      const owner = `source ${s.id}`;
      if (s.headline_is_description) texts.push({ owner, field: 'headline', text: s.headline });
      if (s.doubt) texts.push({ owner, field: 'doubt', text: s.doubt });
    }
  }
  return texts;
}

/** The articles as text files, or why there are none. */
export function readArticles(dir: string): { articles: Article[] } | { skipped: string } {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    return { skipped: `${dir} not found (the articles are not part of the repo)` };
  }
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  if (files.length === 0) return { skipped: `${dir} holds no .txt articles` };
  return { articles: files.map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') })) };
}
