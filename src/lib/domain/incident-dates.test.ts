import { describe, expect, it } from 'vitest';
import { formatIncidentDate } from './incident-dates.ts';
import { incidentSpan } from './filters.ts';
import { incident } from './test/make-incident.ts';

describe('formatIncidentDate', () => {
  it('says each precision in words', () => {
    expect(formatIncidentDate({ date: '2025-10-17', date_precision: 'day' })).toBe('17 Oct 2025');
    expect(formatIncidentDate({ date: '2025-10-11', end_date: '2025-10-19', date_precision: 'day' })).toBe(
      '11–19 Oct 2025',
    );
    expect(formatIncidentDate({ date: '2025-10-10', end_date: '2025-10-11', date_precision: 'span' })).toBe(
      '10 or 11 Oct 2025',
    );
    expect(formatIncidentDate({ date: '2025-10-31', end_date: '2025-11-01', date_precision: 'span' })).toBe(
      '31 Oct 2025 or 1 Nov 2025',
    );
    expect(formatIncidentDate({ date: '2025-10-10', end_date: '2025-10-14', date_precision: 'span' })).toBe(
      'within 10–14 Oct 2025',
    );
    expect(formatIncidentDate({ date: '2025-10-13', date_precision: 'week' })).toBe('week of 13 Oct 2025');
    expect(formatIncidentDate({ date: '2024-03', date_precision: 'month' })).toBe('Mar 2024');
    expect(formatIncidentDate({ date: '2025-06', end_date: '2025-08', date_precision: 'month' })).toBe(
      'Jun 2025 – Aug 2025',
    );
    expect(formatIncidentDate({ date: '2018', date_precision: 'year' })).toBe('2018');
  });
  it('spells months out in the long form, for the detail panel', () => {
    const span = { date: '2025-10-10', end_date: '2025-10-14', date_precision: 'span' } as const;
    expect(formatIncidentDate(span, true)).toBe('within 10–14 October 2025');
    const days = { date: '2025-10-11', end_date: '2025-10-19', date_precision: 'day' } as const;
    expect(formatIncidentDate(days, true)).toBe('11–19 October 2025');
  });
});

describe('incidentSpan by precision', () => {
  it('covers a span’s days, a week’s seven days and a month’s days', () => {
    expect(
      incidentSpan(incident({ id: 's', date: '2025-10-10', end_date: '2025-10-11', date_precision: 'span' })),
    ).toEqual(['2025-10-10', '2025-10-11']);
    expect(incidentSpan(incident({ id: 'w', date: '2025-10-13', date_precision: 'week' }))).toEqual([
      '2025-10-13',
      '2025-10-19',
    ]);
    expect(incidentSpan(incident({ id: 'm', date: '2024-02', date_precision: 'month' }))).toEqual([
      '2024-02-01',
      '2024-02-29',
    ]);
  });
});
