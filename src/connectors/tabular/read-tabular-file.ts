/**
 * Generic CSV and JSONL exports: one record per row or line, mapped through a ColumnMapping.
 * A malformed row or line is rejected with its number and skipped; the rest import.
 * Reach and engagement follow the mapped columns exactly as the domain defines them.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { z } from 'zod';
import { AUTHOR_TYPES, PLATFORMS } from '../../domain/mention.js';
import { AppError } from '../../lib/app-error.js';
import { parseFeedDate } from '../feeds/parse-feed-date.js';
import { emptyBatch, type ImportBatch } from '../shared/import-report.js';
import { parseJsonKeepingBigIds } from '../shared/parse-json-keeping-big-ids.js';
import { addMention } from '../shared/validate-mention.js';
import { zodReason } from '../shared/zod-reason.js';
import type { ColumnMapping } from './column-mapping.js';

type Row = Record<string, unknown>;

/** Without these columns no row can become a mention: the mapping, not the rows, is wrong. */
const REQUIRED = ['externalId', 'text', 'publishedAt'] as const;

export function readCsvText(text: string, mapping: ColumnMapping, at: string): ImportBatch {
  const batch = emptyBatch();
  let header: string[] = [];
  const rows: Row[] = parseCsv(text, {
    columns: (names: string[]) => (header = names.map((h) => h.trim())),
    // Spreadsheets set to Indonesian use ";" because "," is the decimal separator.
    delimiter: [',', ';', '\t'],
    bom: true,
    skip_empty_lines: true,
    relax_column_count: true,
    relax_quotes: true,
    trim: false,
    skip_records_with_error: true,
    on_skip: (error: { lines?: number; code?: string } | undefined) => {
      batch.rejected.push({ at: `${at} line ${error?.lines ?? '?'}`, reason: `unreadable CSV row (${error?.code ?? 'error'})` });
    },
  });
  const missing = REQUIRED.map((field) => mapping[field]).filter((name) => rows.length > 0 && !header.includes(name));
  if (missing.length > 0) {
    throw new AppError('validation_failed', `${at}: no column ${missing.map((m) => `"${m}"`).join(', ')}; the columns are ${header.slice(0, 30).map((h) => `"${h}"`).join(', ')} (see --mapping)`);
  }
  // Header is line 1, so data row i sits on line i + 2 (when no row spans several lines).
  rows.forEach((row, i) => addRow(batch, row, mapping, `${at} row ${i + 1}`));
  return batch;
}

export function readJsonlText(text: string, mapping: ColumnMapping, at: string): ImportBatch {
  const batch = emptyBatch();
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `${at} line ${i + 1}`;
    let value: unknown;
    try {
      value = parseJsonKeepingBigIds(line);
    } catch {
      return void batch.rejected.push({ at: where, reason: 'not valid JSON' });
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return void batch.rejected.push({ at: where, reason: 'not a JSON object' });
    addRow(batch, value as Row, mapping, where);
  });
  return batch;
}

const optionalCount = z.preprocess(
  (v) => (v === '' || v === null || v === undefined ? undefined : typeof v === 'string' ? v.replace(/[.,\s](?=\d{3}\b)/g, '') : v),
  z.union([z.number().int().min(0), z.string().regex(/^\d{1,15}$/, 'must be a whole number').transform(Number)]).optional(),
);
const optionalText = z.preprocess((v) => (v === '' || v === null ? undefined : typeof v === 'number' ? String(v) : v), z.string().optional());

const ZMapped = z.object({
  externalId: z.preprocess((v) => (typeof v === 'number' ? String(v) : v), z.string().trim().min(1, 'is empty')),
  text: z.string().min(1, 'is empty'),
  publishedAt: z.union([z.string(), z.number()]),
  url: optionalText,
  title: optionalText,
  authorHandle: optionalText,
  authorName: optionalText,
  authorFollowers: optionalCount,
  authorType: z.preprocess((v) => (v === '' || v === null ? undefined : v), z.enum(AUTHOR_TYPES).optional()),
  likes: optionalCount,
  replies: optionalCount,
  shares: optionalCount,
  views: optionalCount,
  quotes: optionalCount,
  saves: optionalCount,
  lang: optionalText,
  platform: z.preprocess((v) => (v === '' || v === null ? undefined : v), z.enum(PLATFORMS).optional()),
});

function addRow(batch: ImportBatch, row: Row, mapping: ColumnMapping, where: string): void {
  const picked = Object.fromEntries(
    (Object.keys(ZMapped.shape) as (keyof typeof ZMapped.shape)[]).map((field) => [field, row[mapping[field]]]),
  );
  const parsed = ZMapped.safeParse(picked);
  if (!parsed.success) {
    // Report the column name the user knows, not our field name.
    const issue = parsed.error.issues[0]!;
    const field = issue.path[0] as keyof typeof ZMapped.shape | undefined;
    return void batch.rejected.push({ at: where, reason: field ? `${mapping[field]}: ${issue.message}` : zodReason(parsed.error) });
  }
  const r = parsed.data;
  const publishedAt = typeof r.publishedAt === 'number' ? new Date(r.publishedAt * (r.publishedAt < 1e11 ? 1000 : 1)) : parseFeedDate(r.publishedAt);
  if (!publishedAt) return void batch.rejected.push({ at: where, reason: `${mapping.publishedAt}: not a date` });
  addMention(batch, where, {
    platform: r.platform ?? mapping.defaultPlatform,
    externalId: r.externalId,
    url: r.url ?? null,
    publishedAt,
    author: { handle: r.authorHandle ?? null, name: r.authorName ?? null, followers: r.authorFollowers ?? null, type: r.authorType ?? 'unknown' },
    title: r.title ?? null,
    text: r.text,
    metrics: {
      likes: r.likes ?? 0,
      replies: r.replies ?? 0,
      shares: r.shares ?? 0,
      views: r.views ?? null,
      ...(r.quotes !== undefined ? { quotes: r.quotes } : {}),
      ...(r.saves !== undefined ? { saves: r.saves } : {}),
    },
    lang: r.lang ?? null,
  });
}
