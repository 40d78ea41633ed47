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
    const { PMTiles, FileSource } = await import('pmtiles');
    const files = new FileSource(file);
    const key = `file-${++this.#serial}`;
    const source: Source = {
      getKey: () => key,
      getBytes: (offset, length) => files.getBytes(offset, length),
    };
    await this.#open(new PMTiles(source), file.name, null, key);
  }

  /** Opens an archive by address: http(s), or a path on this site (resolved against the page). */
  async openUrl(address: string): Promise<void> {
    const href = archiveHref(address, location.href);
    if (!href) return void (this.#error = m.tiles_error_address({ address: address.slice(0, 200) }));
    const { PMTiles, FetchSource } = await import('pmtiles');
    const path = href.split(/[?#]/)[0]!.replace(/\/+$/, '');
    const name = safeDecode(path.slice(path.lastIndexOf('/') + 1));
    ++this.#serial;
    await this.#open(new PMTiles(new FetchSource(href)), name, href, href);
  }

  async #open(archive: PMTiles, name: string, url: string | null, key: string): Promise<void> {
    const serial = this.#serial;
    this.#opening = name;
    this.#error = null;
    let problem: string | null = null;
    let summary: ArchiveSummary | string = '';
    let bounds: OpenedArchive['bounds'] = [0, 0, 0, 0];
    try {
      const header = await archive.getHeader();
      bounds = [header.minLon, header.minLat, header.maxLon, header.maxLat];
      if (header.tileType !== MVT) problem = m.tiles_error_not_vector({ name });
      else summary = readSummary(await archive.getMetadata());
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

  /** Reads an incident whole from the deepest tile holding its point. */
  async pick(id: string, lng: number, lat: number): Promise<void> {
    const opened = this.#opened;
    if (!opened) return;
    const z = opened.summary.maxZoom;
    const [x, y] = tileOf(lng, lat, z);
    let found: Incident | string;
    try {
      const tile = await opened.archive.getZxy(z, x, y);
      found = tile
        ? incidentInTile(new Uint8Array(tile.data), ARCHIVE_LAYER, id, opened.name)
        : m.tiles_error_no_tile({ name: opened.name });
    } catch (error) {
      found = m.tiles_error_unreadable({
        name: opened.name,
        reason: String((error as Error).message).slice(0, 160),
      });
    }
    if (opened !== this.#opened) return;
    this.#picked = typeof found === 'string' ? null : found;
    this.#pickError = typeof found === 'string' ? found : null;
  }

  unpick(): void {
    this.#picked = null;
    this.#pickError = null;
  }
}
