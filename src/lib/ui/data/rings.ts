/** The legend's rings for the analyst's datasets shown: each name with its theme colour. */
import { DATASET_COLOURS } from '../../theme/theme.ts';

export const datasetRings = (sets: readonly { name: string; colour: number; visible: boolean }[]) =>
  sets
    .filter((d) => d.visible)
    .map((d) => ({ name: d.name, colour: DATASET_COLOURS[d.colour % DATASET_COLOURS.length]! }));
