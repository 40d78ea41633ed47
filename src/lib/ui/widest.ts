/**
 * Keeps an element at least as wide as it has been. A label whose width follows its words (the
 * timeline's range, dragged from "Nov 2023 – Jul 2024" to "… Aug 2024") re-wrapped the row around
 * it: the timeline grew and shrank by a line, and the map above it was resized, and its canvas made
 * again, on every other move of a drag (80 ms a time through software WebGL). `since` says what
 * the widths are kept for: when it changes (the dates cleared, another language) the element
 * starts from its own width again.
 */
import type { Attachment } from 'svelte/attachments';

export const widestSoFar =
  (since?: unknown): Attachment<HTMLElement> =>
  (element) => {
    void since;
    let widest = 0;
    const observer = new ResizeObserver(([entry]) => {
      const width = entry?.borderBoxSize?.[0]?.inlineSize ?? element.offsetWidth;
      if (width <= widest) return;
      widest = width;
      element.style.minInlineSize = `${width}px`;
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      element.style.minInlineSize = '';
    };
  };
