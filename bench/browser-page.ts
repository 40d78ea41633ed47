/**
 * What `bench/browser.ts` installs in the page before the app loads (`page.addInitScript`): a
 * recorder of input events, the header count's and the timeline label's texts, changes to the
 * incident list, the map's 'render' and 'idle' events (caught as the app sets `window.__atlas`),
 * long tasks and, on demand, animation frames. All times are `performance.now()`, from navigation
 * start. Plain JavaScript in a string: tsx would wrap a function's inner names in `__name()`,
 * which the page does not have.
 */
import type {} from '../src/lib/map/test-hook.ts';

export interface Stamp {
  t: number;
  text: string;
}

/** The map's state after an action: its last 'idle' once quiet, or that it never drew again. */
export type Quiet = { kind: 'idle'; t: number } | { kind: 'none' } | null;

export interface BenchRecorder {
  counts: Stamp[];
  ranges: Stamp[];
  /** Times the incident list (the right-hand panel) changed, one a batch of DOM mutations. */
  panel: number[];
  idles: number[];
  renders: number[];
  inputs: number[];
  longtasks: [start: number, duration: number][];
  /**
   * Key and input events that took 16 ms or more from the event to the next paint (Event Timing):
   * when each happened, to its handlers' end (waiting included), and to the next paint.
   */
  events: [start: number, handled: number, painted: number][];
  frames: number[];
  /** When the count first showed every incident ("N incidents"); if not `total`, any but "0 incidents". */
  countShownAt(total: boolean): number | null;
  /** Quiet: loaded, no render for `ms`, and the last event an 'idle' after `since`. */
  quiet(since: number, ms: number): Quiet;
  startFrames(): void;
  stopFrames(): void;
  playing(): boolean;
}

declare global {
  interface Window {
    __bench?: BenchRecorder;
  }
}

export const RECORDER = String.raw`(() => {
  const now = () => performance.now();
  const log = {
    counts: [], ranges: [], panel: [], idles: [], renders: [], inputs: [], longtasks: [], events: [],
    frames: [],
  };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) log.longtasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        if (/^key|^input$/.test(e.name)) log.events.push([e.startTime, e.processingEnd - e.startTime, e.duration]);
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch {}
  for (const type of ['pointerdown', 'pointerup', 'keydown', 'click'])
    window.addEventListener(type, (e) => log.inputs.push(e.timeStamp), { capture: true });

  let map = null;
  const hook = (m) => {
    if (!m || m === map || typeof m.on !== 'function') return;
    map = m;
    m.on('render', () => log.renders.push(now()));
    m.on('idle', () => log.idles.push(now()));
  };
  let atlas;
  Object.defineProperty(window, '__atlas', {
    configurable: true,
    get: () => atlas,
    set: (v) => { atlas = v; hook(v && v.map); },
  });

  // Watch an element (found again if the app replaces it) and call back on each change. The page
  // is searched only while the element is missing, and at most every second once it has been
  // found and lost: a search of a million nodes every 50 ms would weigh on what we measure.
  const watch = (selector, options, onChange) => {
    let el = null, observer = null, searched = 0, seen = false;
    return () => {
      if (el && el.isConnected) return;
      if (seen && now() - searched < 1000) return;
      searched = now();
      const found = document.querySelector(selector);
      if (found === el) return;
      if (observer) observer.disconnect();
      el = found;
      if (!found) return;
      seen = true;
      onChange(found);
      observer = new MutationObserver(() => onChange(found));
      observer.observe(found, options);
    };
  };
  const text = (list) => (el) => {
    const t = (el.textContent || '').trim();
    if (!list.length || list[list.length - 1].text !== t) list.push({ t: now(), text: t });
  };
  const all = { childList: true, subtree: true, characterData: true };
  const watchers = [
    watch('header output.count', all, text(log.counts)),
    watch('.timeline .range', all, text(log.ranges)),
    watch('aside[aria-label="Incidents panel"]', { childList: true, subtree: true }, () =>
      log.panel.push(now())),
  ];
  const tick = () => { for (const w of watchers) w(); hook(window.__atlas && window.__atlas.map); };
  setInterval(tick, 50);
  document.addEventListener('DOMContentLoaded', tick);

  let framing = false;
  const frame = (t) => { if (!framing) return; log.frames.push(t); requestAnimationFrame(frame); };
  window.__bench = Object.assign(log, {
    countShownAt(total) {
      const re = total ? /^[1-9][\d,\u202f ]* incidents?$/ : /^[\d,\u202f ]+( of [\d,\u202f ]+)? incidents?$/;
      const c = log.counts.find((s) => re.test(s.text) && !/^0 incidents$/.test(s.text));
      return c ? c.t : null;
    },
    quiet(since, ms) {
      if (!map || !map.loaded() || map.isMoving()) return null;
      const lastRender = log.renders.length ? log.renders[log.renders.length - 1] : -1;
      const lastIdle = log.idles.length ? log.idles[log.idles.length - 1] : -1;
      if (now() - Math.max(lastRender, lastIdle, since) < ms) return null;
      if (lastRender <= since) return { kind: 'none' };
      return lastIdle >= lastRender ? { kind: 'idle', t: lastIdle } : null;
    },
    startFrames() { log.frames.length = 0; framing = true; requestAnimationFrame(frame); },
    stopFrames() { framing = false; },
    playing() {
      const b = document.querySelector('.timeline button[aria-pressed]');
      return !!b && b.getAttribute('aria-pressed') === 'true';
    },
  });
})();`;
