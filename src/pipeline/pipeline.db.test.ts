import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDatabase } from '../../test/helpers/test-db.js';
import { upsertSource } from '../db/queries/sources/upsert-source.js';
import { upsertIssue } from '../db/queries/pipeline/upsert-issue.js';
import { rebuildRollups } from '../db/queries/pipeline/rebuild-rollups.js';
import { generateDemoMentions } from '../demo/generate-demo-mentions.js';
import { DEMO_TRACKED_ISSUES } from '../demo/demo-tracked-issues.js';
import type { RawMention } from '../domain/mention.js';
import { createAnalyzer } from '../nlp/index.js';
import { isCampaign } from './dedupe/campaign-rule.js';
import { enqueueRawMentions } from './enqueue-raw-mentions.js';
import { createPipelineWorker } from './worker/pipeline-worker.js';

let t: TestDatabase;
let sourceId: number;

// Every key column is selected and ordered on, so rows that differ only by region compare in a fixed order.
const ROLLUP_SNAPSHOT = `SELECT 'h' AS t, bucket, agency_id, issue_id, platform, sentiment, province_code, region_code, language, author_type,
         mentions, reach, engagement, likes, replies, shares, views
  FROM mention_rollups_hourly UNION ALL
  SELECT 'd', bucket, agency_id, issue_id, platform, sentiment, province_code, region_code, language, author_type,
         mentions, reach, engagement, likes, replies, shares, views
  FROM mention_rollups_daily ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10`;

beforeAll(async () => {
  t = await openTestDb();
  sourceId = await upsertSource(t.db, { kind: 'test', platform: 'x', name: 'pipeline test' });
  for (const issue of DEMO_TRACKED_ISSUES) await upsertIssue(t.db, issue);
});

afterAll(async () => {
  await t?.close();
});

function item(n: number, text: string, at = '2026-05-01T03:00:00Z'): RawMention {
  return {
    platform: 'x', externalId: `ext-${n}`, url: null, publishedAt: new Date(at),
    author: { handle: `warga${n}`, name: null, followers: 100 + n, type: 'citizen' },
    title: null, text, metrics: { likes: n, replies: 1, shares: 0, views: 1000 }, lang: null,
  };
}

describe('listening pipeline', () => {
  it('stores redacted, enriched mentions with rollups in step, and the same batch twice changes nothing', async () => {
    const batch = [
      item(1, 'bansos belum cair, NIK saya 3273015208900001 hubungi 0812-3456-7890 #BansosCair'),
      item(2, 'jalan rusak parah di depan rumah, kapan diperbaiki @dinaspupr'),
      item(3, 'cuaca cerah hari ini 😊', '2026-05-01T05:10:00Z'),
    ];
    const first = await enqueueRawMentions(t.db, sourceId, batch);
    expect(first).toMatchObject({ queued: 3, duplicates: 0, rejected: 0 });
    // Queued twice before the worker ran: the queue refuses the copies.
    expect(await enqueueRawMentions(t.db, sourceId, batch)).toMatchObject({ queued: 0, duplicates: 3 });
    const worker = createPipelineWorker(t.db, { batchSize: 2 });
    expect(await worker.drain()).toMatchObject({ stored: 3, duplicates: 0 });
    const mentionsAfterFirst = (await t.db.query('SELECT external_id, text, pii_counts, hashtags, issue_id, model_version, sentiment FROM mentions ORDER BY external_id')).rows;
    const rollupsAfterFirst = (await t.db.query(ROLLUP_SNAPSHOT)).rows;

    // After storing: the mention keys refuse them too, and a drain stores nothing new.
    expect(await enqueueRawMentions(t.db, sourceId, batch)).toMatchObject({ queued: 0, duplicates: 3 });
    expect(await worker.drain()).toMatchObject({ stored: 0 });
    expect((await t.db.query('SELECT external_id, text, pii_counts, hashtags, issue_id, model_version, sentiment FROM mentions ORDER BY external_id')).rows).toEqual(mentionsAfterFirst);
    expect((await t.db.query(ROLLUP_SNAPSHOT)).rows).toEqual(rollupsAfterFirst);

    const stored = mentionsAfterFirst[0] as { text: string; pii_counts: unknown; hashtags: string[]; issue_id: number | null; model_version: string; sentiment: string | null };
    expect(stored.text).toBe('bansos belum cair, NIK saya [NIK] hubungi [TELEPON] #BansosCair');
    expect(stored.pii_counts).toEqual({ NIK: 1, TELEPON: 1 });
    expect(stored.hashtags).toEqual(['bansoscair']);
    expect(stored.issue_id).not.toBeNull();
    // Enriched by the NLP analyzer: a complaint about unpaid aid reads negative, and the row
    // records which model said so.
    expect(stored).toMatchObject({ model_version: createAnalyzer().modelVersion, sentiment: 'negative' });
    expect((await t.db.query('SELECT count(*)::int AS n FROM pipeline_queue')).rows[0]).toEqual({ n: 0 });
  });

  it('rejects invalid items one by one with a message naming the field', async () => {
    const bad = { ...item(10, 'ok'), publishedAt: new Date('2099-01-01') };
    const empty = { ...item(11, '   '), title: null };
    const result = await enqueueRawMentions(t.db, sourceId, [bad, empty, item(12, 'baik')]);
    expect(result).toMatchObject({ queued: 1, rejected: 2 });
    expect(result.items[0]).toMatchObject({ status: 'rejected', message: 'publishedAt: is more than a day in the future' });
    expect(result.items[1]).toMatchObject({ status: 'rejected', message: 'text: text and title are both empty' });
    await createPipelineWorker(t.db).drain();
  });

  it('groups the demo copy-paste campaigns into one cluster each (precision and recall printed)', async () => {
    const demo = [...generateDemoMentions({ count: 10_000, end: new Date('2026-06-01T00:00:00Z'), seed: 'dedupe-eval' })];
    const demoSource = await upsertSource(t.db, { kind: 'test', platform: 'x', name: 'demo campaigns' });
    for (let i = 0; i < demo.length; i += 2500) await enqueueRawMentions(t.db, demoSource, demo.slice(i, i + 2500).map((d) => d.item));
    await createPipelineWorker(t.db).drain();
    const { rows } = await t.db.query<{ external_id: string; cluster_id: number | null; authors: number | null; spread_hours: number | null }>(
      `SELECT m.external_id, m.cluster_id, c.authors, c.spread_hours FROM mentions m
       LEFT JOIN mention_clusters c ON c.id = m.cluster_id WHERE m.source_id = $1`,
      [demoSource],
    );
    const byId = new Map(rows.map((r) => [r.external_id, r]));
    const predicted = new Map<number, string[]>();
    const planted = new Map<string, number>();
    for (const d of demo) {
      const truth = d.truth.campaignId ?? 'organic';
      if (d.truth.campaignId) planted.set(truth, (planted.get(truth) ?? 0) + 1);
      const r = byId.get(d.item.externalId)!;
      if (r.cluster_id !== null && isCampaign({ authors: r.authors ?? 0, spreadHours: r.spread_hours })) {
        predicted.set(r.cluster_id, [...(predicted.get(r.cluster_id) ?? []), truth]);
      }
    }
    // Pairwise: two posts grouped together are right when they belong to the same planted campaign.
    const pairs = (n: number) => (n * (n - 1)) / 2;
    let predictedPairs = 0;
    let correctPairs = 0;
    for (const labels of predicted.values()) {
      predictedPairs += pairs(labels.length);
      const counts = new Map<string, number>();
      for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
      for (const [l, c] of counts) if (l !== 'organic') correctPairs += pairs(c);
    }
    const truePairs = [...planted.values()].reduce((s, n) => s + pairs(n), 0);
    const precision = correctPairs / predictedPairs;
    const recall = correctPairs / truePairs;
    console.log(
      `campaign grouping on ${demo.length} demo mentions (${t.backend}): ${planted.size} planted campaigns (${[...planted.values()].join(', ')} posts), ` +
        `${predicted.size} campaign clusters; pairwise precision ${(100 * precision).toFixed(1)}%, recall ${(100 * recall).toFixed(1)}%`,
    );
    expect(precision).toBeGreaterThan(0.9);
    expect(recall).toBeGreaterThan(0.9);
  }, 180_000);

  const DERIVED_FACETS = `SELECT facet, national, bucket, agency_id, value, mentions, reach, engagement, positive, neutral, negative`;

  it('keeps incremental rollups equal to a full recount', async () => {
    const incremental = (await t.db.query(ROLLUP_SNAPSHOT)).rows;
    const authorsBefore = (await t.db.query('SELECT * FROM mention_author_rollups_daily ORDER BY bucket, agency_id, platform, author_handle')).rows;
    // The tables derived from the rollups in the same statements (facets, national account-days) as well.
    const derived = async () => ({
      facets: (await t.db.query(`${DERIVED_FACETS} FROM mention_facets_hourly UNION ALL ${DERIVED_FACETS} FROM mention_facets_daily ORDER BY 1, 2, 3, 4, 5, 6`)).rows,
      national: (await t.db.query('SELECT * FROM mention_author_national_daily WHERE mentions <> 0 ORDER BY bucket, platform, author_handle')).rows,
    });
    const derivedBefore = await derived();
    expect(derivedBefore.facets.length).toBeGreaterThan(0);
    await t.db.transaction((tx) => rebuildRollups(tx));
    expect((await t.db.query(ROLLUP_SNAPSHOT)).rows).toEqual(incremental);
    const authorsAfter = (await t.db.query('SELECT * FROM mention_author_rollups_daily ORDER BY bucket, agency_id, platform, author_handle')).rows;
    expect(authorsAfter).toEqual(authorsBefore);
    expect(await derived()).toEqual(derivedBefore);
    const { rows } = await t.db.query<{ m: number; r: number }>('SELECT (SELECT count(*) FROM mentions)::int AS m, (SELECT sum(mentions) FROM mention_rollups_hourly)::int AS r');
    expect(rows[0]!.r).toBe(rows[0]!.m);
  }, 60_000);
});
