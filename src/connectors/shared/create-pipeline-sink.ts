/**
 * The production IngestSink. The pipeline's entry point (`enqueueRawMentions`) lives on another
 * branch; until it is merged this sink refuses clearly instead of pretending to store anything.
 * MERGE: replace the body with `(sourceId, items) => enqueueRawMentions(db, sourceId, items)`.
 */
import type { Db } from '../../db/db.js';
import { AppError } from '../../lib/app-error.js';
import type { IngestSink } from './ingest-sink.js';

export function createPipelineSink(_db: Db): IngestSink {
  return async () => {
    throw new AppError('unavailable', 'the listening pipeline is not installed in this build; use --dry-run to check an import');
  };
}
