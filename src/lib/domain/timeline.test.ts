import { describe, expect, it } from 'vitest';
import { formatRange } from './dates.ts';
import {
  chooseUnit,
  dateAt,
  storeDomain,
  histogram,
  makeBins,
  playStart,
  busiestSpan,
  playStep,
  positionOf,
} from './timeline.ts';
import { incident } from './test/make-incident.ts';
import { IncidentStore } from './store.ts';

describe('bins', () => {
  it('chooses weeks for short spans and months for long ones', () => {
    expect(chooseUnit('2025-10-01', '2025-10-31')).toBe('week');
    expect(chooseUnit('2014-12-01', '2025-10-31')).toBe('month');
  });
  it('makes contiguous Monday weeks and calendar months', () => {
    const weeks = makeBins('2025-10-09', '2025-10-21', 'week');
    expect(weeks.map((b) => [b.start, b.end])).toEqual([
      ['2025-10-06', '2025-10-12'],
      ['2025-10-13', '2025-10-19'],
      ['2025-10-20', '2025-10-26'],
    ]);
    const months = makeBins('2024-12-25', '2025-02-03', 'month');
    expect(months.map((b) => [b.start, b.end])).toEqual([
      ['2024-12-01', '2024-12-31'],
      ['2025-01-01', '2025-01-31'],
      ['2025-02-01', '2025-02-28'],
    ]);
  });
});

describe('histogram', () => {
  const day = incident({ id: 'd', date: '2025-10-09' });
  const month = incident({ id: 'm', date: '2025-10', date_precision: 'month' }, null);
  const span = incident({ id: 's', date: '2025-10-11', end_date: '2025-10-19' });
  it('counts one-day incidents in their bin', () => {
    const bins = histogram([day], '2025-10-01', '2025-10-31', 'week');
    expect(bins.map((b) => b.exact)).toEqual([0, 1, 0, 0, 0]);
  });
  it('spreads a month-precision incident over the weeks of its month, adding up to one', () => {
    const bins = histogram([month], '2025-10-01', '2025-10-31', 'week');
    // 29 Sep–5 Oct holds 5 of October's 31 days, the next three weeks 7 each, 27 Oct–2 Nov 5.
    expect(bins.map((b) => +(b.spread * 31).toFixed(6))).toEqual([5, 7, 7, 7, 5]);
    expect(bins.reduce((s, b) => s + b.spread, 0)).toBeCloseTo(1, 9);
    expect(bins.every((b) => b.exact === 0)).toBe(true);
  });
  it('spreads a multi-day span over the days it covers', () => {
    const bins = histogram([span], '2025-10-01', '2025-10-31', 'week');
    expect(bins.map((b) => +(b.spread * 9).toFixed(6))).toEqual([0, 2, 7, 0, 0]);
  });
  it('ignores incidents outside the range', () => {
    expect(histogram([day], '2025-11-01', '2025-11-30', 'week').every((b) => b.exact + b.spread === 0)).toBe(
      true,
    );
  });
});

describe('playback', () => {
  const domain: [string, string] = ['2025-10-01', '2025-10-31'];
  it('accumulates from the start in cumulative mode until the end', () => {
    let range = playStart(domain, 'week', 'cumulative');
    expect(range).toEqual(['2025-10-01', '2025-10-05']);
    const seen = [range];
    for (
      let r = playStep(range, domain, 'week', 'cumulative');
      r;
      r = playStep(range, domain, 'week', 'cumulative')
    )
      seen.push((range = r));
    expect(seen.map((r) => r[1])).toEqual([
      '2025-10-05',
      '2025-10-12',
      '2025-10-19',
      '2025-10-26',
      '2025-10-31',
    ]);
    expect(seen.every((r) => r[0] === '2025-10-01')).toBe(true);
  });
  it('keeps the window width in window mode', () => {
    const next = playStep(['2025-10-06', '2025-10-12'], domain, 'week', 'window');
    expect(next).toEqual(['2025-10-13', '2025-10-19']);
  });
  it('moves a window of months by calendar months, not by a count of days', () => {
    const year: [string, string] = ['2025-01-01', '2025-12-31'];
    // Two whole months, Jan–Feb; one step is Feb–Mar (28 + 31 days), the next Mar–Apr.
    const a = playStep(['2025-01-01', '2025-02-28'], year, 'month', 'window');
    expect(a).toEqual(['2025-02-01', '2025-03-31']);
    expect(playStep(a!, year, 'month', 'window')).toEqual(['2025-03-01', '2025-04-30']);
  });
  it('passes over periods with no incidents and stops at the end', () => {
    const year: [string, string] = ['2025-01-01', '2025-12-31'];
    const busy = new Set(['2025-03', '2025-10']);
    const has = (start: string) => busy.has(start.slice(0, 7));
    const first = playStart(year, 'month', 'cumulative', 1, has);
    expect(first).toEqual(['2025-01-01', '2025-03-31']);
    const second = playStep(first, year, 'month', 'cumulative', has);
    expect(second).toEqual(['2025-01-01', '2025-10-31']);
    expect(playStep(second!, year, 'month', 'cumulative', has)).toBeUndefined();
  });
});

describe('busiestSpan', () => {
  it('opens on the shortest run of months holding half the incidents, a month either side', () => {
    const early = incident({ id: 'e', date: '2014-12', date_precision: 'month' });
    const busy = ['2025-10-09', '2025-10-11', '2025-10-15', '2025-10-17', '2025-10-19'].map((date, i) =>
      incident({ id: `b${i}`, date }),
    );
    const list = [early, incident({ id: 'm', date: '2024-03', date_precision: 'month' }), ...busy];
    const full: [string, string] = ['2014-12-01', '2025-12-31'];
    // October holds 5 of 7; widened to Sep–Nov, then Aug–Dec with a month either side.
    expect(busiestSpan(new IncidentStore({ incidents: list }), full)).toEqual(['2025-08-01', '2025-12-31']);
  });
  it('keeps a short span whole', () => {
    const one = new IncidentStore({ incidents: [incident({ id: 'a' })] });
    expect(busiestSpan(one, ['2025-01-01', '2025-12-31'])).toBeUndefined();
  });
  it('does not count a summary report beside its parts', () => {
    // Three parts in October 2025 and their summary report would weigh four, more than half of seven;
    // counted as three, like the three incidents of March 2024, the earlier month comes first.
    const parts = ['p1', 'p2', 'p3'].map((id, i) => incident({ id, date: `2025-10-1${i}` }));
    const summary = incident({
      id: 's',
      date: '2025-10-10',
      end_date: '2025-10-12',
      clarity: 'aggregate',
      parts: ['p1', 'p2', 'p3'],
    });
    const march = ['m1', 'm2', 'm3'].map((id, i) => incident({ id, date: `2024-03-1${i}` }));
    const store = new IncidentStore({ incidents: [...march, ...parts, summary] });
    expect(busiestSpan(store, ['2024-01-01', '2025-12-31'])).toEqual(['2024-01-01', '2024-05-31']);
  });
});

describe('positions and labels', () => {
  it('maps dates to positions and back', () => {
    expect(positionOf('2025-10-01', '2025-10-31', '2025-10-16')).toBeCloseTo(0.5);
    expect(dateAt('2025-10-01', '2025-10-31', 0.5)).toBe('2025-10-16');
    expect(dateAt('2025-10-01', '2025-10-31', 7)).toBe('2025-10-31');
  });
  it('finds the days a store covers, all its rows or some', () => {
    const incidents = [
      incident({ id: 'a', date: '2024-03', date_precision: 'month' }),
      incident({ id: 'b', date: '2025-10-19' }),
    ];
    const store = new IncidentStore({ incidents });
    expect(storeDomain(store)).toEqual(['2024-03-01', '2025-10-19']);
    expect(storeDomain(store, [0])).toEqual(['2024-03-01', '2024-03-31']);
    expect(storeDomain(store, [])).toBeUndefined();
    expect(storeDomain(new IncidentStore({ incidents: [] }))).toBeUndefined();
  });
  it('writes ranges as people do', () => {
    expect(formatRange('2025-10-09', '2025-10-19')).toBe('9–19 October 2025');
    expect(formatRange('2025-09-30', '2025-10-02')).toBe('30 Sep – 2 Oct 2025');
    expect(formatRange('2024-10-01', '2025-03-31')).toBe('Oct 2024 – Mar 2025');
    expect(formatRange('2025-10-01', '2025-10-31')).toBe('October 2025');
    expect(formatRange('2024-10-02', '2025-03-31')).toBe('2 Oct 2024 – 31 Mar 2025');
  });
});
