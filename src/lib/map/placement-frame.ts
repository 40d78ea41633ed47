/**
 * Saves the map one whole redraw after each change of its data. When a frame brings new symbol
 * tiles, MapLibre places the labels and symbols, then marks that placement stale and draws the
 * map once more to place them again (style.ts `_updatePlacement`: placement may be spread over
 * frames, and buckets can change mid-way). With `fadeDuration: 0`, as here, every frame's
 * placement is already a full one over all the tiles drawn, so the second frame shows the same
 * picture. Through software WebGL that frame cost 60–140 ms of every filter change.
 *
 * The fields read are MapLibre's own, not its API (the test beside this checks the bundled
 * version still has them); if one is missing, nothing is changed.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

/** The parts of MapLibre's map and style this reads (private there). */
export interface PlacementInternals {
  _placementDirty?: boolean;
  _fadeDuration?: number;
  style?: {
    placement?: { stale?: boolean; fadeDuration?: number };
    pauseablePlacement?: { isDone(): boolean; _forceFullPlacement?: boolean };
  };
}

/**
 * After a frame (MapLibre's 'render' comes before it decides to draw again): drops the redraw
 * asked only because the full placement just made was marked stale. True when it did.
 */
export function dropStalePlacementFrame(map: PlacementInternals): boolean {
  const placement = map.style?.placement;
  const fullPlacement = map._fadeDuration === 0 && placement?.fadeDuration === 0;
  if (!map._placementDirty || !fullPlacement || placement?.stale !== true) return false;
  const placing = map.style?.pauseablePlacement;
  // A placement done in one go over every tile: one spread over frames needs the next.
  if (placing?.isDone() !== true || placing._forceFullPlacement !== true) return false;
  placement.stale = false;
  map._placementDirty = false;
  return true;
}

export function skipStalePlacementFrames(map: MapLibreMap): void {
  map.on('render', () => dropStalePlacementFrame(map as unknown as PlacementInternals));
}
