/** The opened tile archive, reachable by any component under the app (set once in App.svelte). */
import { getContext, setContext } from 'svelte';
import type { TileArchive } from './tile-archive.svelte.ts';

const KEY = Symbol('tile-archive');

export const setTileArchive = (tiles: TileArchive): TileArchive => setContext(KEY, tiles);
export const getTileArchive = (): TileArchive | undefined => getContext<TileArchive | undefined>(KEY);
