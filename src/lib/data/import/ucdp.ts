/**
 * UCDP's Georeferenced Event Dataset (GED) CSV onto our schema. UCDP is named as the claimant of
 * every figure: its best estimate with low and high, and the deaths by side. Places coded only to
 * a region, the country or open water keep no point (ours never invents one).
 */
import type { Claim, DatePrecision, Incident, IncidentType, LocationPrecision } from '../schema.ts';
import { areaName, cell, countIn, countryIn, dayIn, daysBetween, slug, type Row } from './fields.ts';
import { pointIn } from './place.ts';
import { m } from '../../i18n/messages.ts';
import { num } from '../say.ts';

const UCDP_COLUMNS = ['where_prec', 'date_prec', 'date_start', 'date_end', 'best', 'type_of_violence'];

export function isUcdp(header: readonly string[]): boolean {
  const has = new Set(header);
  return has.has('id') && UCDP_COLUMNS.every((c) => has.has(c));
}

/** 1 state-based, 2 non-state, 3 one-sided violence (against civilians). */
const VIOLENCE: Record<string, IncidentType> = {
  '1': 'armed_clash',
  '2': 'armed_clash',
  '3': 'militant_attack',
};

/** where_prec 1 exact, 2 within 25 km, 3 second-order area, 4 first-order, 5 region, 6 country, 7 sea. */
const WHERE: Record<string, LocationPrecision> = {
  '1': 'exact',
  '2': 'town',
  '3': 'district',
  '4': 'province',
  '5': 'country',
  '6': 'country',
  '7': 'unknown',
};

function dating(start: string, end: string, prec: string): { date: string; end?: string; p: DatePrecision } {
  const days = daysBetween(start, end);
  if (prec === '5') return { date: start.slice(0, 4), p: 'year' };
  if (prec === '4') {
    const last = end.slice(0, 7);
    return { date: start.slice(0, 7), ...(last !== start.slice(0, 7) ? { end: last } : {}), p: 'month' };
  }
  if (days === 0) return { date: start, p: 'day' };
  // date_prec 1 with a span: every day of it; 2–3: some day within it. Our spans hold at most 7
  // days; a longer one is kept as the month or months it falls in (less exact, never shorter).
  if (prec === '1') return { date: start, end, p: 'day' };
  if (days <= 6) return { date: start, end, p: 'span' };
  const [first, last] = [start.slice(0, 7), end.slice(0, 7)];
  return { date: first, ...(last !== first ? { end: last } : {}), p: 'month' };
}

/** A note where UCDP's low, best and high estimates do not rise in that order. */
function rangeNote(row: Row): string | undefined {
  const [low, best, high] = ['low', 'best', 'high'].map((c) => countIn(cell(row, c)));
  if (best === undefined || low === undefined || high === undefined) return undefined;
  if (low <= best && best <= high) return undefined;
  return `UCDP's estimates do not rise from low to high (low ${low}, best ${best}, high ${high}); only the best is kept.`;
}

function claimsOf(row: Row, id: string, sides: { a: string; b: string }): Claim[] {
  const claims: Claim[] = [];
  const by = 'UCDP GED';
  const best = countIn(cell(row, 'best'));
  const low = countIn(cell(row, 'low'));
  const high = countIn(cell(row, 'high'));
  if (best !== undefined) {
    const range = low !== undefined && high !== undefined && low <= best && best <= high;
    claims.push({
      figure: best,
      ...(range ? { low, best, high } : {}),
      what: 'killed (all sides, best estimate)',
      claimed_by: by,
      source: id,
    });
  }
  const bySide: Array<[string, string]> = [
    ['deaths_a', sides.a],
    ['deaths_b', sides.b],
    ['deaths_civilians', 'civilians'],
    ['deaths_unknown', 'unknown'],
  ];
  for (const [column, side] of bySide) {
    const n = countIn(cell(row, column));
    if (n && side) claims.push({ figure: n, what: 'killed', side, claimed_by: by, source: id });
  }
  return claims;
}

export function ucdpIncident(row: Row): Incident | string[] {
  const problems: string[] = [];
  const eventId = cell(row, 'id');
  // Column names and the file's values are parameters: they stay as the file writes them.
  if (!slug(eventId)) problems.push(m.errors_data_no_id());
  const start = dayIn(cell(row, 'date_start'));
  const end = dayIn(cell(row, 'date_end') || cell(row, 'date_start'));
  if (!start) problems.push(m.errors_data_not_date({ field: 'date_start', value: cell(row, 'date_start') }));
  if (!end) problems.push(m.errors_data_not_date({ field: 'date_end', value: cell(row, 'date_end') }));
  if (start && end && end < start) problems.push(m.errors_data_ucdp_end_before({ end, start }));
  const type = VIOLENCE[cell(row, 'type_of_violence')];
  const violence = cell(row, 'type_of_violence');
  if (!type) problems.push(m.errors_data_not_1_2_3({ field: 'type_of_violence', value: violence }));
  const precision = WHERE[cell(row, 'where_prec')];
  if (!precision)
    problems.push(
      m.errors_data_not_1_to({ field: 'where_prec', value: cell(row, 'where_prec'), max: num(7) }),
    );
  const point = pointIn(cell(row, 'latitude'), cell(row, 'longitude'));
  if (typeof point === 'string') problems.push(point);
  const located = precision && !['country', 'unknown'].includes(precision);
  if (located && !point) problems.push(m.errors_data_no_point());
  if (!/^[1-5]$/.test(cell(row, 'date_prec') || '1'))
    problems.push(m.errors_data_not_1_to({ field: 'date_prec', value: cell(row, 'date_prec'), max: num(5) }));
  if (problems.length || !start || !end || !type || !precision || typeof point === 'string') return problems;

  const id = `ucdp-ged-${slug(eventId)}`;
  const a = cell(row, 'side_a');
  const b = cell(row, 'side_b');
  const when = dating(start, end, cell(row, 'date_prec') || '1');
  const place = cell(row, 'where_coordinates') || cell(row, 'adm_2') || cell(row, 'adm_1');
  const headline = cell(row, 'source_headline');
  const notes = [`Imported from UCDP GED (${cell(row, 'dyad_name') || cell(row, 'conflict_name')}).`];
  if (!located && point)
    notes.push(`UCDP gives a point for a wider area (where_prec ${cell(row, 'where_prec')}); not drawn.`);
  if (cell(row, 'event_clarity') === '2')
    notes.push('UCDP marks this event as a summary of several (event_clarity 2).');
  if (when.p === 'month' && cell(row, 'date_prec') !== '4')
    notes.push(`UCDP dates it between ${start} and ${end} (date_prec ${cell(row, 'date_prec')}).`);
  const range = rangeNote(row);
  if (range) notes.push(range);
  if (cell(row, 'source_article')) notes.push(`UCDP's sources: ${cell(row, 'source_article')}.`);
  return {
    type: 'Feature',
    geometry: located && point ? point : null,
    properties: {
      id,
      date: when.date,
      ...(when.end ? { end_date: when.end } : {}),
      date_precision: when.p,
      type,
      actors: [...new Set([a, b].filter(Boolean))],
      ...(a ? { actor1: a } : {}),
      ...(b && b !== a ? { actor2: b } : {}),
      ...(cell(row, 'type_of_violence') === '3' ? { civilian_targeting: true } : {}),
      country: countryIn(cell(row, 'country')) ?? countryIn(cell(row, 'country_id'), 'gw') ?? null,
      admin1: areaName(cell(row, 'adm_1')) ?? null,
      admin2: areaName(cell(row, 'adm_2')) ?? null,
      location_name: place || 'Place named by UCDP',
      location_precision: precision,
      claims: claimsOf(row, id, { a, b }),
      summary: `UCDP GED codes ${cell(row, 'dyad_name') || 'violence'} at ${place || 'a place it names'}, with no description of its own.`,
      sources: [
        {
          id,
          outlet: 'UCDP GED',
          headline: headline || `UCDP GED event ${eventId}`,
          ...(headline ? {} : { headline_is_description: true }),
          date: dayIn(cell(row, 'source_date')) ?? start,
        },
      ],
      notes,
    },
  };
}
