/**
 * A translated sentence cut at its data values (names, numbers, ids), so markup can set each
 * value in `<bdi>` and keep it readable inside right-to-left text. See Sentence.svelte.
 */
export interface Part {
  text: string;
  /** The parameter this piece is the value of; absent for the sentence's own words. */
  value?: string;
}

// Private-use characters: never in a translation, so they can only be our markers.
const MARKER = /\uE000(\d+)\uE001/;

/**
 * `message` is called with a marker in place of each value (so a plural still chooses by its
 * number), and what it returns is split at the markers.
 */
export function parts<K extends string>(
  message: (marked: Record<K, string>) => string,
  values: Record<K, string>,
): Part[] {
  const keys = Object.keys(values) as K[];
  const marked = Object.fromEntries(keys.map((k, i) => [k, `\uE000${i}\uE001`])) as Record<K, string>;
  return message(marked)
    .split(MARKER)
    .flatMap((piece, i): Part[] => {
      if (i % 2 === 0) return piece ? [{ text: piece }] : [];
      const key = keys[Number(piece)]!;
      return [{ text: values[key], value: key }];
    });
}
