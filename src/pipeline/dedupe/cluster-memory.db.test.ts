/**
 * Workers keep the clusters in memory: one worker joins a cluster another opened after its copy
 * was loaded (caught up through the change sequence), and a cluster deleted behind a worker's
 * copy is never joined — the batch starts over on a fresh copy instead of failing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDatabase } from '../../../test/helpers/test-db.js';
import { upsertSource } from '../../db/queries/sources/upsert-source.js';
import type { RawMention } from '../../domain/mention.js';
import { unscoredEnricher } from '../enrich/enricher.js';
import { enqueueRawMentions } from '../enqueue-raw-mentions.js';
import { createPipelineWorker } from '../worker/pipeline-worker.js';

const COPY = 'mohon pemerintah segera menindak tegas pelaku penimbunan minyak goreng di pasar induk kota';
let t: TestDatabase;
let sourceId: number;

beforeAll(async () => {
  t = await openTestDb();
  sourceId = await upsertSource(t.db, { kind: 'test', platform: 'x', name: 'cluster memory test' });
});
afterAll(async () => t?.close());

function copies(from: number, to: number, text = COPY): RawMention[] {
  return Array.from({ length: to - from }, (_, i) => ({
    platform: 'x' as const, externalId: `copy-${from + i}`, url: null, publishedAt: new Date(Date.UTC(2026, 4, 1, 3, from + i)),
    author: { handle: `akun${from + i}`, name: null, followers: 10, type: 'citizen' as const },
    title: null, text: `${text} #${from + i}`, metrics: { likes: 1, replies: 0, shares: 0, views: null }, lang: null,
  }));
}

async function clusters(): Promise<{ id: number; mentions: number; authors: number }[]> {
  return (await t.db.query<{ id: number; mentions: number; authors: number }>('SELECT id, mentions, authors FROM mention_clusters ORDER BY id')).rows;
}

describe('cluster memory shared through the database', () => {
  it('joins a cluster another worker opened after this one loaded its copy', async () => {
    const a = createPipelineWorker(t.db, { enricher: unscoredEnricher });
    const b = createPipelineWorker(t.db, { enricher: unscoredEnricher });
    // B loads its (empty) copy with an unrelated post.
    await enqueueRawMentions(t.db, sourceId, copies(0, 1, 'cuaca hari ini cerah sekali di seluruh wilayah kota bandung dan sekitarnya'));
    expect(await b.drain()).toMatchObject({ stored: 1 });
    await enqueueRawMentions(t.db, sourceId, copies(1, 4));
    expect(await a.drain()).toMatchObject({ stored: 3 });
    expect(await clusters()).toMatchObject([{ mentions: 3, authors: 3 }]);
    await enqueueRawMentions(t.db, sourceId, copies(4, 6));
    expect(await b.drain()).toMatchObject({ stored: 2 });
    const [only] = await clusters();
    expect(await clusters()).toEqual([{ id: only!.id, mentions: 5, authors: 5 }]);
    const members = await t.db.query<{ n: number }>('SELECT count(*)::int8 AS n FROM mentions WHERE cluster_id = $1', [only!.id]);
    expect(members.rows[0]!.n).toBe(5);
  });

  it('opens a new cluster instead of joining one deleted behind its copy', async () => {
    const worker = createPipelineWorker(t.db, { enricher: unscoredEnricher });
    await enqueueRawMentions(t.db, sourceId, copies(6, 7));
    expect(await worker.drain()).toMatchObject({ stored: 1 });
    // What a demo re-seed does to the demo's clusters, outside any worker.
    await t.db.query('UPDATE mentions SET cluster_id = NULL');
    await t.db.query('DELETE FROM mention_clusters');
    await enqueueRawMentions(t.db, sourceId, copies(7, 9));
    expect(await worker.drain()).toMatchObject({ stored: 2, failed: 0 });
    const after = await clusters();
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ mentions: 2, authors: 2 });
    const failures = await t.db.query<{ n: number }>('SELECT count(*)::int8 AS n FROM pipeline_failures');
    expect(failures.rows[0]!.n).toBe(0);
  });
});
