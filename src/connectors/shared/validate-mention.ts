/** Runs the final RawMention check and files the item as valid or rejected. */
import type { RawMention } from '../../domain/mention.js';
import type { ImportBatch } from './import-report.js';
import { MAX_TEXT_LENGTH, ZRawMention } from './raw-mention-schema.js';
import { zodReason } from './zod-reason.js';

export function addMention(batch: ImportBatch, at: string, mention: RawMention): void {
  // Over-long text is cut, not rejected: the start of a long article is still a mention.
  const candidate = mention.text.length > MAX_TEXT_LENGTH ? { ...mention, text: mention.text.slice(0, MAX_TEXT_LENGTH) } : mention;
  const checked = ZRawMention.safeParse(candidate);
  if (checked.success) batch.items.push(checked.data);
  else batch.rejected.push({ at, reason: zodReason(checked.error) });
}
