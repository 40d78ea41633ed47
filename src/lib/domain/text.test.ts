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
});
