/**
 * The claim order (migration 0550): items queued in the same minute are claimed oldest
 * publication first — a backfill is processed in time order — while an item queued in a later
 * minute waits for the earlier minute's items however old it is (first in, first out across
 * minutes, so a backfill queued after live items does not overtake them).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDatabase } from '../../../../test/helpers/test-db.js';
import type { RawMention } from '../../../domain/mention.js';
import { enqueueRawMentions } from '../../../pipeline/enqueue-raw-mentions.js';
import { upsertSource } from '../sources/upsert-source.js';
import { claimQueueBatch, type QueueCursor } from './claim-queue-batch.js';

let t: TestDatabase;
let sourceId: number;

beforeAll(async () => {
  t = await openTestDb();
  sourceId = await upsertSource(t.db, { kind: 'test', platform: 'x', name: 'claim order test' });
});
afterAll(async () => t?.close());

const item = (externalId: string, day: number): RawMention => ({
  platform: 'x', externalId, url: null, publishedAt: new Date(Date.UTC(2026, 10, day, 3)),
  author: { handle: 'akun', name: null, followers: 10, type: 'citizen' }, title: null, text: `kabar ${externalId}`,
  metrics: { likes: 0, replies: 0, shares: 0, views: null }, lang: null,
});

describe('claiming queued items', () => {
  it('takes a minute’s items oldest first, and later minutes after earlier ones', async () => {
    await enqueueRawMentions(t.db, sourceId, [item('rabu', 25), item('senin', 23), item('selasa', 24)]);
    // Queued "a minute later" (the slot is the enqueue minute), and older than everything else.
    await enqueueRawMentions(t.db, sourceId, [item('minggu-lalu', 16)]);
    await t.db.query(`UPDATE pipeline_queue SET claim_slot = claim_slot + 1 WHERE external_id = 'minggu-lalu'`);

    const claimed: string[][] = [];
    for (const size of [2, 2]) {
      await t.db.transaction(async (tx) => {
        claimed.push((await claimQueueBatch(tx, size)).map((r) => r.external_id));
      });
    }
    expect(claimed).toEqual([['senin', 'selasa'], ['rabu', 'minggu-lalu']]);
    expect((await t.db.query('SELECT count(*)::int AS n FROM pipeline_queue')).rows[0]).toEqual({ n: 0 });
  });

  it('continues after its last claim, and comes back for items left behind once it reaches the end', async () => {
    await enqueueRawMentions(t.db, sourceId, [1, 2, 3, 4, 5, 6].map((day) => item(`hari-${day}`, day)));
    const cursor: QueueCursor = { after: null };
    const claim = (size: number) => t.db.transaction(async (tx) => (await claimQueueBatch(tx, size, undefined, cursor)).map((r) => r.external_id));
    expect(await claim(2)).toEqual(['hari-1', 'hari-2']);
    // A batch that fails puts its items back: behind the cursor.
    const failed = new Error('batch failed');
    await expect(
      t.db.transaction(async (tx) => {
        expect((await claimQueueBatch(tx, 2, undefined, cursor)).map((r) => r.external_id)).toEqual(['hari-3', 'hari-4']);
        throw failed;
      }),
    ).rejects.toBe(failed);
    expect(await claim(1)).toEqual(['hari-5']);
    // Reaching the end, the same claim goes on from the front.
    expect(await claim(3)).toEqual(['hari-3', 'hari-4', 'hari-6']);
    expect(await claim(3)).toEqual([]);
  });
});
