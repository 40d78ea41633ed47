/**
 * Keeps the address bar in step with the view, and the view with the address bar:
 * - camera moves replace the current entry, throttled (Safari allows 100 updates in 30 s);
 * - discrete changes (a filter, a selection, a layer) push a new entry, so Back and Forward step
 *   through meaningful views; typing in the search box pushes once the typing pauses; playback
 *   steps replace;
 * - Back and Forward (popstate) bring the view back.
 * Must be called during component initialisation (it creates effects).
 */
import { untrack } from 'svelte';
import type { AtlasState } from './atlas.svelte.ts';
import { decodeViewState, encodeViewState, linkFragment } from './url-codec.ts';
import type { ViewState } from './view-state.ts';
import { m, n } from '../i18n/messages.ts';
import { semicolonList } from './words.ts';

const REPLACE_EVERY_MS = 500;
const PUSH_AFTER_MS = 400;

/** The view without its camera: what counts as a discrete change. */
const discretePart = (v: ViewState) => encodeViewState({ ...v, camera: null });

export function describeIgnored(ignored: string[]): string {
  const list = semicolonList(ignored.slice(0, 4));
  return ignored.length > 4
    ? m.errors_link_ignored_more({ list, more: n(ignored.length - 4) })
    : m.errors_link_ignored({ list });
}

export function syncUrl(atlas: AtlasState): void {
  const notice = (message: string) => atlas.notify(message);
  let lastDiscrete = discretePart(atlas.view());
  let pushTimer: ReturnType<typeof setTimeout> | undefined;
  let replaceTimer: ReturnType<typeof setTimeout> | undefined;
  let lastReplace = 0;
  let refused = false;

  function write(mode: 'push' | 'replace') {
    const link = linkFragment(atlas.view());
    if (!link.ok) {
      if (!refused) notice(link.message);
      refused = true;
      return;
    }
    refused = false;
    const url = `${location.pathname}${location.search}${link.hash}`;
    if (`${location.pathname}${location.search}${location.hash}` === url) return;
    if (mode === 'push') history.pushState(null, '', url);
    else {
      history.replaceState(null, '', url);
      lastReplace = Date.now();
    }
  }

  function schedulePush() {
    clearTimeout(pushTimer);
    clearTimeout(replaceTimer);
    replaceTimer = undefined;
    pushTimer = setTimeout(() => {
      pushTimer = undefined;
      write('push');
    }, PUSH_AFTER_MS);
  }

  function scheduleReplace() {
    // A pending push or replace will write the latest view when it fires.
    if (pushTimer || replaceTimer) return;
    replaceTimer = setTimeout(
      () => {
        replaceTimer = undefined;
        write('replace');
      },
      Math.max(0, lastReplace + REPLACE_EVERY_MS - Date.now()),
    );
  }

  $effect(() => {
    const discrete = discretePart(atlas.view());
    if (discrete !== lastDiscrete) {
      lastDiscrete = discrete;
      // Playback steps are not views anyone wants to go Back through one by one.
      if (untrack(() => atlas.playing)) scheduleReplace();
      else schedulePush();
    } else scheduleReplace();
  });

  $effect(() => {
    const onPop = () => {
      clearTimeout(pushTimer);
      clearTimeout(replaceTimer);
      pushTimer = replaceTimer = undefined;
      const { state, ignored } = decodeViewState(location.hash);
      lastDiscrete = discretePart(state);
      atlas.applyView(state);
      if (ignored.length) notice(describeIgnored(ignored));
    };
    window.addEventListener('popstate', onPop);
    return () => {
      window.removeEventListener('popstate', onPop);
      clearTimeout(pushTimer);
      clearTimeout(replaceTimer);
    };
  });
}
