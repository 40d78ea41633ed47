/** Where the focus areas' labels hang from their points (label-layers.ts, label-nastaliq.ts). */
import type { ExpressionSpecification } from 'maplibre-gl';

/** Below this zoom a district's label is its name alone. */
export const FULL_LABEL_ZOOM = 6;

/** Ems off the point (or `unit` px per em), away from the corner the text hangs from. */
export const offsetFor = (key: string, unit = 1): ExpressionSpecification => [
  'match',
  ['get', key],
  'top-left',
  ['literal', [0.7 * unit, 0.5 * unit]],
  'top-right',
  ['literal', [-0.7 * unit, 0.5 * unit]],
  'bottom-left',
  ['literal', [0.7 * unit, -0.5 * unit]],
  'bottom-right',
  ['literal', [-0.7 * unit, -0.5 * unit]],
  ['literal', [0, 0]],
];
