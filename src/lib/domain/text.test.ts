import { describe, expect, it } from 'vitest';
import { hasHidden, reveal } from './text.ts';

describe('reveal', () => {
  it('shows bidi overrides, isolates, marks and zero-width characters as codes', () => {
    expect(reveal('\u202ElubaK\u202C')).toBe('⟨U+202E⟩lubaK⟨U+202C⟩');
    expect(reveal('Ka\u200Bbul\u2067x\u2069')).toBe('Ka⟨U+200B⟩bul⟨U+2067⟩x⟨U+2069⟩');
    expect(reveal('a\uFEFFb\u061Cc')).toBe('a⟨U+FEFF⟩b⟨U+061C⟩c');
  });
  it('leaves ordinary text alone, right-to-left scripts included', () => {
    for (const text of ['Kabul', 'Łódź', 'نقشه سرحدی', 'پښتو', 'اردو ے']) expect(reveal(text)).toBe(text);
    expect(hasHidden('Kabul')).toBe(false);
    expect(hasHidden('\u202EKabul')).toBe(true);
    expect(hasHidden('\u202EKabul')).toBe(true);
  });

  it('keeps a zero-width non-joiner between Arabic-script letters (Dari spelling), shows it elsewhere', () => {
    expect(reveal('گلوله\u200Cباری')).toBe('گلوله\u200Cباری');
    expect(hasHidden('گلوله\u200Cباری')).toBe(false);
    expect(reveal('Ka\u200Cbul')).toBe('Ka⟨U+200C⟩bul');
    expect(reveal('\u200Cکابل')).toBe('⟨U+200C⟩کابل');
    expect(reveal('گلوله\u200D\u200Cباری')).toBe('گلوله⟨U+200D⟩⟨U+200C⟩باری');
  });
});
