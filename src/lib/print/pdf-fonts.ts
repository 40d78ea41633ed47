/**
 * The PDF's fonts: Noto Sans (Latin and Latin Extended, as on screen) and Vazirmatn (Arabic script:
 * Dari, Pashto and Urdu letters), in regular and bold. @fontsource splits each font by Unicode
 * range into files; only the files whose range a document's text touches are loaded, and a
 * character is drawn with the first loaded file that has it. WOFF, not WOFF2: fontkit reads
 * both, but its subsetter fails on WOFF2's transformed glyph tables.
 */
import { create, type Font } from 'fontkit';
import notoRanges from '@fontsource/noto-sans/unicode.json';
import vazirmatnRanges from '@fontsource/vazirmatn/unicode.json';

/** Reads a font file named as a module ("@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff"). */
export type FontBytes = (file: string) => Promise<Uint8Array>;

/** In order of preference: a character takes the first that has it. */
const SUBSETS: { family: string; subset: string; ranges: Record<string, string> }[] = [
  { family: 'noto-sans', subset: 'latin', ranges: notoRanges },
  { family: 'noto-sans', subset: 'latin-ext', ranges: notoRanges },
  { family: 'vazirmatn', subset: 'arabic', ranges: vazirmatnRanges },
];

export interface FaceSpec {
  file: string;
  ranges: [number, number][];
}

/** "U+0000-00FF,U+0131" as inclusive ranges of code points. */
export function parseRanges(css: string): [number, number][] {
  return css.split(',').map((part) => {
    const [a, b] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(a!, 16), parseInt(b ?? a!, 16)];
  });
}

export function faceSpecs(bold: boolean): FaceSpec[] {
  return SUBSETS.map(({ family, subset, ranges }) => ({
    file: `@fontsource/${family}/files/${family}-${subset}-${bold ? 700 : 400}-normal.woff`,
    ranges: parseRanges(ranges[subset]!),
  }));
}

const covers = (spec: FaceSpec, cp: number) => spec.ranges.some(([a, b]) => cp >= a && cp <= b);

/** A loaded font file. */
export interface Face {
  file: string;
  font: Font;
}

/** The faces of one document, regular and bold, loaded as its text needs them. */
export class Faces {
  private readonly loaded = new Map<string, Face>();
  private readonly specs = { regular: faceSpecs(false), bold: faceSpecs(true) };
  constructor(private readonly bytes: FontBytes) {}

  /** The loaded faces for a weight, in order of preference. */
  list(bold: boolean): Face[] {
    const specs = bold ? this.specs.bold : this.specs.regular;
    return specs.flatMap((s) => this.loaded.get(s.file) ?? []);
  }

  /**
   * Loads, in both weights, the first file (the Latin one always) that covers each character of
   * `text` not yet covered by a loaded face. True when something was loaded.
   */
  async need(text: string): Promise<boolean> {
    const regular = this.specs.regular;
    const wanted = new Set([0]);
    for (const ch of new Set(text)) {
      const cp = ch.codePointAt(0)!;
      const covering = regular.filter((s) => covers(s, cp));
      if (covering.length && !covering.some((s) => this.loaded.has(s.file)))
        wanted.add(regular.indexOf(covering[0]!));
    }
    const missing = [...wanted].flatMap((i) =>
      [regular[i]!, this.specs.bold[i]!].filter((s) => !this.loaded.has(s.file)),
    );
    await Promise.all(missing.map((s) => this.load(s.file)));
    return missing.length > 0;
  }

  private async load(file: string): Promise<void> {
    // fontkit reads any bytes; its types ask for Node's Buffer.
    const font = create((await this.bytes(file)) as Buffer);
    if (!('unitsPerEm' in font)) throw new Error(`${file} is a font collection, not a font`);
    this.loaded.set(file, { file, font });
  }
}
