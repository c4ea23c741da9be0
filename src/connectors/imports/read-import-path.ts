/**
 * Reads an import from a file or a folder of files. Everything is read and checked before any
 * item is handed on, so a file that is not what `--format` says stops the whole import with
 * nothing imported; single bad records inside a good file are skipped and reported.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../lib/app-error.js';
import { emptyBatch, mergeBatches, type ImportBatch } from '../shared/import-report.js';
import { parseJsonKeepingBigIds } from '../shared/parse-json-keeping-big-ids.js';
import type { ColumnMapping } from '../tabular/column-mapping.js';
import { PAGE_READERS, ROW_READERS, isPageFormat, type ImportFormat, type PageFormat } from './import-formats.js';

/** Per file and in total: big enough for real exports, small enough to hold in memory. */
export const MAX_IMPORT_FILE_BYTES = 256 * 1024 * 1024;
const EXTENSIONS = new Set(['.json', '.jsonl', '.ndjson', '.csv']);

export async function readImportPath(target: string, format: ImportFormat, mapping: ColumnMapping): Promise<ImportBatch> {
  const stat = await fs.stat(target).catch(() => null);
  if (!stat) throw new AppError('not_found', `no such file or folder: ${target}`);
  const files = stat.isDirectory() ? await listImportFiles(target) : [target];
  if (files.length === 0) throw new AppError('validation_failed', `no .json, .jsonl, .ndjson or .csv files in ${target}`);
  let total = 0;
  const batches: ImportBatch[] = [];
  for (const file of files) {
    const size = (await fs.stat(file)).size;
    total += size;
    if (size > MAX_IMPORT_FILE_BYTES || total > MAX_IMPORT_FILE_BYTES) {
      throw new AppError('payload_too_large', `import larger than ${MAX_IMPORT_FILE_BYTES / 1024 / 1024} MiB; split it`);
    }
    const text = stripBom(await fs.readFile(file, 'utf8'));
    const name = path.basename(file);
    batches.push(isPageFormat(format) ? readPages(text, format, name, /\.(jsonl|ndjson)$/i.test(file)) : ROW_READERS[format](text, mapping, name));
  }
  return mergeBatches(batches);
}

async function listImportFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && EXTENSIONS.has(path.extname(e.name).toLowerCase()))
    .map((e) => path.join(dir, e.name))
    .sort();
}

/** A file holds one response page, an array of pages, or (JSONL) one page per line. */
export function readPages(text: string, format: PageFormat, name: string, isLines: boolean): ImportBatch {
  const reader = PAGE_READERS[format];
  if (isLines) {
    const batch = emptyBatch();
    const parts: ImportBatch[] = [batch];
    text.split(/\r?\n/).forEach((line, i) => {
      if (line.trim() === '') return;
      let doc: unknown;
      try {
        doc = parseJsonKeepingBigIds(line);
      } catch {
        return void batch.rejected.push({ at: `${name} line ${i + 1}`, reason: 'not valid JSON' });
      }
      parts.push(reader(doc, `${name} line ${i + 1}`).batch);
    });
    return mergeBatches(parts);
  }
  let doc: unknown;
  try {
    doc = parseJsonKeepingBigIds(text);
  } catch {
    throw new AppError('unprocessable', `${name}: not valid JSON`);
  }
  const pages = Array.isArray(doc) ? doc : [doc];
  return mergeBatches(pages.map((page, i) => reader(page, Array.isArray(doc) ? `${name}[${i}]` : name).batch));
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
