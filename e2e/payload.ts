/**
 * Specs that swap other incidents for the bundled ones: the set is checked, measured and packed
 * here exactly as the build packs geodata/incidents.geojson (scripts/incident-payload.ts), and
 * served in place of the built payload.
 */
import type { Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { payloadOf } from '../scripts/incident-payload.ts';

const geodata = fileURLToPath(new URL('../geodata', import.meta.url));

export async function serveIncidents(page: Page, collection: unknown): Promise<void> {
  const body = Buffer.from(payloadOf(JSON.stringify(collection), 'incidents.geojson', geodata));
  await page.route('**/incidents-*.bin', (route) =>
    route.fulfill({ body, contentType: 'application/octet-stream' }),
  );
}
