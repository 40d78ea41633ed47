import { describe, expect, it } from 'vitest';
import { timelineTicks } from './ticks.ts';

describe('timelineTicks', () => {
  it('marks years on a long span', () => {
    expect(timelineTicks('2014-12-01', '2025-12-31').map((t) => t.label)).toEqual([
      '2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025',
    ]); // prettier-ignore
  });
  it('marks months on a short span, with the year on the first and in January', () => {
    expect(timelineTicks('2025-08-01', '2026-01-31').map((t) => `${t.day} ${t.label}`)).toEqual([
      '2025-09-01 Sep 2025',
      '2025-10-01 Oct',
      '2025-11-01 Nov',
      '2025-12-01 Dec',
      '2026-01-01 Jan 2026',
    ]);
  });
});
