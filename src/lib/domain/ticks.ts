/** Ticks for the timeline's axis: years on a long span, months on a shorter one (with the year in January). */
import { addMonths, formatDate, formatMonthName } from './dates.ts';

export interface Tick {
  day: string;
  label: string;
}

export function timelineTicks(from: string, to: string): Tick[] {
  const years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  const ticks: Tick[] = [];
  if (years >= 3) {
    const step = years > 12 ? 2 : 1;
    for (let y = Number(from.slice(0, 4)) + 1; y <= Number(to.slice(0, 4)); y += step) {
      ticks.push({ day: `${y}-01-01`, label: String(y) });
    }
    return ticks;
  }
  const months = years * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));
  const step = months > 18 ? 3 : 1;
  for (let m = addMonths(from, 1); m <= to; m = addMonths(m, step)) {
    const january = m.slice(5, 7) === '01';
    ticks.push({
      day: m,
      label: january || ticks.length === 0 ? formatDate(m.slice(0, 7)) : formatMonthName(m.slice(0, 7)),
    });
  }
  return ticks;
}
