/** The shape every social importer has: one native API response page in, mentions and a next-page cursor out. */
import { z } from 'zod';
import { AppError } from '../../lib/app-error.js';
import type { ImportBatch } from './import-report.js';

export interface PageRead {
  batch: ImportBatch;
  /** The platform's cursor for the next page (token, cursor or URL), or null on the last page. */
  next: string | null;
}

/** Reads one response page; throws AppError('unprocessable') when the document is not such a page at all. */
export type PageReader = (doc: unknown, at: string) => PageRead;

export function notThisFormat(at: string, what: string): AppError {
  return new AppError('unprocessable', `${at}: not ${what}`);
}

/** Counts that platforms send as numbers or numeric strings; anything else is invalid. */
export function toCount(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
  if (typeof value === 'string' && /^\d{1,15}$/.test(value)) return Number(value);
  return undefined;
}

/** A non-negative count, as a number or a numeric string (Graph and TikTok send both). */
export const ZCount = z.union([z.number().int().min(0), z.string().regex(/^\d{1,15}$/, 'must be a count').transform(Number)]);
