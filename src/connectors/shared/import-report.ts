/**
 * What an import found: the items it could read and, for records it had to skip, how many and
 * why. Reasons name the record and the field, never its content (no personal data in reports).
 */
import type { RawMention } from '../../domain/mention.js';

export interface Rejection {
  /** Where the record was: "data[3]", "row 12", "file.json items[0]". */
  at: string;
  reason: string;
}

export interface ImportBatch {
  items: RawMention[];
  rejected: Rejection[];
}

export interface ImportSummary {
  read: number;
  valid: number;
  rejected: number;
  /** Count per reason, with the record position stripped so equal reasons add up. */
  reasons: Record<string, number>;
  /** The first few rejections with their positions, to find them in the file. */
  examples: Rejection[];
}

const MAX_EXAMPLES = 10;

export function emptyBatch(): ImportBatch {
  return { items: [], rejected: [] };
}

export function mergeBatches(batches: readonly ImportBatch[]): ImportBatch {
  return { items: batches.flatMap((b) => b.items), rejected: batches.flatMap((b) => b.rejected) };
}

export function summarizeBatch(batch: ImportBatch): ImportSummary {
  const reasons: Record<string, number> = {};
  for (const r of batch.rejected) reasons[r.reason] = (reasons[r.reason] ?? 0) + 1;
  return {
    read: batch.items.length + batch.rejected.length,
    valid: batch.items.length,
    rejected: batch.rejected.length,
    reasons,
    examples: batch.rejected.slice(0, MAX_EXAMPLES),
  };
}
