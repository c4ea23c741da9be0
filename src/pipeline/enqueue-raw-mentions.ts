/**
 * THE way items enter the listening pipeline: connectors, the webhook and the demo seed all
 * call `enqueueRawMentions`. Each item is validated (zod); valid ones are queued unless the
 * same (source, external id) is already queued or stored. Pass a transaction to queue items
 * atomically with other work (a connector's cursor, a job's progress).
 */
import type { Queryable } from '../db/db.js';
import { enqueueQueueItems } from '../db/queries/pipeline/enqueue-queue-items.js';
import type { RawMention } from '../domain/mention.js';
import { parseRawMention } from './raw-mention-schema.js';

export type EnqueueItemStatus = 'queued' | 'duplicate' | 'rejected';

export interface EnqueueItemResult {
  index: number;
  externalId: string | null;
  status: EnqueueItemStatus;
  /** Why an item was rejected ("publishedAt: is more than a day in the future"). */
  message?: string;
}

export interface EnqueueResult {
  queued: number;
  duplicates: number;
  rejected: number;
  /** One entry per input item, in input order. */
  items: EnqueueItemResult[];
}

const CHUNK = 2000;

export async function enqueueRawMentions(db: Queryable, sourceId: number, items: readonly RawMention[]): Promise<EnqueueResult> {
  const results: EnqueueItemResult[] = [];
  const valid: { index: number; externalId: string; payload: string; publishedAt: Date }[] = [];
  const seen = new Set<string>();
  items.forEach((value, index) => {
    const parsed = parseRawMention(value);
    const externalId = typeof (value as { externalId?: unknown })?.externalId === 'string' ? (value as RawMention).externalId : null;
    if (!parsed.ok) {
      results[index] = { index, externalId, status: 'rejected', message: parsed.message };
      return;
    }
    const item = parsed.item;
    if (seen.has(item.externalId)) {
      results[index] = { index, externalId: item.externalId, status: 'duplicate' };
      return;
    }
    seen.add(item.externalId);
    valid.push({ index, externalId: item.externalId, payload: JSON.stringify(item), publishedAt: item.publishedAt });
  });
  for (let i = 0; i < valid.length; i += CHUNK) {
    const chunk = valid.slice(i, i + CHUNK);
    const queued = await enqueueQueueItems(db, sourceId, chunk);
    for (const v of chunk) {
      results[v.index] = { index: v.index, externalId: v.externalId, status: queued.has(v.externalId) ? 'queued' : 'duplicate' };
    }
  }
  return {
    queued: results.filter((r) => r.status === 'queued').length,
    duplicates: results.filter((r) => r.status === 'duplicate').length,
    rejected: results.filter((r) => r.status === 'rejected').length,
    items: results,
  };
}
