/**
 * The production IngestSink: hands a connector's batch to the listening pipeline's queue in
 * one transaction, so a failure stores nothing and the connector can retry the whole batch.
 */
import type { Db } from '../../db/db.js';
import { enqueueRawMentions } from '../../pipeline/enqueue-raw-mentions.js';
import type { IngestSink } from './ingest-sink.js';

export function createPipelineSink(db: Db): IngestSink {
  return (sourceId, items) =>
    db.transaction(async (tx) => {
      const result = await enqueueRawMentions(tx, sourceId, items);
      return { accepted: result.queued, duplicates: result.duplicates, refused: result.rejected };
    });
}
