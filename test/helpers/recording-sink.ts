/**
 * The real pipeline sink (items go into the pipeline's queue in the test database), plus a
 * record of what it queued and a switch that simulates the database being unavailable, so
 * connector tests can assert on what reached the pipeline and on failure handling.
 */
import type { IngestSink } from '../../src/connectors/shared/ingest-sink.js';
import type { Db } from '../../src/db/db.js';
import type { RawMention } from '../../src/domain/mention.js';
import { enqueueRawMentions } from '../../src/pipeline/enqueue-raw-mentions.js';

export interface RecordingSink {
  sink: IngestSink;
  /** Items the pipeline queued, keyed `${sourceId}:${externalId}`, in arrival order. */
  stored: Map<string, RawMention>;
  calls: number;
  /** While true, calls fail before reaching the database (an outage). */
  failing: boolean;
}

export function createRecordingSink(db: Db): RecordingSink {
  const state: RecordingSink = {
    stored: new Map(),
    calls: 0,
    failing: false,
    // Same transaction boundary as createPipelineSink; per-item results feed the record.
    sink: (sourceId, items) => {
      state.calls++;
      if (state.failing) return Promise.reject(new Error('database unavailable'));
      return db.transaction(async (tx) => {
        const result = await enqueueRawMentions(tx, sourceId, items);
        for (const item of result.items) {
          if (item.status === 'queued') state.stored.set(`${sourceId}:${item.externalId}`, items[item.index]!);
        }
        return { accepted: result.queued, duplicates: result.duplicates, refused: result.rejected };
      });
    },
  };
  return state;
}
