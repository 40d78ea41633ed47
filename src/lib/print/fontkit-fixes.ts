/**
 * Two repairs to fontkit 2, made on each font the PDF loads (pdf-fonts.ts), through fontkit's
 * internals (its types do not name them), without changing what it draws.
 *
 * Mark positioning: a mark-to-base, mark-to-ligature or mark-to-mark subtable may give a base no
 * anchor for a mark's class (a null offset). OpenType and HarfBuzz then pass over the subtable
 * for that mark; fontkit reads the null anchor and throws ("Cannot read properties of null"), so
 * Noto Nastaliq Urdu could not shape a word such as وزیرستان or زبان. Such a subtable is made
 * not to apply, as in HarfBuzz; fonts whose anchors are all there position as before.
 *
 * WOFF tables: fontkit inflates a compressed table each time it reads from it, and the subsetter
 * reads the glyph table once a glyph: Noto Nastaliq Urdu's subset took seconds. Each table is
 * inflated once and read again from the start.
 */
import type { Font } from 'fontkit';

type Lookup = (type: number, table: unknown) => boolean;
type Anchor = (mark: { markAnchor?: unknown }, base: unknown, index: number) => void;

interface Processor {
  applyLookup: Lookup;
  applyAnchor: Anchor;
}

interface Stream {
  pos: number;
}

/** fontkit's internals reached here. */
interface Internals {
  /** The font's layout engine (made once, then kept) and its positioning processor. */
  _layoutEngine?: { engine?: { GPOSProcessor?: Processor | null } };
  /** A table's bytes, at its start; a WOFF file's compressed tables as a new inflated stream. */
  _getTableStream?: (tag: string) => Stream | null;
  directory?: { tables: Record<string, { length: number; compLength?: number } | undefined> };
}

const NO_ANCHOR = Symbol('no anchor');

function repairAnchors(font: Internals): void {
  const gpos = font._layoutEngine?.engine?.GPOSProcessor;
  if (!gpos) return;
  const { applyLookup, applyAnchor } = Object.getPrototypeOf(gpos) as Processor;
  // Nothing has been moved when the anchor is found missing: the subtable is simply not applied.
  gpos.applyAnchor = function (mark, base, index) {
    if (!base || !mark.markAnchor) throw NO_ANCHOR;
    applyAnchor.call(this, mark, base, index);
  };
  gpos.applyLookup = function (type, table) {
    try {
      return applyLookup.call(this, type, table);
    } catch (e) {
      if (e === NO_ANCHOR) return false;
      throw e;
    }
  };
}

function inflateOnce(font: Internals): void {
  const read = font._getTableStream;
  const tables = font.directory?.tables;
  if (!read || !tables) return;
  const inflated = new Map<string, Stream | null>();
  font._getTableStream = function (tag) {
    const table = tables[tag];
    // An uncompressed table is read from the file's own stream, as before.
    if (!table || table.compLength === undefined || table.compLength >= table.length)
      return read.call(this, tag);
    if (!inflated.has(tag)) inflated.set(tag, read.call(this, tag));
    const stream = inflated.get(tag)!;
    if (stream) stream.pos = 0;
    return stream;
  };
}

/** Repairs the font in place. */
export function repairFont(font: Font): void {
  const internals = font as unknown as Internals;
  repairAnchors(internals);
  inflateOnce(internals);
}
