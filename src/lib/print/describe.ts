/**
 * The words a briefing page needs: the default subtitle from the filters ("Airstrikes and armed
 * clashes, 9–19 October 2025"), the print date, and the attribution with every article cited.
 */
import { LOCATION_PRECISIONS, type Incident, type IncidentType, type Source } from '../data/incidents.ts';
import { formatDate, formatRange } from '../domain/dates.ts';
import { reveal } from '../domain/text.ts';
import { SIDES, type Filters } from '../domain/filters.ts';
import { domainOf } from '../domain/timeline.ts';

const PLURAL: Record<IncidentType, string> = {
  airstrike: 'airstrikes',
  drone_strike: 'drone strikes',
  shelling: 'shelling',
  armed_clash: 'armed clashes',
  attack_on_post: 'attacks on border posts',
  capture_of_post: 'captures of border posts',
  militant_attack: 'militant attacks',
  suicide_bombing: 'suicide bombings',
  ceasefire: 'ceasefires',
  ceasefire_collapse: 'ceasefires broken off',
  talks: 'talks',
  deportation: 'deportations',
  demolition: 'demolitions',
  policy: 'policy decisions',
  political_change: 'changes of government or recognition',
  protest: 'protests and riots',
  other: 'other incidents',
};

/** "a, b and c" */
export function listWords(items: string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function describeFilters(f: Filters, shown: Incident[]): string {
  const what = f.types.length ? capital(listWords(f.types.map((t) => PLURAL[t]))) : 'All incidents';
  const domain = domainOf(shown);
  const when =
    f.from || f.to
      ? formatRange(f.from ?? domain?.[0] ?? f.to!, f.to ?? domain?.[1] ?? f.from!)
      : domain
        ? formatRange(domain[0], domain[1])
        : 'no dates';
  const parts = [`${what}, ${when}`];
  if (f.sides.length) parts.push(listWords(f.sides.map((s) => SIDES[s].toLowerCase())));
  if (f.borderKm !== null) parts.push(`within ${f.borderKm} km of the Durand Line`);
  if (f.radius) parts.push(`within ${f.radius.km} km of ${f.radius.label}`);
  if (f.actors.length) parts.push(`involving ${listWords(f.actors)}`);
  if (f.provinces.length) parts.push(`in ${listWords(f.provinces)}`);
  if (f.districts.length)
    parts.push(`in ${listWords(f.districts)} district${f.districts.length > 1 ? 's' : ''}`);
  if (f.precisions.length) {
    const words = f.precisions.map((p) => LOCATION_PRECISIONS[p].toLowerCase());
    parts.push(`placed by ${listWords(words)}`);
  }
  if (f.search.trim()) parts.push(`matching “${f.search.trim()}”`);
  return parts.join('; ');
}

export function printedAt(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${now.getUTCFullYear()}-${pad(now.getUTCMonth() + 1)}-${pad(now.getUTCDate())}`;
  return `Printed ${formatDate(day, true)}, ${pad(now.getUTCHours())}:${pad(now.getUTCMinutes())} UTC`;
}

/** Each article cited by the incidents, once, newest first. */
export function citedSources(incidents: readonly Incident[]): Source[] {
  const seen = new Map<string, Source>();
  for (const i of incidents) for (const s of i.properties.sources) seen.set(s.id, s);
  return [...seen.values()].sort((a, b) => b.date.localeCompare(a.date) || a.outlet.localeCompare(b.outlet));
}

export function sourceLine(s: Source): string {
  const headline = s.headline_is_description ? `[${s.headline}]` : `“${s.headline}”`;
  const author = s.author ? `, ${s.author}` : '';
  const doubt = s.doubt ? `. Doubt about this copy: ${s.doubt}` : '';
  return reveal(`${s.outlet}, ${headline}, ${formatDate(s.date, true)}${author}${doubt}`);
}

export const DATA_ATTRIBUTION =
  'Boundaries: Made with Natural Earth (public domain). Places: GeoNames (geonames.org), CC BY 4.0. Incident summaries: Durand Atlas, from the articles cited.';
