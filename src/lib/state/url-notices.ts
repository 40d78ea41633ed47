/**
 * The words of the notices a link's decoding gives (url-codec.ts): what each part of a link is
 * called, and the notices several parts share.
 */
import { m, n } from '../i18n/messages.ts';

/** Quote a bad value safely and briefly for a notice. */
export const show = (v: string) => JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);

/**
 * What a notice calls each part of a link, in the current language. The keys and values of the
 * link itself (`type=airstrike`) are syntax and stay as they are.
 */
export const WHAT = {
  type: () => m.errors_what_type(),
  side: () => m.errors_what_side(),
  precision: () => m.errors_what_precision(),
  dataset: () => m.errors_what_dataset(),
  archive: () => m.tiles_what_archive(),
  actor: () => m.errors_what_actor(),
  province: () => m.errors_what_province(),
  district: () => m.errors_what_district(),
  search: () => m.errors_what_search(),
  radiusLabel: () => m.errors_what_radius_label(),
  layers: () => m.errors_what_layers(),
  layer: () => m.errors_what_layer(),
  basemap: () => m.errors_what_basemap(),
  playback: () => m.errors_what_playback(),
};
export type What = keyof typeof WHAT;

export const tooMany = (what: What, max: number) =>
  m.errors_link_too_many({ what: WHAT[what](), max: n(max) });
export const unknown = (what: What, value: string) =>
  m.errors_link_unknown({ what: WHAT[what](), value: show(value) });
