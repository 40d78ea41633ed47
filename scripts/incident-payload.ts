/**
 * `import url from '…/incidents.geojson?payload'`: the build checks the incidents with the same
 * rules as the app (a problem stops the build, naming the file and each feature), measures them
 * against the Durand Line and writes the compact payload (src/lib/domain/payload.ts) as an asset;
 * the import is its address. The dev server serves the same bytes from memory.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import type { Incident } from '../src/lib/data/incidents.ts';
import { LAYERS } from '../src/lib/data/layers.ts';
import type { Layers } from '../src/lib/data/load.ts';
import { formatIssues, parseAndValidate } from '../src/lib/data/validate.ts';
import { encodePayload } from '../src/lib/domain/payload.ts';
import { sortIncidents } from '../src/lib/domain/sort.ts';
import { geographyOf, measureIncidents } from '../src/lib/state/incident-set.ts';

const QUERY = '?payload';
const DEV_PATH = '/@durand-atlas/incidents.bin';

type GeographyLayers = Pick<Layers, 'countries' | 'durandLine' | 'provinces'>;

/** The line, countries and provinces the app measures against, from geodata/. */
export function bundledGeography(geodata: string): ReturnType<typeof geographyOf> {
  const read = (file: string) => JSON.parse(readFileSync(join(geodata, file), 'utf8')) as unknown;
  return geographyOf({
    countries: read('countries.geojson'),
    durandLine: read('durand-line.geojson'),
    provinces: read('provinces.geojson'),
  } as GeographyLayers);
}

/**
 * The payload of an incidents file's text, gzipped (the page inflates it with the browser's
 * DecompressionStream): a host sends a tenth of the bytes whether or not it compresses, and
 * never spends its own CPU compressing a large file. Throws naming the file and its problems.
 */
export function payloadOf(text: string, file: string, geodata: string): Uint8Array {
  const { data, issues } = parseAndValidate(text, file, LAYERS['incidents.geojson']);
  if (!data) throw new Error(`${file} cannot be bundled:\n${formatIssues(issues)}`);
  return packIncidents(data.features as Incident[], geodata);
}

/**
 * Checked incidents measured and packed, gzipped (also the bench's way past a string's length).
 * The rows go in the list's first order, newest first: the rows a first screen or a filter shows
 * then come from a few of the payload's parts of 100, each inflated when first read, not from a
 * part each.
 */
export function packIncidents(incidents: Incident[], geodata: string): Uint8Array {
  const rows = sortIncidents(incidents, 'date', 'desc');
  const payload = encodePayload(rows, measureIncidents(rows, bundledGeography(geodata)));
  return gzipSync(payload, { level: 6 });
}

/** The layers a payload is measured against: a change to one makes it stale. */
const MEASURED_AGAINST = ['countries.geojson', 'durand-line.geojson', 'provinces.geojson'];

export function incidentPayload(geodata: string): Plugin {
  let served: { file: string; bytes: Uint8Array } | undefined;
  const payloadFor = (file: string) => {
    if (served?.file !== file) {
      const bytes = payloadOf(readFileSync(file, 'utf8'), basename(file), geodata);
      served = { file, bytes };
    }
    return served.bytes;
  };
  let serving = false;
  let bundled: string | undefined;
  return {
    name: 'durand-atlas:incident-payload',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    configureServer(server) {
      server.middlewares.use(DEV_PATH, (_request, response) => {
        if (!bundled) return void response.writeHead(404).end();
        response.setHeader('Content-Type', 'application/octet-stream');
        response.end(Buffer.from(payloadFor(bundled)));
      });
    },
    load(id) {
      if (!id.endsWith(QUERY)) return;
      const file = id.slice(0, -QUERY.length);
      bundled = file;
      this.addWatchFile(file);
      for (const layer of MEASURED_AGAINST) this.addWatchFile(join(geodata, layer));
      const bytes = payloadFor(file);
      if (serving) return `export default ${JSON.stringify(DEV_PATH)};`;
      // ".bin": served as application/octet-stream, which servers leave as it is. An unknown
      // extension went out with no type, and vite preview gzipped the gzipped bytes again.
      const ref = this.emitFile({ type: 'asset', name: 'incidents.bin', source: bytes });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
    watchChange(id) {
      if (id === served?.file || MEASURED_AGAINST.some((layer) => id === join(geodata, layer)))
        served = undefined;
    },
  };
}
