import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../lib/app-error.js';
import { ZRawMention } from '../../pipeline/raw-mention-schema.js';
import { DEFAULT_MAPPING } from '../tabular/column-mapping.js';
import { readCsvText, readJsonlText } from '../tabular/read-tabular-file.js';
import { readWordpressPosts } from '../wordpress/read-wordpress-posts.js';
import { IMPORT_FORMATS, PAGE_READERS, type PageFormat } from './import-formats.js';
import { readPages } from './read-import-path.js';
import type { ImportBatch } from '../shared/import-report.js';

/** Every item that comes out is a valid RawMention; a refusal is an AppError; nothing else may happen. */
function expectSound(run: () => ImportBatch): void {
  const started = performance.now();
  try {
    const batch = run();
    for (const item of batch.items) expect(ZRawMention.safeParse(item).success).toBe(true);
    for (const r of batch.rejected) expect(typeof r.reason).toBe('string');
  } catch (error) {
    if (!isAppError(error)) throw error;
  }
  expect(performance.now() - started).toBeLessThan(2000);
}

const pageFormats = IMPORT_FORMATS.filter((f): f is PageFormat => f in PAGE_READERS);

/** JSON shaped like the platforms' pages, with values of every type in every field. */
const value = fc.oneof(fc.string({ maxLength: 30 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant('2026-11-27T07:05:00Z'), fc.constant(1795763100));
const record = fc.dictionary(
  fc.constantFrom('id', 'text', 'message', 'caption', 'created_at', 'created_time', 'timestamp', 'create_time', 'public_metrics', 'like_count', 'comments_count', 'snippet', 'video_description', 'author_id', 'username', 'media_type', 'permalink_url', 'date_gmt', 'title', 'content'),
  fc.oneof(value, fc.dictionary(fc.constantFrom('like_count', 'reply_count', 'retweet_count', 'quote_count', 'rendered', 'textOriginal', 'likeCount', 'publishedAt', 'topLevelComment', 'totalReplyCount'), value)),
  { maxKeys: 8 },
);
const page = fc.oneof(
  fc.record({ data: fc.array(record, { maxLength: 5 }), includes: fc.record({ users: fc.array(record, { maxLength: 3 }) }), meta: fc.dictionary(fc.constantFrom('next_token', 'result_count'), value) }, { requiredKeys: [] }),
  fc.record({ data: fc.record({ videos: fc.array(record, { maxLength: 5 }), comments: fc.array(record, { maxLength: 5 }), cursor: value, has_more: fc.boolean() }, { requiredKeys: [] }), error: fc.record({ code: fc.constantFrom('ok', 'x') }) }, { requiredKeys: [] }),
  fc.record({ items: fc.array(fc.record({ id: value, snippet: record, replies: fc.record({ comments: fc.array(record) }) }, { requiredKeys: [] }), { maxLength: 5 }), nextPageToken: value }, { requiredKeys: [] }),
  fc.anything({ maxDepth: 3 }),
);

describe('social importers never throw unexpectedly and never hang', { timeout: 60_000 }, () => {
  it('on platform-shaped JSON with wrong types anywhere', () => {
    fc.assert(
      fc.property(fc.constantFrom(...pageFormats), page, (format, doc) => {
        expectSound(() => PAGE_READERS[format](doc, 'page').batch);
        expectSound(() => readWordpressPosts(Array.isArray(doc) ? doc : [doc], 'wp', { platform: 'portal', siteUrl: null }));
      }),
      { numRuns: 500 },
    );
  });

  it('on arbitrary text read as files of each format', () => {
    fc.assert(
      fc.property(fc.constantFrom(...IMPORT_FORMATS), fc.oneof(fc.string({ maxLength: 2000 }), fc.uint8Array({ maxLength: 2000 }).map((b) => Buffer.from(b).toString('latin1'))), fc.boolean(), (format, text, lines) => {
        if (format === 'csv') expectSound(() => readCsvText(text, DEFAULT_MAPPING, 'f.csv'));
        else if (format === 'jsonl') expectSound(() => readJsonlText(text, DEFAULT_MAPPING, 'f.jsonl'));
        else expectSound(() => readPages(text, format, 'f.json', lines));
      }),
      { numRuns: 500 },
    );
  });

  it('on JSON lines of random records through the generic mapping', () => {
    fc.assert(
      fc.property(fc.array(fc.dictionary(fc.constantFrom('id', 'text', 'published_at', 'platform', 'likes', 'views', 'author_type', 'url'), value), { maxLength: 10 }), (rows) => {
        expectSound(() => readJsonlText(rows.map((r) => JSON.stringify(r)).join('\n'), DEFAULT_MAPPING, 'r.jsonl'));
      }),
      { numRuns: 300 },
    );
  });
});
