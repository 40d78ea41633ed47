/**
 * Incidents that would overlap on the printed map are spread on a small ring around where they
 * are, each keeping a leader line to its true spot, so every symbol and its number can be read.
 * Works in pixels of the printed map; pure.
 */
export interface Placed {
  /** Where the symbol is drawn. */
  x: number;
  y: number;
  /** Whether it was moved off its true spot (a leader line is drawn). */
  moved: boolean;
  /** Which side of the symbol its number goes: away from the ring's centre. */
  side: 'left' | 'right';
}

/** Groups of indices whose points lie closer than `gap` to one of the group (single linkage). */
function groups(points: { x: number; y: number }[], gap: number): number[][] {
  const parent = points.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const d = Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y);
      if (d < gap) parent[find(i)] = find(j);
    }
  }
  const out = new Map<number, number[]>();
  points.forEach((_, i) => out.set(find(i), [...(out.get(find(i)) ?? []), i]));
  return [...out.values()];
}

/** Positions for every point: singles stay put; a crowd goes on a ring `gap` apart around its centre. */
export function spreadOut(points: { x: number; y: number }[], gap: number): Placed[] {
  const placed: Placed[] = points.map((p) => ({ x: p.x, y: p.y, moved: false, side: 'left' }));
  for (const members of groups(points, gap)) {
    if (members.length < 2) continue;
    const cx = members.reduce((s, i) => s + points[i]!.x, 0) / members.length;
    const cy = members.reduce((s, i) => s + points[i]!.y, 0) / members.length;
    // Neighbours on the ring are one gap apart (the chord of the ring between them).
    const radius = gap / (2 * Math.sin(Math.PI / members.length));
    members.forEach((i, k) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * k) / members.length;
      const x = cx + radius * Math.cos(angle);
      const y = cy + radius * Math.sin(angle);
      placed[i] = { x, y, moved: true, side: Math.cos(angle) < -0.2 ? 'right' : 'left' };
    });
  }
  return placed;
}
