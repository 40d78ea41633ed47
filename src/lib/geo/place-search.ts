/**
 * Offline place search tolerant of the spellings these names come in: Parachinar / Para Chinar,
 * Paktia / Paktya, Khost / Khowst, Kandahār / Kandahar, Mazar-i-Sharif / Mazar-e Sharif.
 * Names are reduced to a key (accents, spaces and hyphens gone, common transliteration variants
 * merged), then matched by prefix or by a small edit distance.
 */

export interface PlaceEntry {
  name: string;
  alt: string[];
  kind: 'place' | 'province' | 'district';
  /** Words shown after the name: "town, Khyber Pakhtunkhwa". */
  detail: string;
  position: [number, number];
  rank: number;
}

/** A spelling-insensitive key: "Para Chinar" → "parachinar", "Khowst" → "khost", "Paktya" → "paktia". */
export function placeKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/ow/g, 'o')
    .replace(/ou/g, 'u')
    .replace(/ee/g, 'i')
    .replace(/y/g, 'i')
    .replace(/q/g, 'k')
    .replace(/-?[ie]-?sharif/g, 'isharif')
    .replace(/(.)\1+/g, '$1');
}

/** Damerau–Levenshtein distance, capped: enough to forgive a typo or two. */
export function editDistance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [
    i,
    ...Array<number>(b.length).fill(0),
  ]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

export function searchPlaces(query: string, entries: PlaceEntry[], limit = 8): PlaceEntry[] {
  const q = placeKey(query);
  if (!q) return [];
  const scored: { entry: PlaceEntry; score: number }[] = [];
  for (const entry of entries) {
    let best = Infinity;
    // Its own name beats another's spelling: "Parachinar" is the town before Kurram, whose seat it is.
    [entry.name, ...entry.alt].forEach((name, i) => {
      const own = i === 0 ? 0 : 1;
      const key = placeKey(name);
      if (key === q) best = Math.min(best, own);
      else if (key.startsWith(q)) best = Math.min(best, 2 + own);
      else if (q.length >= 4) {
        const e = editDistance(q, key, 2);
        if (e <= (q.length >= 7 ? 2 : 1)) best = Math.min(best, 4 + e);
      }
    });
    if (best < Infinity) scored.push({ entry, score: best * 10 + entry.rank });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.entry.name.localeCompare(b.entry.name))
    .slice(0, limit)
    .map((s) => s.entry);
}
