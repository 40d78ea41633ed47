/**
 * How each incident type looks: a colour from the Okabe–Ito palette (safe for colour-blind
 * readers) and a shape, so types stay apart in grayscale and on paper. Shapes are SVG paths in a
 * 24×24 box, drawn by the legend (SVG), the map icons (canvas) and the print layout alike.
 */
import type { IncidentType, LocationPrecision } from '../data/incidents.ts';

export const SHAPES = {
  triangleDown: 'M3 5 H21 L12 21 Z',
  triangleUp: 'M12 3 L21 19 H3 Z',
  square: 'M5 5 H19 V19 H5 Z',
  diamond: 'M12 2 L22 12 L12 22 L2 12 Z',
  circle: 'M12 3 A9 9 0 1 1 11.99 3 Z',
  cross:
    'M5 2.5 L12 9.5 L19 2.5 L21.5 5 L14.5 12 L21.5 19 L19 21.5 L12 14.5 L5 21.5 L2.5 19 L9.5 12 L2.5 5 Z',
  star: 'M12 2 L14.6 8.9 L22 9.2 L16.2 13.8 L18.2 21 L12 16.9 L5.8 21 L7.8 13.8 L2 9.2 L9.4 8.9 Z',
  burst:
    'M12 1 L14 7.2 L19.8 4.2 L16.8 10 L23 12 L16.8 14 L19.8 19.8 L14 16.8 L12 23 L10 16.8 L4.2 19.8 L7.2 14 L1 12 L7.2 10 L4.2 4.2 L10 7.2 Z',
  hexagon: 'M7 3 H17 L22 12 L17 21 H7 L2 12 Z',
  pentagon: 'M12 2 L22 9.5 L18 21 H6 L2 9.5 Z',
  house: 'M12 2 L22 10 V21 H2 V10 Z',
  arrow: 'M2 8 H13 V3 L22 12 L13 21 V16 H2 Z',
  slashedCircle: 'M12 3 A9 9 0 1 1 11.99 3 Z M6.5 15.5 L15.5 6.5 L17.5 8.5 L8.5 17.5 Z',
  flag: 'M4 2 H7 V4 H20 L16 9 L20 14 H7 V22 H4 Z',
  trapezoid: 'M2 19 L7 5 H17 L22 19 Z',
  megaphone: 'M3 9 H8 L19 3 V21 L8 15 H3 Z',
  ring: 'M12 3 A9 9 0 1 1 11.99 3 Z M12 8 A4 4 0 1 0 12.01 8 Z',
} as const;
export type Shape = keyof typeof SHAPES;

const ORANGE = '#E69F00',
  SKY = '#56B4E9',
  GREEN = '#009E73',
  BLUE = '#0072B2',
  VERMILLION = '#D55E00',
  PURPLE = '#CC79A7',
  GREY = '#5b5b5b';

export interface TypeSymbol {
  shape: Shape;
  color: string;
  /** The group the legend puts it in. */
  group: 'Strikes' | 'Ground fighting' | 'Militant attacks' | 'Truces and talks' | 'Displacement' | 'Policy';
}

export const TYPE_SYMBOLS: Record<IncidentType, TypeSymbol> = {
  airstrike: { shape: 'triangleDown', color: VERMILLION, group: 'Strikes' },
  drone_strike: { shape: 'triangleUp', color: VERMILLION, group: 'Strikes' },
  shelling: { shape: 'burst', color: VERMILLION, group: 'Strikes' },
  armed_clash: { shape: 'cross', color: BLUE, group: 'Ground fighting' },
  attack_on_post: { shape: 'square', color: BLUE, group: 'Ground fighting' },
  capture_of_post: { shape: 'flag', color: BLUE, group: 'Ground fighting' },
  militant_attack: { shape: 'star', color: PURPLE, group: 'Militant attacks' },
  suicide_bombing: { shape: 'pentagon', color: PURPLE, group: 'Militant attacks' },
  ceasefire: { shape: 'circle', color: GREEN, group: 'Truces and talks' },
  ceasefire_collapse: { shape: 'slashedCircle', color: GREEN, group: 'Truces and talks' },
  talks: { shape: 'hexagon', color: SKY, group: 'Truces and talks' },
  deportation: { shape: 'arrow', color: ORANGE, group: 'Displacement' },
  demolition: { shape: 'house', color: ORANGE, group: 'Displacement' },
  policy: { shape: 'diamond', color: GREY, group: 'Policy' },
  political_change: { shape: 'trapezoid', color: GREY, group: 'Policy' },
  protest: { shape: 'megaphone', color: GREY, group: 'Policy' },
  other: { shape: 'ring', color: GREY, group: 'Policy' },
};

/** Filled for a place we know (site, town); hollow where the point only stands for an area. */
export type Fill = 'filled' | 'hollow';

export function fillFor(precision: LocationPrecision): Fill {
  return precision === 'exact' || precision === 'town' ? 'filled' : 'hollow';
}

/**
 * How a symbol is painted, in its 24-unit box: filled symbols in the type's colour with a white
 * edge; hollow ones white with a thick coloured edge, readable over any basemap. The map icons,
 * the legends, the list and every printed page use this one rule.
 */
export function symbolStyle(
  type: IncidentType,
  fill: Fill,
): { body: string; edge: string; edgeWidth: number } {
  // A dark edge keeps pale colours (orange, sky blue) apart from the map, in grayscale too.
  const color = TYPE_SYMBOLS[type].color;
  return fill === 'filled'
    ? { body: color, edge: '#1f2a36', edgeWidth: 1.3 }
    : { body: '#ffffff', edge: color, edgeWidth: 3 };
}

/** Icon id in the map style: `incident-airstrike-filled`. */
export function iconId(type: IncidentType, fill: Fill): string {
  return `incident-${type}-${fill}`;
}

export function parseIconId(id: string): { type: IncidentType; fill: Fill } | undefined {
  const m = /^incident-([a-z_]+)-(filled|hollow)$/.exec(id);
  if (!m || !(m[1]! in TYPE_SYMBOLS)) return undefined;
  return { type: m[1] as IncidentType, fill: m[2] as Fill };
}
