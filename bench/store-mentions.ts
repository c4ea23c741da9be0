/**
 * Storing demo mentions: the store path (COPY of mentions + de-duplication keys in 5,000-row
 * transactions) against a plain multi-row INSERT of the same rows, on PGlite and PostgreSQL.
 * Usage: node bin/run-ts.js bench/store-mentions.ts [--rows N]
 */
import { copyMentions, MENTION_COLUMNS, type MentionCopyRow } from './lib/copy-mentions.js';
import { allocateMentionIds } from './lib/allocate-mention-ids.js';
import { upsertSource } from '../src/db/queries/sources/upsert-source.js';
import { generateDemoMentions } from '../src/demo/generate-demo-mentions.js';
import { computeEngagement, computeReach } from '../src/domain/metrics.js';
import { openBenchPglite, openBenchPostgres, printTable, type BenchDb } from './lib/bench-db.js';

const rowsArg = process.argv.indexOf('--rows');
const ROWS = rowsArg > 0 ? Number(process.argv[rowsArg + 1]) : 200_000;
const CHUNK = 5000;

function buildRows(sourceId: number): MentionCopyRow[] {
  const end = new Date('2026-11-28T00:00:00Z');
  return [...generateDemoMentions({ count: ROWS, end })].map(({ item }) => ({
    publishedAt: item.publishedAt,
    sourceId,
    externalId: item.externalId,
    platform: item.platform,
    url: item.url,
    authorHandle: item.author.handle,
    authorName: item.author.name,
    authorType: item.author.type,
    authorFollowers: item.author.followers,
    text: item.text,
    language: null,
    hashtags: [],
    likes: item.metrics.likes,
    replies: item.metrics.replies,
    shares: item.metrics.shares,
    views: item.metrics.views,
    reach: computeReach(item),
    engagement: computeEngagement(item),
    agencyId: null,
    regionCode: null,
    provinceCode: null,
    sentiment: null,
    sentimentScore: null,
    modelVersion: null,
    clusterId: null,
    piiCounts: null,
  }));
}

async function reset(target: BenchDb): Promise<void> {
  await target.db.query('TRUNCATE mention_keys, mentions');
}

async function storeByCopy(target: BenchDb, rows: MentionCopyRow[]): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < rows.length; i += CHUNK) {
    await target.db.transaction((tx) => copyMentions(tx, rows.slice(i, i + CHUNK)).then(() => undefined));
  }
  return performance.now() - started;
}

/** The baseline: the same rows and keys with multi-row INSERT statements, 1,000 rows each. */
async function storeByInsert(target: BenchDb, rows: MentionCopyRow[]): Promise<number> {
  const started = performance.now();
  const perStatement = 1000;
  for (let i = 0; i < rows.length; i += CHUNK) {
    await target.db.transaction(async (tx) => {
      const chunk = rows.slice(i, i + CHUNK);
      const ids = await allocateMentionIds(tx, chunk.length);
      for (let j = 0; j < chunk.length; j += perStatement) {
        const part = chunk.slice(j, j + perStatement);
        const params: unknown[] = [];
        const tuples = part.map((m, k) => {
          const values = [ids[j + k], m.publishedAt, m.sourceId, m.externalId, m.platform, m.url, m.authorHandle, m.authorName, m.authorType,
            m.authorFollowers, m.text, m.language, m.hashtags, m.likes, m.replies, m.shares, m.views, m.reach, m.engagement,
            m.agencyId, m.regionCode, m.provinceCode, m.sentiment, m.sentimentScore, m.modelVersion, m.clusterId, m.piiCounts];
          const start = params.length;
          params.push(...values);
          return `(${values.map((_, v) => `$${start + v + 1}`).join(',')})`;
        });
        await tx.query(`INSERT INTO mentions (${MENTION_COLUMNS.join(',')}) VALUES ${tuples.join(',')}`, params);
        const keyParams: unknown[] = [];
        const keyTuples = part.map((m, k) => {
          keyParams.push(m.sourceId, m.externalId, ids[j + k], m.publishedAt);
          const b = keyParams.length - 4;
          return `($${b + 1},$${b + 2},$${b + 3},$${b + 4})`;
        });
        await tx.query(`INSERT INTO mention_keys (source_id, external_id, mention_id, published_at) VALUES ${keyTuples.join(',')}`, keyParams);
      }
    });
  }
  return performance.now() - started;
}

/** Each method runs on its own fresh database, so neither inherits the other's table bloat. */
async function measure(open: () => Promise<BenchDb>, method: typeof storeByCopy): Promise<{ name: string; ms: number }> {
  const target = await open();
  try {
    const sourceId = await upsertSource(target.db, { kind: 'bench', platform: 'x', name: 'bench' });
    const rows = buildRows(sourceId);
    await method(target, rows.slice(0, 10_000)); // warm-up
    await reset(target);
    return { name: target.name, ms: await method(target, rows) };
  } finally {
    await target.close();
  }
}

const results: (string | number)[][] = [];
for (const open of [openBenchPglite, openBenchPostgres]) {
  const insert = await measure(open, storeByInsert);
  const copy = await measure(open, storeByCopy);
  const insertRate = Math.round(ROWS / (insert.ms / 1000));
  const copyRate = Math.round(ROWS / (copy.ms / 1000));
  results.push([insert.name, ROWS, insertRate, copyRate, `${(copyRate / insertRate).toFixed(2)}×`]);
}
printTable(
  `Storing demo mentions (${ROWS.toLocaleString('en-US')} rows, mentions + de-dup keys, 5,000-row transactions)`,
  ['backend', 'rows', 'baseline INSERT rows/s', 'store path (COPY) rows/s', 'store / baseline'],
  results,
);
