/** For the print tests: plain incidents as a print set, in a store of their own. */
import type { Incident } from '../../data/incidents.ts';
import { IncidentStore } from '../../domain/store.ts';
import type { PrintSet } from '../order.ts';

export function printSetOf(incidents: readonly Incident[]): PrintSet {
  return { store: new IncidentStore({ incidents }), rows: incidents.map((_, row) => row) };
}
