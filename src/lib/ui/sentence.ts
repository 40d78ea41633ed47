/**
 * A translated sentence with data or markup inside it: each language puts its values where its
 * word order wants them, so the sentence is built with a marker for each value and then cut at
 * the markers. Sentence.svelte renders a message and its values (text or snippets);
 * SentenceParts.svelte renders `parts()`, a sentence already cut, kept as data. The markers are
 * private-use characters no catalogue holds.
 */

const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARKER = new RegExp(`${OPEN}([^${CLOSE}]*)${CLOSE}`, 'g');

/** The marker standing for the value `name`. */
export function marker(name: string): string {
  return `${OPEN}${name}${CLOSE}`;
}

/** A marker for every name, as a message's inputs. */
export function markers(names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, marker(name)]));
}

export type Piece = { text: string; slot?: undefined } | { slot: string; text?: undefined };

/** The sentence cut into its own text and the places of its values, in reading order. */
export function pieces(sentence: string): Piece[] {
  const out: Piece[] = [];
  let from = 0;
  for (const match of sentence.matchAll(MARKER)) {
    if (match.index > from) out.push({ text: sentence.slice(from, match.index) });
    out.push({ slot: match[1]! });
    from = match.index + match[0].length;
  }
  if (from < sentence.length) out.push({ text: sentence.slice(from) });
  return out;
}

/** A piece of a cut sentence: its own words, or the text of the value named `value`. */
export interface Part {
  text: string;
  value?: string;
}

/**
 * `message` is called with a marker in place of each value (so a plural still chooses by its
 * number), and what it returns is cut at the markers.
 */
export function parts<K extends string>(
  message: (marked: Record<K, string>) => string,
  values: Record<K, string>,
): Part[] {
  const keys = Object.keys(values) as K[];
  return pieces(message(markers(keys) as Record<K, string>)).map((piece) =>
    piece.slot === undefined ? { text: piece.text } : { text: values[piece.slot as K], value: piece.slot },
  );
}
