/**
 * The incident source's settings, shared by the page (incident-layers.ts) and the tile worker
 * (incident-tiles-core.ts), which must cluster exactly as the layers expect.
 */

/** Above this zoom no incidents are grouped. */
export const CLUSTER_MAX_ZOOM = 8;
/** How close, in screen pixels, incidents are grouped. */
export const CLUSTER_RADIUS = 38;
/** The vector-tile layer holding the incidents and their groups. */
export const INCIDENT_LAYER = 'incidents';
/** The vector-tile layer holding the border badge (in the one tile under its point). */
export const BADGE_LAYER = 'badge';
/** Tiles are made up to this zoom; MapLibre draws closer zooms from them. */
export const TILE_MAX_ZOOM = 14;
