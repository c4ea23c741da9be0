/**
 * A test stand-in for the pipeline's ingestion entry point: it keeps every item it is given and
 * counts repeats of (source, external id) as duplicates, as the real one will. Tests only.
 */
import type { RawMention } from '../../src/domain/mention.js';
import type { IngestSink } from '../../src/connectors/shared/ingest-sink.js';

export interface CollectingSink {
  sink: IngestSink;
  stored: Map<string, RawMention>;
  calls: number;
  /** Makes the next calls fail, to test that a failed store leaves nothing recorded. */
  failing: boolean;
}

export function createCollectingSink(): CollectingSink {
  const state: CollectingSink = {
    stored: new Map(),
    calls: 0,
    failing: false,
    sink: async (sourceId, items) => {
      state.calls++;
      if (state.failing) throw new Error('sink down');
      let accepted = 0;
      for (const item of items) {
        const key = `${sourceId}:${item.externalId}`;
        if (state.stored.has(key)) continue;
        state.stored.set(key, item);
        accepted++;
      }
      return { accepted, duplicates: items.length - accepted };
    },
  };
  return state;
}
