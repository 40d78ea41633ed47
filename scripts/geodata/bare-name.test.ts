import { describe, expect, it } from 'vitest';
import { bareName } from './provinces.ts';

describe("Natural Earth's Persian and Urdu province names for map labels", () => {
  it('drop the word for province before or after the name', () => {
    expect(bareName('ولایت کنر')).toBe('کنر');
    expect(bareName('صوبہ کنڑ')).toBe('کنڑ');
    expect(bareName('لاگھمان صوبہ')).toBe('لاگھمان');
    expect(bareName('زابل پراونس')).toBe('زابل');
    expect(bareName('ایالت بلوچستان پاکستان')).toBe('بلوچستان');
  });

  it('keep a name that has no such word, and give nothing for an empty one', () => {
    expect(bareName('گلگت بلتستان')).toBe('گلگت بلتستان');
    expect(bareName('')).toBeUndefined();
    expect(bareName(undefined)).toBeUndefined();
  });
});
