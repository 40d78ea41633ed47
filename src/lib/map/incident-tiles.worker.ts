/**
 * The incident tile worker: incident-tiles-core.ts behind messages from the page
 * (incident-tiles.ts). Messages are handled in order, so a tile asked for after a mask is
 * made from that mask.
 */
import { IncidentTileIndex } from './incident-tiles-core.ts';
import type { TileRequest, TileAnswer } from './incident-tiles.ts';

const index = new IncidentTileIndex();

function answer(request: TileRequest): TileAnswer | null {
  switch (request.kind) {
    case 'columns':
      index.load(request.columns);
      return null;
    case 'mask':
      index.show(request.mask, request.v, request.badge);
      return null;
    case 'badge':
      index.relabel(request.v, request.badge);
      return null;
    case 'tile': {
      const { bytes, v } = index.tile(request.z, request.x, request.y);
      // A view of a larger buffer would send the whole buffer: copy just the bytes.
      const data = bytes ? (bytes.slice().buffer as ArrayBuffer) : new ArrayBuffer(0);
      return { id: request.id, data, v };
    }
    case 'cluster':
      return { id: request.id, cluster: index.cluster(request.clusterId, request.v) };
    case 'features':
      return { id: request.id, features: index.features() };
  }
}

self.onmessage = (e: MessageEvent<TileRequest>) => {
  const reply = answer(e.data);
  if (reply && 'data' in reply) self.postMessage(reply, { transfer: [reply.data] });
  else if (reply) self.postMessage(reply);
};
