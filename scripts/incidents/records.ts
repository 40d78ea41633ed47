/**
 * The incidents, from the articles in ../shared/seeds, written by hand. Summaries and notes are
 * our own words (the build fails on 8 words in a row from an article). Where the articles
 * disagree every version stays, with who said it. A place is never more precise than the text:
 * a province is drawn at its capital, a district at its seat (or at the province's capital when
 * no open source gives the seat, saying so), and events with no place have no point.
 * Split by period to keep files small.
 */
import type { IncidentProps } from '../../src/lib/data/incidents.ts';
import { EARLIER } from './records-2014-2024.ts';
import { BEFORE_THE_CLASHES } from './records-2025.ts';
import { OCTOBER_CLASHES } from './records-2025-10.ts';
import { DOHA } from './records-2025-10-doha.ts';
import { DISPLACEMENT } from './records-displacement.ts';

/** Where the incident happened, as precisely as the text says. */
export type Where =
  /** A town or city in places.geojson. */
  | { place: string; name?: string }
  /**
   * A province named by the text: drawn at its capital (scripts/geodata/seats.ts). `district`
   * names a district the text gives whose seat no open source here has (Barmal).
   */
  | { province: string; district?: string; name?: string }
  /** A district drawn at its seat (DISTRICT_SEATS in scripts/geodata/seats.ts). */
  | { district: string; name?: string }
  /** A city outside Afghanistan and Pakistan, from GeoNames. */
  | { foreign: string; country: string; name?: string }
  /** No point: along the border somewhere, the country only, or no place at all. */
  | { none: 'border' | 'country' | 'unknown'; country: string | null; name: string };

type Placed = 'admin1' | 'admin2' | 'country' | 'location_name' | 'location_precision';

export interface IncidentRecord extends Omit<IncidentProps, Placed> {
  where: Where;
  /** The province the text names, checked against the one computed from the point. */
  admin1_text?: string;
}

export const RECORDS: IncidentRecord[] = [
  ...EARLIER,
  ...BEFORE_THE_CLASHES,
  ...OCTOBER_CLASHES,
  ...DOHA,
  ...DISPLACEMENT,
];
