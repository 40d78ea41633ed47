/**
 * A payload read and assembled in one call, as the page does in two (the payload's worker reads,
 * the page assembles: state/payload-thread.ts): for tests of what a payload holds or refuses.
 */
import { assemblePayload, readPayload, type ReadPayload } from '../payload.ts';

export function decodePayload(buffer: ArrayBuffer, { verify = true } = {}): ReadPayload {
  return assemblePayload(readPayload(buffer, { verify }));
}
