/**
 * The explorer's page cursor: the sort and the last row's keys, as opaque base64url JSON.
 * A cursor from another sort order is refused rather than silently misread.
 */
import { z } from 'zod';
import type { MentionCursor, MentionRow, MentionSort } from '../../../db/queries/explorer/search-mentions.js';
import { AppError } from '../../../lib/app-error.js';

const ZCursor = z.object({
  s: z.enum(['time', 'reach', 'engagement']),
  v: z.number().int().nonnegative().optional(),
  t: z.iso.datetime(),
  i: z.number().int().positive(),
});

export function encodeCursor(sort: MentionSort, row: Pick<MentionRow, 'id' | 'publishedAt' | 'reach' | 'engagement'>): string {
  const value = sort === 'reach' ? row.reach : sort === 'engagement' ? row.engagement : undefined;
  return Buffer.from(JSON.stringify({ s: sort, v: value, t: new Date(row.publishedAt).toISOString(), i: row.id })).toString('base64url');
}

export function decodeCursor(sort: MentionSort, cursor: string): MentionCursor {
  let parsed: z.infer<typeof ZCursor>;
  try {
    parsed = ZCursor.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw new AppError('validation_failed', 'The page cursor is not valid; start again from the first page.');
  }
  if (parsed.s !== sort) throw new AppError('validation_failed', 'The page cursor belongs to another sort order; start again from the first page.');
  if (sort !== 'time' && parsed.v === undefined) throw new AppError('validation_failed', 'The page cursor is not valid; start again from the first page.');
  return { value: parsed.v, publishedAt: new Date(parsed.t), id: parsed.i };
}
