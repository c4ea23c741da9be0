/** The formats `humas ingest file` reads, each with its reader: native API pages, or mapped rows. */
import { readMetaPage } from '../meta/read-meta-page.js';
import type { PageReader } from '../shared/page-reader.js';
import type { ImportBatch } from '../shared/import-report.js';
import type { ColumnMapping } from '../tabular/column-mapping.js';
import { readCsvText, readJsonlText } from '../tabular/read-tabular-file.js';
import { readTiktokPage } from '../tiktok/read-tiktok-page.js';
import { readXPage } from '../x/read-x-page.js';
import { readYoutubePage } from '../youtube/read-youtube-page.js';

export const IMPORT_FORMATS = ['x-v2', 'meta', 'youtube', 'tiktok', 'csv', 'jsonl'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
export type PageFormat = Exclude<ImportFormat, 'csv' | 'jsonl'>;

export const PAGE_READERS: Record<PageFormat, PageReader> = {
  'x-v2': readXPage,
  meta: readMetaPage,
  youtube: readYoutubePage,
  tiktok: readTiktokPage,
};

export const ROW_READERS: Record<'csv' | 'jsonl', (text: string, mapping: ColumnMapping, at: string) => ImportBatch> = {
  csv: readCsvText,
  jsonl: readJsonlText,
};

export function isPageFormat(format: ImportFormat): format is PageFormat {
  return format in PAGE_READERS;
}

/** Where each platform's bearer token is read from unless the source names another variable. */
export const DEFAULT_TOKEN_ENV: Record<PageFormat, string> = {
  'x-v2': 'HUMAS_X_TOKEN',
  meta: 'HUMAS_META_TOKEN',
  youtube: 'HUMAS_YOUTUBE_TOKEN',
  tiktok: 'HUMAS_TIKTOK_TOKEN',
};
