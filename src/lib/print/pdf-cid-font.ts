/**
 * A font written into the PDF as a subset of the glyphs drawn (Type 0 font, CIDFontType2,
 * Identity-H). Each glyph-and-text pair drawn gets its own code, so the Unicode map (ToUnicode)
 * says what each drawn glyph stands for even where texts share a glyph (a space and a zero-width
 * non-joiner, a bracket and its mirror) or one glyph stands for several letters (lam-alef).
 * pdf-lib's own font embedding maps each glyph to one text only, so this writes the objects.
 */
import type { Font } from 'fontkit';
import { PDFString, type PDFDocument, type PDFRef } from 'pdf-lib';

const hex4 = (n: number) => n.toString(16).padStart(4, '0');

/** UTF-16BE in hex, as a CMap writes a text. */
const utf16Hex = (text: string) =>
  [...text]
    .flatMap((ch) => {
      const cp = ch.codePointAt(0)!;
      if (cp < 0x10000) return [hex4(cp)];
      const v = cp - 0x10000;
      return [hex4(0xd800 + (v >> 10)), hex4(0xdc00 + (v & 0x3ff))];
    })
    .join('');

/** The ToUnicode CMap: codes to texts, 100 to a block as the format asks. */
export function toUnicodeCMap(texts: string[]): string {
  const pairs = texts.flatMap((t, i) => (t ? [`<${hex4(i + 1)}> <${utf16Hex(t)}>`] : []));
  const blocks: string[] = [];
  for (let i = 0; i < pairs.length; i += 100) {
    const block = pairs.slice(i, i + 100);
    blocks.push(`${block.length} beginbfchar\n${block.join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

export class CidFont {
  /** Where the font dictionary will be, so pages can name it before it is written. */
  readonly ref: PDFRef;
  private readonly codes = new Map<string, number>();
  /** By code, from 1: the glyph and the text it stands for. */
  private readonly glyphs: { id: number; text: string; width: number }[] = [];

  constructor(
    private readonly doc: PDFDocument,
    private readonly font: Font,
    private readonly name: string,
  ) {
    this.ref = doc.context.nextRef();
  }

  /** The 4-digit hex code that draws glyph `id` and stands for `text` in extracted text. */
  code(id: number, text: string, advanceWidth: number): string {
    const key = `${id} ${text}`;
    let code = this.codes.get(key);
    if (code === undefined) {
      this.glyphs.push({ id, text, width: advanceWidth });
      code = this.glyphs.length;
      if (code > 0xffff) throw new Error(`more than 65,535 glyph codes in ${this.name}`);
      this.codes.set(key, code);
    }
    return hex4(code);
  }

  /** Writes the subset, its widths, the code-to-glyph map and the Unicode map. */
  write(): void {
    const ctx = this.doc.context;
    const f = this.font;
    const subset = f.createSubset();
    // includeGlyph gives the glyph's id in the subset (fontkit's types say boolean).
    const gids = this.glyphs.map((g) => subset.includeGlyph(f.getGlyph(g.id)) as unknown as number);
    const file = subset.encode();
    const scale = 1000 / f.unitsPerEm;
    const descriptor = ctx.obj({
      Type: 'FontDescriptor',
      FontName: this.name,
      Flags: 4, // symbolic: glyphs are reached by code, not by a standard encoding
      FontBBox: [f.bbox.minX, f.bbox.minY, f.bbox.maxX, f.bbox.maxY].map((v) => Math.round(v * scale)),
      ItalicAngle: f.italicAngle,
      Ascent: Math.round(f.ascent * scale),
      Descent: Math.round(f.descent * scale),
      CapHeight: Math.round((f.capHeight || f.ascent) * scale),
      StemV: 80,
      FontFile2: ctx.register(ctx.flateStream(file, { Length1: file.length })),
    });
    // Code 0 stays .notdef; code i draws subset glyph gids[i - 1].
    const cidToGid = new Uint8Array(2 * (gids.length + 1));
    gids.forEach((gid, i) => cidToGid.set([gid >> 8, gid & 0xff], 2 * (i + 1)));
    const widths = this.glyphs.map((g) => Math.round(g.width * scale * 100) / 100);
    const cidFont = ctx.obj({
      Type: 'Font',
      Subtype: 'CIDFontType2',
      BaseFont: this.name,
      CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
      FontDescriptor: ctx.register(descriptor),
      W: [1, widths],
      CIDToGIDMap: ctx.register(ctx.flateStream(cidToGid)),
    });
    const cmap = ctx.flateStream(toUnicodeCMap(this.glyphs.map((g) => g.text)));
    ctx.assign(
      this.ref,
      ctx.obj({
        Type: 'Font',
        Subtype: 'Type0',
        BaseFont: this.name,
        Encoding: 'Identity-H',
        DescendantFonts: [ctx.register(cidFont)],
        ToUnicode: ctx.register(cmap),
      }),
    );
  }
}
