/**
 * Runs the pipeline's own input check on each item a connector produced and files it as
 * valid or rejected, so an import reports bad records before anything is queued.
 */
import type { RawMention } from '../../domain/mention.js';
import { MAX_TEXT_LENGTH, ZRawMention } from '../../pipeline/raw-mention-schema.js';
import type { ImportBatch } from './import-report.js';
import { zodReason } from './zod-reason.js';

export function addMention(batch: ImportBatch, at: string, mention: RawMention): void {
  // Over-long text is cut, not rejected: the start of a long article is still a mention.
  const candidate = mention.text.length > MAX_TEXT_LENGTH ? { ...mention, text: mention.text.slice(0, MAX_TEXT_LENGTH) } : mention;
  const checked = ZRawMention.safeParse(candidate);
  if (checked.success) batch.items.push(checked.data as RawMention);
  else batch.rejected.push({ at, reason: zodReason(checked.error) });
}
