/**
 * The schema's labels in every language, for reading a type or a precision that a file names in
 * words ("Airstrike", "Town or city", or the same in Dari, Pashto or Urdu), whatever language the
 * reader has chosen; and the English label for the texts an import writes into the data, which
 * stay the same in every language (like the summaries).
 */
import { m } from '../../i18n/messages.ts';
import { LOCALES, type Locale } from '../../i18n/locales.ts';
import type { IncidentType, LocationPrecision } from '../schema.ts';

type Label = (inputs?: Record<string, never>, options?: { locale?: Locale }) => string;

const TYPES: Record<IncidentType, Label> = {
  airstrike: m.schema_type_airstrike,
  drone_strike: m.schema_type_drone_strike,
  shelling: m.schema_type_shelling,
  armed_clash: m.schema_type_armed_clash,
  attack_on_post: m.schema_type_attack_on_post,
  capture_of_post: m.schema_type_capture_of_post,
  militant_attack: m.schema_type_militant_attack,
  suicide_bombing: m.schema_type_suicide_bombing,
  ceasefire: m.schema_type_ceasefire,
  ceasefire_collapse: m.schema_type_ceasefire_collapse,
  talks: m.schema_type_talks,
  deportation: m.schema_type_deportation,
  demolition: m.schema_type_demolition,
  policy: m.schema_type_policy,
  political_change: m.schema_type_political_change,
  protest: m.schema_type_protest,
  other: m.schema_type_other,
};

const PRECISIONS: Record<LocationPrecision, Label> = {
  exact: m.schema_precision_exact,
  town: m.schema_precision_town,
  district: m.schema_precision_district,
  province: m.schema_precision_province,
  border: m.schema_precision_border,
  country: m.schema_precision_country,
  unknown: m.schema_precision_unknown,
};

/** Each key and each of its labels (lower case) to the key. */
function words<K extends string>(labels: Record<K, Label>): Map<string, K> {
  const out = new Map<string, K>();
  for (const [key, label] of Object.entries(labels) as Array<[K, Label]>) {
    out.set(key, key);
    for (const locale of LOCALES) out.set(label({}, { locale }).toLowerCase(), key);
  }
  return out;
}

let typeWords: Map<string, IncidentType> | undefined;
let precisionWords: Map<string, LocationPrecision> | undefined;

/** The type a cell names by key or label, in any language; undefined for none. */
export function typeNamed(text: string): IncidentType | undefined {
  typeWords ??= words(TYPES);
  return typeWords.get(text.trim().toLowerCase());
}

/** The precision a cell names by key or label, in any language; undefined for none. */
export function precisionNamed(text: string): LocationPrecision | undefined {
  precisionWords ??= words(PRECISIONS);
  return precisionWords.get(text.trim().toLowerCase());
}

/** A type's English label, for the summary an import writes (data, not the interface). */
export const englishType = (type: IncidentType): string => TYPES[type]({}, { locale: 'en' });
