/** The README's dataset section: incidents counted by type and by month, written by the build. */
import { INCIDENT_TYPES, type Incident } from '../../src/lib/data/incidents.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "October 2025" for a day or month; the year alone for year-precision dates. */
export function periodOf(date: string): string {
  const [year, month] = date.split('-');
  return month ? `${MONTHS[Number(month) - 1]} ${year}` : `${year} (month not given)`;
}

export function datasetTables(incidents: Incident[]): string {
  const count = (key: (i: Incident) => string) => {
    const counts = new Map<string, number>();
    for (const i of incidents) counts.set(key(i), (counts.get(key(i)) ?? 0) + 1);
    return counts;
  };
  const byType = [...count((i) => i.properties.type)].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const byPeriod = [...count((i) => periodOf(i.properties.date))];
  const located = incidents.filter((i) => i.geometry).length;
  return [
    `${incidents.length} incidents, ${located} with a point on the map and ${incidents.length - located} without a place precise enough to draw.`,
    '',
    '| type | incidents |',
    '| --- | ---: |',
    ...byType.map(([t, n]) => `| ${INCIDENT_TYPES[t as keyof typeof INCIDENT_TYPES]} (\`${t}\`) | ${n} |`),
    '',
    '| when (start date) | incidents |',
    '| --- | ---: |',
    ...byPeriod.map(([p, n]) => `| ${p} | ${n} |`),
  ].join('\n');
}

const START = '<!-- dataset:start -->';
const END = '<!-- dataset:end -->';

/** Replace the marked section of the README with fresh tables. */
export function updateReadme(readme: string, tables: string): string {
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  if (from < 0 || to < from) throw new Error(`README.md has no ${START} … ${END} section`);
  return `${readme.slice(0, from + START.length)}\n${tables}\n${readme.slice(to)}`;
}
