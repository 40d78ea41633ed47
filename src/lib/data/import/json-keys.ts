/**
 * Keys given twice in one JSON object (`{"date": "2024-01", "date": "2025-02"}`): JSON.parse keeps
 * the last without a word, so the import names them. One pass over the text, no second parse.
 */

export interface DuplicateKey {
  key: string;
  line: number;
}

export function duplicateKeys(text: string, limit = 10): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  // The keys seen in each open object; null for an open array.
  const open: Array<Set<string> | null> = [];
  let expectKey = false;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    else if (c === 123) {
      open.push(new Set());
      expectKey = true;
    } else if (c === 91) {
      open.push(null);
      expectKey = false;
    } else if (c === 125 || c === 93) {
      open.pop();
      expectKey = false;
    } else if (c === 44) expectKey = open[open.length - 1] instanceof Set;
    else if (c === 34) {
      let j = i + 1;
      while (j < text.length && text.charCodeAt(j) !== 34) j += text.charCodeAt(j) === 92 ? 2 : 1;
      if (expectKey) {
        const key = text.slice(i + 1, j);
        const keys = open[open.length - 1]!;
        if (keys.has(key)) found.push({ key, line });
        else keys.add(key);
        expectKey = false;
        if (found.length >= limit) return found;
      }
      i = j;
    }
  }
  return found;
}
