/**
 * Finds words written straight into a Svelte component's markup instead of coming from the
 * catalogues: text between tags and the values of attributes a reader hears or sees (labels,
 * titles, placeholders). Used by catalogue.test.ts over every component.
 */

/** Attributes whose literal value is shown or read aloud. */
const SPOKEN = [
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
  'heading',
  'caption',
  'hint',
  'message',
];

/** Removes `{…}` expressions (nested braces and quoted strings included). */
function withoutExpressions(markup: string): string {
  let out = '';
  let depth = 0;
  let quote: string | null = null;
  for (let i = 0; i < markup.length; i++) {
    const c = markup[i]!;
    if (depth > 0) {
      if (quote) {
        if (c === '\\') i++;
        else if (c === quote) quote = null;
      } else if (c === '"' || c === "'" || c === '`') quote = c;
      else if (c === '{') depth++;
      else if (c === '}') depth--;
      continue;
    }
    if (c === '{') depth = 1;
    else out += c;
  }
  return out;
}

/** The literal words in a component's markup, each as found (trimmed). */
export function literalWords(source: string): string[] {
  const markup = withoutExpressions(
    source
      .replace(/<script[\s\S]*?<\/script>/g, '')
      .replace(/<style[\s\S]*?<\/style>/g, '')
      .replace(/<!--[\s\S]*?-->/g, ''),
  );
  const found: string[] = [];
  const attribute = new RegExp(`\\s(?:${SPOKEN.join('|')})="([^"]*)"`, 'g');
  for (const tag of markup.match(/<[^>]*>/g) ?? [])
    for (const [, value] of tag.matchAll(attribute)) if (/\p{L}/u.test(value!)) found.push(value!.trim());
  const text = markup.replace(/<[^>]*>/g, '\n').replace(/&[a-z]+;|&#\d+;/g, ' ');
  for (const piece of text.split('\n')) if (/\p{L}/u.test(piece)) found.push(piece.trim());
  return found;
}
