/**
 * Adds buffered read and share-click deltas in one statement per table: read_count on the
 * article and the WIB-day row of article_engagement_daily. Adding (never setting) makes it
 * safe for many processes to flush at once. Articles deleted since the reads are skipped.
 */
import type { Queryable } from '../../db.js';

export interface EngagementDelta {
  articleId: number;
  day: string;
  reads: number;
  shareClicks: number;
}

export async function addEngagementDeltas(db: Queryable, deltas: readonly EngagementDelta[]): Promise<void> {
  if (deltas.length === 0) return;
  const ids = deltas.map((d) => d.articleId);
  const days = deltas.map((d) => d.day);
  const reads = deltas.map((d) => d.reads);
  const shares = deltas.map((d) => d.shareClicks);
  await db.query(
    `/* addEngagementDeltas:articles */ UPDATE articles a SET read_count = a.read_count + d.reads
       FROM (SELECT id, sum(reads)::int8 AS reads FROM unnest($1::int8[], $2::int8[]) AS x(id, reads) GROUP BY id) d
      WHERE a.id = d.id AND d.reads > 0`,
    [ids, reads],
  );
  await db.query(
    `/* addEngagementDeltas:daily */ INSERT INTO article_engagement_daily (article_id, day, reads, share_clicks)
     SELECT x.id, x.day, x.reads, x.shares
       FROM unnest($1::int8[], $2::date[], $3::int8[], $4::int8[]) AS x(id, day, reads, shares)
       JOIN articles a ON a.id = x.id
     ON CONFLICT (article_id, day) DO UPDATE SET
       reads = article_engagement_daily.reads + EXCLUDED.reads,
       share_clicks = article_engagement_daily.share_clicks + EXCLUDED.share_clicks`,
    [ids, days, reads, shares],
  );
}
