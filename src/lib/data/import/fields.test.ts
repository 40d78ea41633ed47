/** Reading cells: figures as sheets write them, and numbers typed in Persian or Arabic digits. */
import { describe, expect, it } from 'vitest';
import { dayIn, figureIn, latinDigits, numberIn } from './fields.ts';

describe('figureIn', () => {
  const cases: Array<[text: string, expected: ReturnType<typeof figureIn>]> = [
    ['12', { figure: 12 }],
    [' 0 ', { figure: 0 }],
    ['2-3', { figure: [2, 3] }],
    ['2 – 3', { figure: [2, 3] }],
    ['10 to 12', { figure: [10, 12] }],
    ['at least 5', { figure: 5, qualifier: 'at least' }],
    ['5+', { figure: 5, qualifier: 'at least' }],
    ['About 5', { figure: 5, qualifier: 'about' }],
    ['~40', { figure: 40, qualifier: 'about' }],
    ['more than 200', { figure: 200, qualifier: 'more than' }],
    ['up to 7', { figure: 7, qualifier: 'up to' }],
    ['fewer than 3', { figure: 3, qualifier: 'fewer than' }],
    ['50-odd', { figure: 50, qualifier: '-odd' }],
    ['۱۲', { figure: 12 }],
    ['3-2', undefined],
    ['dozens', undefined],
    ['-4', undefined],
    ['2.5', undefined],
    ['', undefined],
  ];
  for (const [text, expected] of cases)
    it(`reads "${text}"`, () => {
      expect(figureIn(text)).toEqual(expected);
    });
});

describe('digits typed in Dari, Pashto or Urdu', () => {
  it('reads Persian and Arabic-Indic digits and the Arabic decimal separator', () => {
    expect(latinDigits('۳۳٫۵ ٦٩')).toBe('33.5 69');
    expect(numberIn('۳۳٫۳۳')).toBe(33.33);
    expect(numberIn('٦٩٫٤١')).toBe(69.41);
    expect(numberIn('۱٬۲۰۰')).toBe(1200);
    expect(dayIn('۲۰۲۴-۰۳-۱۲')).toBe('2024-03-12');
  });
});
