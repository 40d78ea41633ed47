/**
 * A text kept deflated until something reads it: the store's search text (43 MB at 100k), which
 * only a text search needs. `text` inflates and decodes it at once; `warm()` does the same in
 * pieces on the browser's streams, so that a search box being focused can have it ready before
 * the first word is typed, with no long task.
 */
import { inflateSync } from 'fflate';

export class DeflatedText {
  #bytes: Uint8Array | null;
  #text: string | null = null;
  #warming: Promise<void> | null = null;
  /** `check` throws if the text is not what the payload said (its length). */
  constructor(
    bytes: Uint8Array,
    private readonly check: (text: string) => void,
  ) {
    this.#bytes = bytes;
  }

  get ready(): boolean {
    return this.#text !== null;
  }

  get text(): string {
    if (this.#text === null)
      this.#keep(new TextDecoder('utf-8', { ignoreBOM: true }).decode(inflateSync(this.#bytes!)));
    return this.#text!;
  }

  /** Makes `text` ready without holding the page; resolves at once if it is. */
  warm(): Promise<void> {
    if (this.#text !== null || typeof DecompressionStream === 'undefined') return Promise.resolve();
    return (this.#warming ??= this.#stream().catch(() => {
      // Left to `text`, which reads the same bytes and throws what is wrong where it is used.
      this.#warming = null;
    }));
  }

  async #stream(): Promise<void> {
    const pieces: string[] = [];
    const reader = new Blob([this.#bytes! as Uint8Array<ArrayBuffer>])
      .stream()
      .pipeThrough(new DecompressionStream('deflate-raw'))
      .pipeThrough(new TextDecoderStream('utf-8', { ignoreBOM: true }))
      .getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      pieces.push(value);
    }
    if (this.#text === null) this.#keep(pieces.join(''));
  }

  #keep(text: string): void {
    this.check(text);
    this.#text = text;
    this.#bytes = null;
  }
}
