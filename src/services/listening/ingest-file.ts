/**
 * `humas ingest file <path|url> --format …`: reads a native API export (file, folder, or an
 * endpoint with a bearer token) or a mapped CSV/JSONL file, then hands every valid item to the
 * pipeline in one call — all or nothing — and reports the records it skipped.
 */
import path from 'node:path';
import type { Db } from '../../db/db.js';
import type { Platform } from '../../domain/mention.js';
import type { FetchPolicy } from '../../connectors/http/safe-fetch.js';
import { fetchImportPages } from '../../connectors/imports/fetch-import-pages.js';
import { DEFAULT_TOKEN_ENV, isPageFormat, type ImportFormat } from '../../connectors/imports/import-formats.js';
import { readImportPath } from '../../connectors/imports/read-import-path.js';
import { summarizeBatch, type ImportBatch } from '../../connectors/shared/import-report.js';
import type { IngestSink } from '../../connectors/shared/ingest-sink.js';
import type { ColumnMapping } from '../../connectors/tabular/column-mapping.js';
import { AppError } from '../../lib/app-error.js';
import type { IngestReport } from './ingest-report.js';
import { findNamedSource, resolveImportSource } from './resolve-import-source.js';

export interface IngestFileInput {
  target: string;
  format: ImportFormat;
  mapping: ColumnMapping;
  sourceName?: string | undefined;
  /** Platform the source is filed under (items keep the platform their record says). */
  platform: Platform;
  tokenEnv?: string | undefined;
  isInternal: boolean;
  maxPages: number;
  method?: 'GET' | 'POST' | undefined;
  body?: Record<string, unknown> | undefined;
}

export async function ingestFile(
  db: Db,
  sink: IngestSink | null,
  input: IngestFileInput,
  deps: { env: Record<string, string | undefined>; fetch?: Omit<FetchPolicy, 'allowPrivate'> },
): Promise<IngestReport> {
  const isUrl = /^https?:\/\//i.test(input.target);
  const name = input.sourceName ?? (isUrl ? new URL(input.target).origin + new URL(input.target).pathname : `file:${path.basename(input.target)}`);
  const known = sink ? await findNamedSource(db, name) : null;
  let batch: ImportBatch;
  if (isUrl) {
    if (!isPageFormat(input.format)) throw new AppError('validation_failed', `--format ${input.format} reads files only; give a path`);
    const tokenEnv = input.tokenEnv ?? DEFAULT_TOKEN_ENV[input.format];
    const token = deps.env[tokenEnv] ?? null;
    if (!token) throw new AppError('validation_failed', `set the bearer token in the environment variable ${tokenEnv}`);
    batch = await fetchImportPages(
      input.format,
      { url: input.target, method: input.method ?? (input.format === 'tiktok' ? 'POST' : 'GET'), ...(input.body ? { body: input.body } : {}), token, maxPages: input.maxPages },
      { ...deps.fetch, allowPrivate: input.isInternal || (known?.isInternal ?? false) },
    );
  } else {
    batch = await readImportPath(input.target, input.format, input.mapping);
  }
  const source = sink ? await resolveImportSource(db, { name, platform: input.platform, url: isUrl ? input.target : null }) : null;
  const stored = sink && source && batch.items.length > 0 ? await sink(source.id, batch.items) : { accepted: 0, duplicates: 0, refused: 0 };
  return { source: source ? { id: source.id, name: source.name } : null, ...summarizeBatch(batch), ...stored, dryRun: sink === null };
}
