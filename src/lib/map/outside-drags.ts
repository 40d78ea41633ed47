/**
 * MapLibre follows every mouse move on the page (a capture listener on the document, so that a
 * gesture leaving the map goes on) and measures the map's box at each one. During a drag that
 * began outside the map (the timeline's brush, a slider) that was a layout of the page per move:
 * 30–60 ms at 10,000 incidents, the list just redrawn by the move before. Such moves stop at the
 * window instead: no map gesture can be under way then. The page's own controls read pointer
 * events, which are not stopped; a mouse-move listener added elsewhere would not hear these drags.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

/** Keeps drags begun outside `map` from reaching it; returns the undo. */
export function keepOutsideDragsFromMap(map: MapLibreMap): () => void {
  const container = map.getContainer();
  let outside = false;
  const down = (e: PointerEvent) => (outside = !container.contains(e.target as Node | null));
  const move = (e: MouseEvent) => {
    if (outside && e.buttons !== 0) e.stopPropagation();
  };
  window.addEventListener('pointerdown', down, { capture: true });
  window.addEventListener('mousemove', move, { capture: true });
  return () => {
    window.removeEventListener('pointerdown', down, { capture: true });
    window.removeEventListener('mousemove', move, { capture: true });
  };
}
