/** What is wrong with a compact payload (payload.ts, payload-rows.ts), in the reader's words. */
export class PayloadError extends Error {
  override name = 'PayloadError';
}
