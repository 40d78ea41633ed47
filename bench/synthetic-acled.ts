/**
 * A seeded synthetic ACLED export (the current layout, ACLED_LAYOUT) for `bench/browser-import.ts`:
 * every row valid, events in Afghanistan and Pakistan at 29–37°N 61–75°E, dated 2018–2024 (to the
 * day, week or month), a mix of ACLED's event and sub-event types, notes of about 150 characters
 * (some with commas and quotes, so the CSV quotes them). Written once to the temp directory.
 */
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ACLED_LAYOUT } from '../src/lib/data/import/acled.ts';
import { mulberry32 } from '../src/lib/geo/random.ts';
import { VILLAGES } from './synthetic-words.ts';

/** Bump when the generator changes, so cached files are made again. */
const VERSION = 1;

/** disorder_type, event_type, sub_event_type, and a weight. */
const EVENTS: [string, string, string, number][] = [
  ['Political violence', 'Battles', 'Armed clash', 24],
  ['Political violence', 'Battles', 'Non-state actor overtakes territory', 2],
  ['Political violence', 'Explosions/Remote violence', 'Air/drone strike', 10],
  ['Political violence', 'Explosions/Remote violence', 'Shelling/artillery/missile attack', 12],
  ['Political violence', 'Explosions/Remote violence', 'Remote explosive/landmine/IED', 10],
  ['Political violence', 'Explosions/Remote violence', 'Suicide bomb', 3],
  ['Political violence', 'Violence against civilians', 'Attack', 10],
  ['Political violence', 'Violence against civilians', 'Abduction/forced disappearance', 3],
  ['Demonstrations', 'Protests', 'Peaceful protest', 12],
  ['Demonstrations', 'Riots', 'Violent demonstration', 3],
  ['Strategic developments', 'Strategic developments', 'Arrests', 5],
  ['Strategic developments', 'Strategic developments', 'Agreement', 2],
  ['Strategic developments', 'Strategic developments', 'Looting/property destruction', 2],
];

const COUNTRIES = {
  AFG: {
    name: 'Afghanistan',
    iso: '4',
    prefix: 'AFG',
    admin1: ['Paktika', 'Khost', 'Nangarhar', 'Kunar', 'Kandahar', 'Helmand', 'Zabul', 'Paktia', 'Nimroz'],
    forces: 'Military Forces of Afghanistan (2021-) Taliban',
    militants: 'Islamic State (Afghanistan)',
  },
  PAK: {
    name: 'Pakistan',
    iso: '586',
    prefix: 'PAK',
    admin1: ['Khyber Pakhtunkhwa', 'Balochistan', 'Punjab', 'Gilgit-Baltistan'],
    forces: 'Military Forces of Pakistan (2018-)',
    militants: 'TTP: Tehrik-i-Taliban Pakistan',
  },
};

const OUTLETS = [
  'Pajhwok Afghan News',
  'Dawn',
  'Khaama Press',
  'The Express Tribune',
  'TOLOnews',
  'Geo News',
];
const DISTRICTS = [
  'North Waziristan',
  'Kurram',
  'Khyber',
  'Bajaur',
  'Barmal',
  'Spin Boldak',
  'Chaman',
  'Zhob',
];
const DAY = 86_400_000;
// A week is coded at its middle day and named from three days before: kept inside 2018–2024.
const START = Date.UTC(2018, 0, 4);
const SPAN = Date.UTC(2024, 11, 28) - START;

/** Quote a cell where CSV needs it. */
const csvCell = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

/** The CSV text of `n` rows, header first, each row valid for the ACLED importer. */
export function syntheticAcled(n: number, seed = 20260101): string {
  const rand = mulberry32(seed);
  const int = (k: number) => Math.floor(rand() * k);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  const totalWeight = EVENTS.reduce((s, e) => s + e[3], 0);
  const event = () => {
    let r = rand() * totalWeight;
    for (const e of EVENTS) if ((r -= e[3]) < 0) return e;
    return EVENTS[0]!;
  };
  const lines = [ACLED_LAYOUT.join(',')];
  for (let i = 0; i < n; i++) {
    const lat = 29 + rand() * 8;
    const lon = 61 + rand() * 14;
    const c = lon < 69.5 ? COUNTRIES.AFG : COUNTRIES.PAK;
    const [disorder, type, sub] = event();
    const day = new Date(START + int(SPAN / DAY) * DAY);
    const iso = day.toISOString().slice(0, 10);
    const precision = rand() < 0.8 ? '1' : rand() < 0.6 ? '2' : '3';
    const village = pick(VILLAGES);
    const admin1 = pick(c.admin1);
    const admin2 = pick(DISTRICTS);
    const civilians = type === 'Violence against civilians';
    const protest = disorder === 'Demonstrations';
    const actor1 = protest ? `Protesters (${c.name})` : rand() < 0.5 ? c.forces : c.militants;
    const actor2 = protest ? '' : civilians ? `Civilians (${c.name})` : rand() < 0.5 ? c.militants : c.forces;
    const deaths = protest ? 0 : rand() < 0.4 ? 0 : Math.floor(1 / (rand() + 0.05));
    const notes =
      `On ${iso}, ${actor1}: ${sub.toLowerCase()} near ${village}, ${admin2} (${admin1}); ` +
      `${deaths} reported killed, according to ${pick(['"unverified" local reports', 'officials', 'residents'])}.`;
    const row: Record<(typeof ACLED_LAYOUT)[number], string> = {
      event_id_cnty: `${c.prefix}${100000 + i}`,
      event_date: iso,
      year: iso.slice(0, 4),
      time_precision: precision,
      disorder_type: disorder,
      event_type: type,
      sub_event_type: sub,
      actor1,
      assoc_actor_1: rand() < 0.2 ? 'Local militia' : '',
      inter1: protest ? '6' : '1',
      actor2,
      assoc_actor_2: '',
      inter2: actor2 ? (civilians ? '7' : '2') : '0',
      interaction: protest ? '60' : civilians ? '17' : '12',
      civilian_targeting: civilians ? 'Civilian targeting' : '',
      iso: c.iso,
      region: c === COUNTRIES.AFG ? 'Caspian' : 'South Asia',
      country: c.name,
      admin1,
      admin2,
      admin3: '',
      location: village,
      latitude: lat.toFixed(4),
      longitude: lon.toFixed(4),
      geo_precision: String(1 + int(3)),
      source: `${pick(OUTLETS)}; ${pick(OUTLETS)}`,
      source_scale: pick(['National', 'Subnational', 'National-Regional']),
      notes,
      fatalities: String(deaths),
      tags: rand() < 0.1 ? 'crowd size=no report' : '',
      timestamp: String(Math.floor((day.getTime() + (1 + int(30)) * DAY) / 1000)),
    };
    lines.push(ACLED_LAYOUT.map((k) => csvCell(row[k])).join(','));
  }
  return lines.join('\n') + '\n';
}

/** The file of `n` rows (made once, then cached in the temp directory). */
export function syntheticAcledFile(n: number, seed = 20260101): string {
  const file = join(tmpdir(), `durand-bench-acled-v${VERSION}-${seed}-${n}.csv`);
  if (existsSync(file)) return file;
  writeFileSync(`${file}.tmp`, syntheticAcled(n, seed));
  renameSync(`${file}.tmp`, file);
  return file;
}
