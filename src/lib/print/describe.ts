/**
 * The words a briefing page needs: the default subtitle from the filters ("Airstrikes and armed
 * clashes, 9–19 October 2025"), the print date, and the attribution with every article cited.
 */
import { LOCATION_PRECISIONS, type IncidentType, type Source } from '../data/incidents.ts';
import { formatDate, formatRange } from '../domain/dates.ts';
import { reveal } from '../domain/text.ts';
import { radiusCentreName, SIDES, type Filters } from '../domain/filters.ts';
import { m, n } from '../i18n/messages.ts';
import { listWords, plain, semicolons } from './words.ts';
import { isolated } from '../i18n/lists.ts';

/** Each type in the plural, lower case, as the subtitle lists them. */
const PLURAL: Record<IncidentType, () => string> = {
  airstrike: () => m.print_type_airstrike(),
  drone_strike: () => m.print_type_drone_strike(),
  shelling: () => m.print_type_shelling(),
  armed_clash: () => m.print_type_armed_clash(),
  attack_on_post: () => m.print_type_attack_on_post(),
  capture_of_post: () => m.print_type_capture_of_post(),
  militant_attack: () => m.print_type_militant_attack(),
  suicide_bombing: () => m.print_type_suicide_bombing(),
  ceasefire: () => m.print_type_ceasefire(),
  ceasefire_collapse: () => m.print_type_ceasefire_collapse(),
  talks: () => m.print_type_talks(),
  deportation: () => m.print_type_deportation(),
  demolition: () => m.print_type_demolition(),
  policy: () => m.print_type_policy(),
  political_change: () => m.print_type_political_change(),
  protest: () => m.print_type_protest(),
  other: () => m.print_type_other(),
};

export { listWords } from './words.ts';

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** `domain`: the first and last days of the incidents shown, for filters that leave dates open. */
export function describeFilters(f: Filters, domain: [string, string] | undefined): string {
  const what = f.types.length ? capital(listWords(f.types.map((t) => PLURAL[t]()))) : m.print_all_incidents();
  const when =
    f.from || f.to
      ? formatRange(f.from ?? domain?.[0] ?? f.to!, f.to ?? domain?.[1] ?? f.from!)
      : domain
        ? formatRange(domain[0], domain[1])
        : m.print_no_dates();
  const parts: string[] = [m.print_what_when({ what, when })];
  if (f.sides.length) parts.push(listWords(f.sides.map((s) => SIDES[s].toLowerCase())));
  if (f.borderKm !== null) parts.push(m.print_within_durand({ km: plain(f.borderKm) }));
  if (f.radius) {
    const place = isolated(radiusCentreName(f.radius));
    parts.push(m.print_within_radius({ km: plain(f.radius.km), place }));
  }
  if (f.actors.length) parts.push(m.print_involving({ actors: listWords(f.actors.map(isolated)) }));
  if (f.provinces.length)
    parts.push(m.print_in_provinces({ provinces: listWords(f.provinces.map(isolated)) }));
  if (f.districts.length)
    parts.push(
      m.print_in_districts({ count: f.districts.length, districts: listWords(f.districts.map(isolated)) }),
    );
  if (f.precisions.length) {
    const words = f.precisions.map((p) => LOCATION_PRECISIONS[p].toLowerCase());
    parts.push(m.print_placed_by({ precisions: listWords(words) }));
  }
  if (f.search.trim()) parts.push(m.print_matching({ search: isolated(f.search.trim()) }));
  return semicolons(parts);
}

export function printedAt(now: Date): string {
  const pad = (v: number) => String(v).padStart(2, '0');
  const day = `${now.getUTCFullYear()}-${pad(now.getUTCMonth() + 1)}-${pad(now.getUTCDate())}`;
  const two = (v: number) => n(v, { minimumIntegerDigits: 2 });
  const time = `${two(now.getUTCHours())}:${two(now.getUTCMinutes())}`;
  return m.print_printed_at({ date: formatDate(day, true), time });
}

/** One article in full; only the article's own words are revealed (the catalogue's are trusted). */
export function sourceLine(s: Source): string {
  const headline = s.headline_is_description
    ? m.print_headline_described({ headline: reveal(s.headline) })
    : m.print_headline_quoted({ headline: reveal(s.headline) });
  let line = m.print_source_line({ outlet: reveal(s.outlet), headline, date: formatDate(s.date, true) });
  if (s.author) line = m.print_source_author({ line, author: reveal(s.author) });
  if (s.doubt) line = m.print_source_doubt({ line, doubt: reveal(s.doubt) });
  return line;
}

/** Where the boundaries, places and summaries come from. */
export const dataAttribution = (): string => m.print_data_attribution();
