/**
 * Facts about the bundled data that specs compare the app against, read from the committed
 * file here (not from the app): how many incidents the header counts.
 */
import { readFileSync } from 'node:fs';

interface Props {
  id: string;
  clarity?: string;
  parts?: string[];
}
const file = new URL('../geodata/incidents.geojson', import.meta.url);
export const features = (JSON.parse(readFileSync(file, 'utf8')) as { features: { properties: Props }[] })
  .features;

const ids = new Set(features.map((f) => f.properties.id));
/** A summary report is counted through its parts when they are in the data. */
const summaries = features.filter(
  (f) => f.properties.clarity === 'aggregate' && f.properties.parts?.some((p) => ids.has(p)),
);

/** What the header says with no filter: every incident, summary reports not counted again. */
export const TOTAL = features.length - summaries.length;
