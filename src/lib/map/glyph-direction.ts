/**
 * MapLibre draws each label glyph on an OffscreenCanvas whose text direction is 'inherit', and
 * Chrome takes it from the document: on a right-to-left page a '(' is drawn as ')', and the map
 * keeps that glyph after a switch to a left-to-right language ("(place not given)" then reads
 * ")place not given("). A glyph is one character MapLibre has already put in reading order, so
 * every 2D context of an OffscreenCanvas starts left to right here; our own canvases that draw
 * right-to-left text say so (label-images.ts).
 */
const patched = Symbol('glyphs left to right');

export function drawGlyphsLeftToRight(): void {
  if (typeof OffscreenCanvas === 'undefined') return;
  const proto = OffscreenCanvas.prototype as OffscreenCanvas & { [patched]?: true };
  if (proto[patched]) return;
  const getContext = proto.getContext;
  proto.getContext = function (this: OffscreenCanvas, ...args: Parameters<typeof getContext>) {
    const context = getContext.apply(this, args);
    if (context instanceof OffscreenCanvasRenderingContext2D) context.direction = 'ltr';
    return context;
  } as typeof getContext;
  proto[patched] = true;
}
