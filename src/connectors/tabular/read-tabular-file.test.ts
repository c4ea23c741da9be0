import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAPPING, parseMappingOption } from './column-mapping.js';
import { readCsvText, readJsonlText } from './read-tabular-file.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const text = (name: string) => fs.readFileSync(path.join(fixtures, name), 'utf8');

describe('CSV with a column mapping', () => {
  const mapping = parseMappingOption(path.join(fixtures, 'monitoring-export.mapping.json'));
  const batch = readCsvText(text('monitoring-export.csv'), mapping, 'export.csv');

  it('maps the renamed columns, quoted and multi-line cells and thousand separators', () => {
    expect(batch.items.map((i) => i.externalId)).toEqual(['ig-001', 'fb-002', 'web-003']);
    expect(batch.items[0]).toMatchObject({
      platform: 'instagram',
      text: 'Pelayanan samsat keliling hari ini ramai, antre "panjang" tapi tertib',
      author: { handle: 'warga.ok', name: 'Warga OK', followers: 1250 },
      metrics: { likes: 88, replies: 12, shares: 3, views: null },
    });
    expect(batch.items[0]!.publishedAt.toISOString()).toBe('2026-11-27T07:05:00.000Z');
    expect(batch.items[1]!.text).toBe('Terima kasih Dinas PU, jalan\ndi kampung kami sudah mulus');
    expect(batch.items[1]!.author.followers).toBeNull();
    expect(batch.items[1]!.metrics).toEqual({ likes: 1020, replies: 41, shares: 7, views: 15000 });
    expect(batch.items[2]).toMatchObject({ platform: 'web', url: 'https://forum.example.id/t/3' });
    expect(batch.items[2]!.publishedAt.toISOString()).toBe('2026-11-27T03:00:00.000Z');
  });

  it('rejects bad rows naming the user’s column', () => {
    expect(batch.rejected.map((r) => [r.at, r.reason.split(':')[0]])).toEqual([
      ['export.csv row 4', 'tanggal'],
      ['export.csv row 5', 'post_id'],
      ['export.csv row 6', 'platform'],
      ['export.csv row 7', 'suka'],
    ]);
  });
});

describe('CSV problems that stop the import', () => {
  it('refuses a file whose columns do not match the mapping, naming them', () => {
    expect(() => readCsvText('post;isi;tgl\n1;halo;2026-11-27\n', DEFAULT_MAPPING, 'x.csv')).toThrow(
      'x.csv: no column "id", "text", "published_at"; the columns are "post", "isi", "tgl" (see --mapping)',
    );
  });

  it('reads semicolon-separated exports from Indonesian spreadsheets', () => {
    const batch = readCsvText('id;text;published_at;likes\n1;halo warga;27/11/2026 10:00;1.234\n', DEFAULT_MAPPING, 'x.csv');
    expect(batch.items[0]).toMatchObject({ externalId: '1', text: 'halo warga', metrics: { likes: 1234 } });
  });
});

describe('JSONL with the default mapping', () => {
  it('reads good lines and reports each bad one', () => {
    const batch = readJsonlText(text('mentions.jsonl'), DEFAULT_MAPPING, 'm.jsonl');
    expect(batch.items.map((i) => [i.externalId, i.platform])).toEqual([
      ['n-1', 'news'],
      ['7441234567890123456', 'tiktok'],
    ]);
    expect(batch.items[1]!.publishedAt.toISOString()).toBe('2026-11-27T07:05:00.000Z');
    expect(batch.items[1]!.metrics).toEqual({ likes: 900, replies: 0, shares: 0, views: 12000, saves: 40 });
    expect(batch.rejected).toEqual([
      { at: 'm.jsonl line 3', reason: expect.stringMatching(/^text: /) },
      { at: 'm.jsonl line 4', reason: 'not valid JSON' },
      { at: 'm.jsonl line 5', reason: 'not a JSON object' },
      { at: 'm.jsonl line 6', reason: expect.stringMatching(/^author_type: /) },
    ]);
  });
});

describe('parseMappingOption', () => {
  it('reads inline field=column pairs', () => {
    expect(parseMappingOption('externalId=post_id,text=isi')).toMatchObject({ externalId: 'post_id', text: 'isi', publishedAt: 'published_at' });
  });

  it('rejects unknown fields and malformed pairs', () => {
    expect(() => parseMappingOption('body=isi')).toThrow(/--mapping/);
    expect(() => parseMappingOption('externalId')).toThrow('--mapping: "externalId" is not field=column');
  });
});
