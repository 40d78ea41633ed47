/** A small seeded PRNG (mulberry32) and synthetic points, for tests and benchmarks alike. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` points uniformly in a lng/lat box, the same for the same seed. */
export function randomPoints(
  n: number,
  seed: number,
  box: [number, number, number, number] = [60, 24, 76, 38],
): [number, number][] {
  const rand = mulberry32(seed);
  return Array.from(
    { length: n },
    () => [box[0] + rand() * (box[2] - box[0]), box[1] + rand() * (box[3] - box[1])] as [number, number],
  );
}
