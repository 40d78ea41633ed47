import { describe, expect, it } from 'vitest';
import { formatRange } from './dates.ts';
import {
  chooseUnit,
  dateAt,
  domainOf,
  histogram,
  makeBins,
  playStart,
  playStep,
  positionOf,
} from './timeline.ts';
import { incident } from './test/make-incident.ts';

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
});

describe('positions and labels', () => {
  it('maps dates to positions and back', () => {
    expect(positionOf('2025-10-01', '2025-10-31', '2025-10-16')).toBeCloseTo(0.5);
    expect(dateAt('2025-10-01', '2025-10-31', 0.5)).toBe('2025-10-16');
    expect(dateAt('2025-10-01', '2025-10-31', 7)).toBe('2025-10-31');
  });
  it('finds the domain of the incidents', () => {
    expect(
      domainOf([
        incident({ id: 'a', date: '2024-03', date_precision: 'month' }),
        incident({ id: 'b', date: '2025-10-19' }),
      ]),
    ).toEqual(['2024-03-01', '2025-10-19']);
  });
  it('writes ranges as people do', () => {
    expect(formatRange('2025-10-09', '2025-10-19')).toBe('9–19 October 2025');
    expect(formatRange('2025-09-30', '2025-10-02')).toBe('30 Sep – 2 Oct 2025');
    expect(formatRange('2024-10-01', '2025-03-31')).toBe('Oct 2024 – Mar 2025');
    expect(formatRange('2025-10-01', '2025-10-31')).toBe('October 2025');
    expect(formatRange('2024-10-02', '2025-03-31')).toBe('2 Oct 2024 – 31 Mar 2025');
  });
});
