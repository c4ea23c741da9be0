/** Bulk-stores processed mentions (ids already taken with their keys) with COPY. */
import type { Tx } from '../../db.js';
import type { ProcessedMention } from '../../../pipeline/process-raw-mention.js';

const COLUMNS = [
  'id', 'published_at', 'source_id', 'external_id', 'platform', 'url', 'author_handle', 'author_name', 'author_type',
  'author_followers', 'title', 'text', 'language', 'hashtags', 'mentioned_handles', 'links', 'emojis', 'likes', 'replies',
  'shares', 'views', 'reach', 'engagement', 'agency_id', 'issue_id', 'region_code', 'province_code', 'sentiment',
  'sentiment_score', 'model_version', 'cluster_id', 'pii_counts', 'pipeline_version',
] as const;

export async function copyPipelineMentions(
  tx: Tx,
  rows: readonly { id: number; clusterId: number | null; mention: ProcessedMention }[],
): Promise<number> {
  return tx.copyRows(
    'mentions',
    COLUMNS,
    rows.map(({ id, clusterId, mention: m }) => [
      id, m.publishedAt, m.sourceId, m.externalId, m.platform, m.url, m.authorHandle, m.authorName, m.authorType,
      m.authorFollowers, m.title, m.text, m.language, m.hashtags, m.handles, m.links, m.emojis, m.likes, m.replies,
      m.shares, m.views, m.reach, m.engagement, m.agencyId, m.issueId, m.regionCode, m.provinceCode, m.sentiment,
      m.sentimentScore, m.modelVersion, clusterId, m.piiCounts, m.pipelineVersion,
    ]),
  );
}
