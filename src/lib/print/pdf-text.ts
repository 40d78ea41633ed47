/**
 * Text for the PDF as it is drawn: split by direction (the Unicode bidi algorithm, bidi-js) and
 * by font, each piece shaped by fontkit with the font's OpenType features (Arabic joining forms
 * and ligatures, kerning, mark positions), and the pieces put in visual order, left to right.
 * The layout measures with the same shaping that the painter draws, so what is measured is
 * what is drawn.
 */
import bidiFactory from 'bidi-js';
import type { Glyph, GlyphPosition } from 'fontkit';
import type { Face, Faces } from './pdf-fonts.ts';
import { lineDirection, RTL, type Direction } from './model.ts';
import { PT, type TextStyle } from './painter.ts';

/** A page's writing direction; each line is a paragraph of its own (model.ts, `lineDirection`). */
export type { Direction };

const bidi = bidiFactory();

/** A shaped piece of text: its glyphs left to right, positions in font units. */
export interface Run {
  face: Face;
  glyphs: Glyph[];
  positions: GlyphPosition[];
  /** What each glyph stands for, for text extraction: its letters, as drawn (left to right). */
  texts: string[];
  /** Width in ems. */
  advance: number;
}

interface Piece {
  level: number;
  face: Face;
  /** The characters as written, and as shaped (brackets mirrored where right-to-left). */
  source: string;
  text: string;
  space: boolean;
}

// Explicit directional marks, embeddings and isolates steer the algorithm and are not drawn.
const CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/**
 * A character keeps the current face when it has it (spaces, digits), so runs stay whole; but
 * not a space in a face that leaves its spaces to another (Nastaliq's: pdf-fonts.ts, Face).
 */
function pick(faces: Face[], cp: number, current: Face | undefined): Face {
  if (current?.font.hasGlyphForCodePoint(cp) && !(cp === 0x20 && current.nastaliq)) return current;
  return faces.find((f) => f.font.hasGlyphForCodePoint(cp)) ?? current ?? faces[0]!;
}

/** Each character's bidi level and mirrored form; none for left-to-right text on a left-to-right page. */
function bidiOf(s: string, direction: Direction): { levels?: Uint8Array; mirrored: Map<number, string> } {
  // The algorithm would put every character at level 0: skipped, as it is most of the measuring's time.
  if (direction === 'ltr' && !RTL.test(s)) return { mirrored: new Map() };
  const { levels } = bidi.getEmbeddingLevels(s, direction);
  return { levels, mirrored: bidi.getMirroredCharactersMap(s, levels) };
}

/** The text in logical order as pieces of one level, one face, and words apart from spaces. */
function pieces(text: string, faces: Face[], direction: Direction): Piece[] {
  const s = text.normalize('NFC');
  const { levels, mirrored } = bidiOf(s, direction);
  const out: Piece[] = [];
  let face: Face | undefined;
  for (let i = 0; i < s.length;) {
    const cp = s.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const at = i;
    i += ch.length;
    if (CONTROL.test(ch)) continue;
    face = pick(faces, cp, face);
    const level = levels?.[at] ?? 0;
    const space = ch === ' ';
    const last = out.at(-1);
    const char = mirrored.get(at) ?? ch;
    // Words are shaped apart from the spaces between them, so each is shaped once and cached.
    if (last && last.level === level && last.face === face && last.space === space) {
      last.source += ch;
      last.text += char;
    } else out.push({ level, face, source: ch, text: char, space });
  }
  return out;
}

/** Unicode bidi rule L2: from the highest level down to the lowest odd one, reverse each stretch. */
export function visualOrder<T extends { level: number }>(runs: T[]): T[] {
  const out = [...runs];
  const levels = out.map((r) => r.level);
  const lowestOdd = Math.min(...levels) | 1;
  for (let level = Math.max(...levels); level >= lowestOdd; level--) {
    for (let i = 0; i < out.length;) {
      if (out[i]!.level < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < out.length && out[j]!.level >= level) j++;
      out.splice(i, j - i, ...out.slice(i, j).reverse());
      i = j;
    }
  }
  return out;
}

export class Shaper {
  private readonly cache = new Map<Face, Map<string, Run>>();
  constructor(
    private readonly faces: Faces,
    private readonly direction: Direction = 'ltr',
  ) {}

  /** The text's shaped runs, left to right. */
  runs(text: string, bold: boolean): Run[] {
    const direction = lineDirection(text, this.direction);
    return visualOrder(pieces(text, this.faces.list(bold), direction)).map((p) => this.shape(p));
  }

  /** Width of a text in mm: the layout's measure. */
  readonly measure = (text: string, style: TextStyle): number =>
    this.runs(text, !!style.bold).reduce((w, r) => w + r.advance, 0) * style.size * PT;

  private shape(p: Piece): Run {
    const rtl = p.level % 2 === 1;
    const key = `${rtl ? 'r' : 'l'}${p.source}`;
    let shaped = this.cache.get(p.face);
    if (!shaped) this.cache.set(p.face, (shaped = new Map()));
    const known = shaped.get(key);
    if (known) return known;
    const r = p.face.font.layout(p.text);
    // fontkit gives a run whose script is right-to-left right to left; back to reading order.
    const logical = <T>(list: T[]) => (r.direction === 'rtl' ? [...list].reverse() : list);
    const glyphs = logical(r.glyphs);
    const positions = logical(r.positions);
    const texts = glyphTexts(p.source, glyphs);
    // The bidi level decides the drawing order (Arabic-script digits read left to right).
    const drawn = <T>(list: T[]) => (rtl ? [...list].reverse() : list);
    const units = positions.reduce((w, q) => w + q.xAdvance, 0);
    const run: Run = {
      face: p.face,
      glyphs: drawn(glyphs),
      positions: drawn(positions),
      // A glyph for several letters (lam-alef) lists them as drawn too, as extractors reverse.
      texts: drawn(rtl ? texts.map((t) => [...t].reverse().join('')) : texts),
      advance: units / p.face.font.unitsPerEm,
    };
    shaped.set(key, run);
    return run;
  }
}

/**
 * The letters each glyph (in reading order) stands for. fontkit's glyphs list the characters
 * they were made from, but a glyph object is shared by every text that maps to it (a space and
 * a zero-width non-joiner): the count is right, the characters are taken from the text.
 */
function glyphTexts(source: string, glyphs: Glyph[]): string[] {
  const chars = [...source];
  if (glyphs.reduce((n, g) => n + g.codePoints.length, 0) !== chars.length)
    return glyphs.map((g) => String.fromCodePoint(...g.codePoints));
  let at = 0;
  return glyphs.map((g) => chars.slice(at, (at += g.codePoints.length)).join(''));
}
