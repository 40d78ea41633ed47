/**
 * Text from data shown safely: invisible characters that reorder or hide text (bidi overrides and
 * isolates, marks, zero-width joiners and spaces) are shown as visible codes, so "\u202ElubaK"
 * cannot pass for "Kabul". Markup is never an issue: data is always rendered as text.
 */
const HIDDEN = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

const code = (c: string) => `⟨U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`;

/** An Arabic-script letter (Dari, Pashto and Urdu write with these). */
const ARABIC_LETTER = /[\u0620-\u064A\u066E-\u06D3\u06D5\u06EE-\u06FF\u0750-\u077F]/;

/**
 * A zero-width non-joiner between two Arabic-script letters is spelling, not a trick: Dari and
 * Pashto need it (گلوله‌باری, "shelling"), so there it stays.
 */
function isSpelling(c: string, text: string, at: number): boolean {
  return c === '\u200C' && ARABIC_LETTER.test(text[at - 1] ?? '') && ARABIC_LETTER.test(text[at + 1] ?? '');
}

export function reveal(text: string): string {
  return text.replace(HIDDEN, (c: string, at: number) => (isSpelling(c, text, at) ? c : code(c)));
}

/** True when a text holds characters `reveal` would show. */
export function hasHidden(text: string): boolean {
  return reveal(text) !== text;
}
