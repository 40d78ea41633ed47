/**
 * Copy check: finds runs of N or more words that one of our texts (a summary, a note) shares
 * with an article. Pure: the caller reads the articles. Case, punctuation and curly quotes are
 * ignored, so "Pakistan’s" and "pakistan's" are the same words.
 */

/** Shortest shared run that counts as copying. */
export const MIN_RUN = 8;

/** Lower-case words with punctuation, quotes and dashes dropped; "Pakistan’s" → "pakistan", "s". */
export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '');
}

/** Every maximal run of at least `n` consecutive words of `text` that also occurs in `article`. */
export function sharedRuns(text: string, article: string, n = MIN_RUN): string[] {
  const ours = words(text);
  const theirs = words(article);
  if (ours.length < n || theirs.length < n) return [];
  const grams = new Set<string>();
  for (let i = 0; i + n <= theirs.length; i++) grams.add(theirs.slice(i, i + n).join(' '));
  const hit = (i: number) => i + n <= ours.length && grams.has(ours.slice(i, i + n).join(' '));
  const runs: string[] = [];
  let i = 0;
  while (i + n <= ours.length) {
    if (!hit(i)) {
      i++;
      continue;
    }
    // Consecutive hits overlap by n - 1 words: together they are one longer shared run.
    let last = i;
    while (hit(last + 1)) last++;
    runs.push(ours.slice(i, last + n).join(' '));
    i = last + n;
  }
  return runs;
}

export interface OurText {
  /** The incident (or source) the text belongs to. */
  owner: string;
  /** Which field: `summary`, `notes[1]`, `headline`… */
  field: string;
  text: string;
}

export interface Article {
  name: string;
  text: string;
}

export interface Overlap extends OurText {
  article: string;
  shared: string;
}

export function findOverlaps(texts: OurText[], articles: Article[], n = MIN_RUN): Overlap[] {
  const found: Overlap[] = [];
  for (const t of texts) {
    for (const a of articles) {
      for (const shared of sharedRuns(t.text, a.text, n)) found.push({ ...t, article: a.name, shared });
    }
  }
  return found;
}

export function formatOverlaps(overlaps: Overlap[]): string {
  return overlaps
    .map((o) => {
      const n = o.shared.split(' ').length;
      return `- ${o.owner}, ${o.field}: ${n} words shared with ${o.article}: "${o.shared}"`;
    })
    .join('\n');
}
