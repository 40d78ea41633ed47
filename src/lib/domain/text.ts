/**
 * Text from data shown safely: invisible characters that reorder or hide text (bidi overrides and
 * isolates, marks, zero-width joiners and spaces) are shown as visible codes, so "\u202ElubaK"
 * cannot pass for "Kabul". Markup is never an issue: data is always rendered as text.
 */
const HIDDEN = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

const code = (c: string) => `⟨U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`;

export function reveal(text: string): string {
  return text.replace(HIDDEN, code);
}

/** True when a text holds characters `reveal` would show. */
export function hasHidden(text: string): boolean {
  HIDDEN.lastIndex = 0;
  return HIDDEN.test(text);
}
