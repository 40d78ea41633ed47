/**
 * A tile archive opened as a dataset (`npm run tiles` makes one): too large for the tab, so it is
 * never loaded whole. The map draws it from its tiles (map/ArchiveLayer.svelte), counts come from
 * the summary in its metadata, the "in view" list from the tiles the map has, and an incident's
 * detail from the deepest tile holding it. One archive at a time; an archive opened by address
 * is part of the link (the app's view owns that address), one opened from a file is not.
 * `pmtiles` loads only when an archive is opened.
 */
import type { PMTiles, Source } from 'pmtiles';
import type { Incident } from '../data/incidents.ts';
import { incidentInTile } from '../data/archive-tile.ts';
import { ARCHIVE_LAYER, archiveHref, type ArchiveProps } from '../domain/archive.ts';
import { readSummary, type ArchiveSummary } from '../domain/archive-summary.ts';
import { tileOf } from '../geo/mercator.ts';
import { m } from '../i18n/messages.ts';

export interface OpenedArchive {
  name: string;
  /** The address it was opened from; null for a file. */
  url: string | null;
  /** What the map's `pmtiles://` protocol knows it by. */
  key: string;
  archive: PMTiles;
  summary: ArchiveSummary;
  /** West, south, east, north, clamped to the Mercator square. */
  bounds: [number, number, number, number];
}

export interface ViewedIncident {
  lng: number;
  lat: number;
  props: ArchiveProps;
}

/** What the map draws of the archive in view: the first of them, how many, at which zoom. */
export interface InView {
  items: ViewedIncident[];
  count: number;
  zoom: number;
}

const MVT = 1;

const safeDecode = (text: string) => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

export class TileArchive {
  #opened = $state.raw<OpenedArchive | null>(null);
  #opening = $state<string | null>(null);
  #error = $state<string | null>(null);
  #shown = $state(true);
  #inView = $state.raw<InView | null>(null);
  #picked = $state.raw<Incident | null>(null);
  #pickError = $state<string | null>(null);
  #serial = 0;
  #pickSerial = 0;

  /** `onLink`: the address the view's link should carry (null: none). */
  constructor(private readonly onLink: (url: string | null) => void) {}

  get opened(): OpenedArchive | null {
    return this.#opened;
  }
  get opening(): string | null {
    return this.#opening;
  }
  get error(): string | null {
    return this.#error;
  }
  get shown(): boolean {
    return this.#shown;
  }
  get inView(): InView | null {
    return this.#inView;
  }
  get picked(): Incident | null {
    return this.#picked;
  }
  get pickError(): string | null {
    return this.#pickError;
  }

  async openFile(file: File): Promise<void> {
    if (!/\.pmtiles$/i.test(file.name))
      return void (this.#error = m.tiles_error_not_pmtiles({ name: file.name }));
    if (file.size === 0) return void (this.#error = m.tiles_error_empty({ name: file.name }));
    const serial = this.#begin(file.name);
    const { PMTiles, FileSource } = await import('pmtiles');
    const files = new FileSource(file);
    const key = `file-${serial}`;
    const source: Source = {
      getKey: () => key,
      getBytes: (offset, length) => files.getBytes(offset, length),
    };
    await this.#open(new PMTiles(source), file.name, null, key, serial);
  }

  /** Opens an archive by address: http(s), or a path on this site (resolved against the page). */
  async openUrl(address: string): Promise<void> {
    const href = archiveHref(address, location.href);
    if (!href) return void (this.#error = m.tiles_error_address({ address: address.slice(0, 200) }));
    const path = href.split(/[?#]/)[0]!.replace(/\/+$/, '');
    const name = safeDecode(path.slice(path.lastIndexOf('/') + 1));
    const serial = this.#begin(name);
    const { PMTiles, FetchSource } = await import('pmtiles');
    await this.#open(new PMTiles(new FetchSource(href)), name, href, href, serial);
  }

  /** A new opening: any earlier one still under way is dropped when it ends. */
  #begin(name: string): number {
    this.#opening = name;
    this.#error = null;
    return ++this.#serial;
  }

  async #open(
    archive: PMTiles,
    name: string,
    url: string | null,
    key: string,
    serial: number,
  ): Promise<void> {
    if (serial !== this.#serial) return;
    let problem: string | null = null;
    let summary: ArchiveSummary | string = '';
    let bounds: OpenedArchive['bounds'] = [0, 0, 0, 0];
    try {
      const header = await archive.getHeader();
      const lat = (v: number) => Math.max(-85, Math.min(85, v));
      const lng = (v: number) => Math.max(-180, Math.min(180, v));
      bounds = [lng(header.minLon), lat(header.minLat), lng(header.maxLon), lat(header.maxLat)];
      if (header.tileType !== MVT) problem = m.tiles_error_not_vector({ name });
      else summary = readSummary(await archive.getMetadata());
      if (typeof summary !== 'string' && summary.maxZoom !== header.maxZoom)
        summary = m.tiles_reason_header();
      if (typeof summary === 'string' && !problem) problem = m.tiles_error_summary({ name, reason: summary });
    } catch (error) {
      problem = m.tiles_error_unreadable({ name, reason: String((error as Error).message).slice(0, 160) });
    }
    if (serial !== this.#serial) return; // another archive was asked for meanwhile
    this.#opening = null;
    if (problem || typeof summary === 'string') return void (this.#error = problem);
    this.#opened = { name, url, key, archive, summary, bounds };
    this.#shown = true;
    this.#inView = null;
    this.#picked = null;
    this.onLink(url);
  }

  close(): void {
    const hadLink = this.#opened?.url;
    this.#serial++;
    this.#pickSerial++;
    this.#opened = null;
    this.#opening = null;
    this.#inView = null;
    this.#picked = null;
    if (hadLink) this.onLink(null);
  }

  /** The link's archive address, when the link changes (a shared view, Back): open or close to match. */
  follow(link: string | null): void {
    if (link && link !== this.#opened?.url) void this.openUrl(link);
    else if (!link && this.#opened?.url) this.close();
  }

  setShown(shown: boolean): void {
    this.#shown = shown;
  }

  /** From the map: what it draws of the archive in view. */
  viewed(inView: InView | null): void {
    this.#inView = inView;
  }

  /**
   * Reads an incident whole from the deepest tile holding its point. A point drawn from a
   * shallower tile is rounded to that tile's grid and may sit just over the edge of its deepest
   * tile: the neighbours are read too, nearest first, until one holds it.
   */
  async pick(id: string, lng: number, lat: number): Promise<void> {
    const opened = this.#opened;
    if (!opened) return;
    const serial = ++this.#pickSerial;
    const z = opened.summary.maxZoom; // the deepest zoom, where each incident is whole (the header's too)
    const [x, y] = tileOf(lng, lat, z);
    const around = [
      [0, 0],
      [1, 0],
      [-1, 0],
      [0, 1],
      [0, -1],
      [1, 1],
      [1, -1],
      [-1, 1],
      [-1, -1],
    ];
    let found: Incident | string | null = null;
    try {
      for (const [dx, dy] of around) {
        const tile = await opened.archive.getZxy(z, x + dx!, y + dy!);
        if (!tile) continue;
        found = incidentInTile(new Uint8Array(tile.data), ARCHIVE_LAYER, id, opened.name);
        if (found) break;
      }
    } catch (error) {
      found = m.tiles_error_unreadable({
        name: opened.name,
        reason: String((error as Error).message).slice(0, 160),
      });
    }
    if (opened !== this.#opened || serial !== this.#pickSerial) return;
    found ??= m.tiles_error_no_tile({ name: opened.name });
    this.#picked = typeof found === 'string' ? null : found;
    this.#pickError = typeof found === 'string' ? found : null;
  }

  unpick(): void {
    this.#pickSerial++;
    this.#picked = null;
    this.#pickError = null;
  }
}
