/**
 * Specs that swap other incidents for the bundled ones: the set is checked, measured and packed
 * here exactly as the build packs geodata/incidents.geojson (scripts/incident-payload.ts), and
 * served in place of the built payload.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { payloadOf } from '../scripts/incident-payload.ts';

const geodata = fileURLToPath(new URL('../geodata', import.meta.url));

export async function serveIncidents(page: Page, collection: unknown): Promise<void> {
  const body = Buffer.from(payloadOf(JSON.stringify(collection), 'incidents.geojson', geodata));
  await page.route('**/incidents-*.bin', (route) =>
    route.fulfill({ body, contentType: 'application/octet-stream' }),
  );
}

/**
 * The bundled incidents' payload served uncompressed (as a server that inflates it would), with
 * one byte changed near its end, inside the last part of the incidents' rows.
 */
export async function serveDamagedIncidents(page: Page): Promise<void> {
  const text = readFileSync(`${geodata}/incidents.geojson`, 'utf8');
  const body = Buffer.from(gunzipSync(payloadOf(text, 'incidents.geojson', geodata)));
  body[body.length - 100]! ^= 0x01;
  await page.route('**/incidents-*.bin', (route) =>
    route.fulfill({ body, contentType: 'application/octet-stream' }),
  );
}
