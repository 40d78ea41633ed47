/**
 * The map's words in the reader's language: country names, Kashmir's administered areas and the
 * Durand Line from the catalogues; provinces by Natural Earth's Persian (for Dari) or Urdu name
 * where it has one; places and Pashto province names in English, which no open source we ship
 * gives (the About dialog says so). Arabic-script labels are shaped by the RTL text plugin.
 */
import type { ExpressionSpecification, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { NASTALIQ_LAYOUT, NASTALIQ_PAINT } from './label-images.ts';
import { m } from '../i18n/messages.ts';
import { language } from '../i18n/locale.svelte.ts';
import type { Locale } from '../i18n/locales.ts';

/** The province property holding the name in each language (English where none). */
const NAME_KEY: Record<Locale, 'name' | 'name_fa' | 'name_ur'> = {
  en: 'name',
  'fa-AF': 'name_fa',
  ps: 'name',
  ur: 'name_ur',
};

const COUNTRIES = {
  AFG: m.map_country_afg,
  ARE: m.map_country_are,
  BHR: m.map_country_bhr,
  CHN: m.map_country_chn,
  IND: m.map_country_ind,
  IRN: m.map_country_irn,
  KGZ: m.map_country_kgz,
  OMN: m.map_country_omn,
  PAK: m.map_country_pak,
  QAT: m.map_country_qat,
  SAU: m.map_country_sau,
  TJK: m.map_country_tjk,
  TKM: m.map_country_tkm,
  UZB: m.map_country_uzb,
  XSG: m.map_country_xsg,
};

const KASHMIR = {
  'kashmir-chinese-administered': m.map_kashmir_chinese_administered,
  'kashmir-indian-administered': m.map_kashmir_indian_administered,
  'kashmir-pakistani-administered': m.map_kashmir_pakistani_administered,
};

export interface MapWords {
  locale: Locale;
  /** Name of a province in this language, or its English name. */
  provinceName: ExpressionSpecification;
  countryName: ExpressionSpecification;
  kashmirName: ExpressionSpecification;
  durandName: string;
  durandStatus: string;
  districtNote: string;
}

/** A `match` on a property giving each key's word in `locale`, the feature's own name otherwise. */
function lookup(
  property: string,
  words: Record<string, (i: object, o: { locale: Locale }) => string>,
  locale: Locale,
) {
  const pairs = Object.entries(words).flatMap(([key, word]) => [key, word({}, { locale })]);
  return ['match', ['get', property], ...pairs, ['get', 'name']] as unknown as ExpressionSpecification;
}

export function mapWords(locale: Locale = language.current): MapWords {
  const key = NAME_KEY[locale];
  return {
    locale,
    provinceName: key === 'name' ? ['get', 'name'] : ['coalesce', ['get', key], ['get', 'name']],
    countryName: lookup('iso_a3', COUNTRIES, locale),
    kashmirName: lookup('id', KASHMIR, locale),
    durandName: m.map_durand_name({}, { locale }),
    durandStatus: m.map_durand_status({}, { locale }),
    districtNote: m.map_district_no_boundary({}, { locale }),
  };
}

/** A label layer's properties a language switch sets: its text, and the Urdu images' settings. */
type LayoutKey = Parameters<MapLibreMap['setLayoutProperty']>[1];
type PaintKey = Parameters<MapLibreMap['setPaintProperty']>[1];
type LayoutValue = Parameters<MapLibreMap['setLayoutProperty']>[2];
type PaintValue = Parameters<MapLibreMap['setPaintProperty']>[2];
export interface LabelProperties {
  layout: Partial<Record<LayoutKey, LayoutValue>>;
  paint: Partial<Record<PaintKey, PaintValue>>;
}

/**
 * Each label layer's text in `words`, and the properties Urdu's images set (undefined: the
 * style's default), to switch a drawn map's language in place.
 */
export function labelProperties(layers: LayerSpecification[]): Record<string, LabelProperties> {
  const byLayer: Record<string, LabelProperties> = {};
  for (const layer of layers) {
    if (layer.type !== 'symbol' || layer.layout?.['text-field'] === undefined) continue;
    const { layout, paint = {} } = layer;
    const pick = <T extends object>(from: T, keys: readonly (keyof T)[]) =>
      Object.fromEntries(keys.map((key) => [key, from[key]])) as Partial<T>;
    byLayer[layer.id] = {
      layout: { 'text-field': layout['text-field'], ...pick(layout, NASTALIQ_LAYOUT) },
      paint: pick(paint, NASTALIQ_PAINT),
    };
  }
  return byLayer;
}
