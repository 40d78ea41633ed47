/** The analyst's datasets, reachable by any component under the app (set once in App.svelte). */
import { getContext, setContext } from 'svelte';
import type { OwnData } from './own-data.svelte.ts';

const KEY = Symbol('own-data');

export const setOwnData = (ownData: OwnData): OwnData => setContext(KEY, ownData);
export const getOwnData = (): OwnData | undefined => getContext<OwnData | undefined>(KEY);
