/**
 * Reads the labelled sentiment and language data under `../shared/data` for training and
 * evaluation scripts. Never used at inference: the analyzer ships weights, not data.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SENTIMENT_LABELS, type SentimentLabel } from '../sentiment-label.js';
import { parseCsv } from './parse-csv.js';

export interface LabelledText {
  text: string;
  label: SentimentLabel;
}

/**
 * The shared training data folder: `HUMAS_SHARED_DATA` if set, else `../shared/data` beside
 * the repo. (Not HUMAS_DATA_DIR: that is where the embedded database lives.)
 */
export function getDataDir(): string {
  const fromEnv = process.env['HUMAS_SHARED_DATA'];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
  return path.resolve(repoRoot, '../shared/data');
}

function toLabel(value: string, where: string): SentimentLabel {
  const label = value.trim();
  if ((SENTIMENT_LABELS as readonly string[]).includes(label)) return label as SentimentLabel;
  throw new Error(`unknown label "${label}" in ${where}`);
}

/** SmSA TSV (no header, `text<TAB>label`): split is `train_decontam` or `valid_decontam`. */
export function readSmsa(split: 'train_decontam' | 'valid_decontam'): LabelledText[] {
  const file = path.join(getDataDir(), 'sentiment/smsa', `${split}.tsv`);
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const tab = line.lastIndexOf('\t');
      return { text: line.slice(0, tab), label: toLabel(line.slice(tab + 1), `${file}:${i + 1}`) };
    });
}

function readNusaxFile(file: string): LabelledText[] {
  const rows = parseCsv(readFileSync(file, 'utf8'));
  const header = rows[0] ?? [];
  const textAt = header.indexOf('text');
  const labelAt = header.indexOf('label');
  return rows.slice(1).map((row, i) => ({
    text: row[textAt] ?? '',
    label: toLabel(row[labelAt] ?? '', `${file}:${i + 2}`),
  }));
}

/** NusaX Indonesian sentiment (`train` or `valid`). */
export function readNusaxIndonesian(split: 'train' | 'valid'): LabelledText[] {
  return readNusaxFile(path.join(getDataDir(), 'sentiment/nusax_ind', `${split}.csv`));
}

/** NusaX translations in one language folder (`javanese`, `english`, …). */
export function readNusaxLanguage(folder: string, split: 'train' | 'valid'): LabelledText[] {
  return readNusaxFile(path.join(getDataDir(), 'language/nusax', folder, `${split}.csv`));
}
