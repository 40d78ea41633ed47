/**
 * The PDF's fonts: Noto Sans (Latin and Latin Extended, as on screen) and, for Arabic script,
 * Vazirmatn (a Naskh-style face: Dari and Pashto pages, and Arabic-script words on an English
 * page) or Noto Nastaliq Urdu (Urdu pages, Vazirmatn behind it for a letter it lacks), in
 * regular and bold. @fontsource splits each font by Unicode range into files; only the files
 * whose range a document's text touches are loaded, and a character is drawn with the first
 * loaded file that has it. WOFF, not WOFF2: fontkit reads both, but its subsetter fails on
 * WOFF2's transformed glyph tables.
 */
import { create, type Font } from 'fontkit';
import notoRanges from '@fontsource/noto-sans/unicode.json';
import nastaliqRanges from '@fontsource/noto-nastaliq-urdu/unicode.json';
import vazirmatnRanges from '@fontsource/vazirmatn/unicode.json';
import type { Locale } from '../i18n/locales.ts';
import { repairFont } from './fontkit-fixes.ts';
import { usesNastaliq } from './leading.ts';
import { RTL } from './model.ts';

/** Reads a font file named as a module ("@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff"). */
export type FontBytes = (file: string) => Promise<Uint8Array>;

interface Subset {
  family: string;
  subset: string;
  ranges: Record<string, string>;
  /** Noto Nastaliq Urdu (see Face). */
  nastaliq?: true;
}

const LATIN: Subset[] = [
  { family: 'noto-sans', subset: 'latin', ranges: notoRanges },
  { family: 'noto-sans', subset: 'latin-ext', ranges: notoRanges },
];
const NASKH: Subset = { family: 'vazirmatn', subset: 'arabic', ranges: vazirmatnRanges };
const NASTALIQ: Subset = {
  family: 'noto-nastaliq-urdu',
  subset: 'arabic',
  ranges: nastaliqRanges,
  nastaliq: true,
};

/** A language's files in order of preference: a character takes the first that has it. */
const subsets = (lang?: Locale): Subset[] =>
  lang && usesNastaliq(lang) ? [...LATIN, NASTALIQ, NASKH] : [...LATIN, NASKH];

export interface FaceSpec {
  file: string;
  ranges: [number, number][];
  nastaliq?: true;
}

/** "U+0000-00FF,U+0131" as inclusive ranges of code points. */
export function parseRanges(css: string): [number, number][] {
  return css.split(',').map((part) => {
    const [a, b] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(a!, 16), parseInt(b ?? a!, 16)];
  });
}

/** The files a page in `lang` draws with (English's, Dari's and Pashto's unless told). */
export function faceSpecs(bold: boolean, lang?: Locale): FaceSpec[] {
  return subsets(lang).map(({ family, subset, ranges, nastaliq }) => ({
    file: `@fontsource/${family}/files/${family}-${subset}-${bold ? 700 : 400}-normal.woff`,
    ranges: parseRanges(ranges[subset]!),
    ...(nastaliq ? { nastaliq } : {}),
  }));
}

const covers = (spec: FaceSpec, cp: number) => spec.ranges.some(([a, b]) => cp >= a && cp <= b);

/** A loaded font file. */
export interface Face {
  file: string;
  font: Font;
  /**
   * Noto Nastaliq Urdu. A space after its letters is drawn with the first face that has one (Noto
   * Sans), as the app draws it (Atlas Urdu's range leaves spaces to Atlas Sans, app.css): its own
   * space is half as wide, too narrow beside a Latin word or a number. Its words are marked for
   * text extraction (pdf-ops.ts, `actualText`).
   */
  nastaliq?: true;
}

/** The faces of one document in `lang`, regular and bold, loaded as its text needs them. */
export class Faces {
  private readonly loaded = new Map<string, Face>();
  private readonly specs;
  constructor(
    private readonly bytes: FontBytes,
    lang?: Locale,
  ) {
    this.specs = { regular: faceSpecs(false, lang), bold: faceSpecs(true, lang) };
  }

  /** The loaded faces for a weight, in order of preference. */
  list(bold: boolean): Face[] {
    const specs = bold ? this.specs.bold : this.specs.regular;
    return specs.flatMap((s) => this.loaded.get(s.file) ?? []);
  }

  /**
   * Loads, in both weights, the first file (the Latin one always) that covers each character of
   * `text` not yet covered by a loaded face; a right-to-left letter that the loaded face of its
   * range lacks (a Naskh-only letter in Nastaliq) takes the next file that covers it. True when
   * something was loaded.
   */
  async need(text: string): Promise<boolean> {
    const before = this.loaded.size;
    const chars = [...new Set(text)];
    // Each round loads at least one file, until no character wants another.
    for (let wanted = this.wanted(chars).add(0); ; wanted = this.wanted(chars)) {
      const missing = [...wanted].flatMap((i) =>
        [this.specs.regular[i]!, this.specs.bold[i]!].filter((s) => !this.loaded.has(s.file)),
      );
      if (!missing.length) return this.loaded.size > before;
      await Promise.all(missing.map((s) => this.load(s)));
    }
  }

  /** The files (by index) that characters want next: none when every one is covered. */
  private wanted(chars: string[]): Set<number> {
    const regular = this.specs.regular;
    const wanted = new Set<number>();
    for (const ch of chars) {
      const cp = ch.codePointAt(0)!;
      const covering = regular.filter((s) => covers(s, cp));
      const loaded = covering.filter((s) => this.loaded.has(s.file));
      const next = covering.find((s) => !this.loaded.has(s.file));
      if (!next) continue;
      const lacking =
        RTL.test(ch) && !loaded.some((s) => this.loaded.get(s.file)!.font.hasGlyphForCodePoint(cp));
      if (!loaded.length || lacking) wanted.add(regular.indexOf(next));
    }
    return wanted;
  }

  private async load({ file, nastaliq }: FaceSpec): Promise<void> {
    // fontkit reads any bytes; its types ask for Node's Buffer.
    const font = create((await this.bytes(file)) as Buffer);
    if (!('unitsPerEm' in font)) throw new Error(`${file} is a font collection, not a font`);
    repairFont(font);
    this.loaded.set(file, { file, font, ...(nastaliq ? { nastaliq } : {}) });
  }
}
