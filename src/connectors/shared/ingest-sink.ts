/**
 * The port through which every connector hands items to the listening pipeline. Connectors
 * depend on this type only; the pipeline's `enqueueRawMentions(db, sourceId, items)` implements
 * it (see create-pipeline-sink.ts). A call is all-or-nothing: the sink stores the whole batch or
 * throws, so a failed import leaves nothing half-imported.
 */
import type { RawMention } from '../../domain/mention.js';

export interface IngestResult {
  /** New items taken into the pipeline. */
  accepted: number;
  /** Items already known for this source (same external id). */
  duplicates: number;
  /** Items the pipeline refused after the connector's own checks (e.g. dated in the future). */
  refused: number;
}

export type IngestSink = (sourceId: number, items: RawMention[]) => Promise<IngestResult>;
