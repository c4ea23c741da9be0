/**
 * The store-mentions bench's bulk store: mentions and their de-duplication keys with COPY,
 * inside the caller's transaction (the pipeline stores through its own queries). Callers
 * guarantee the (source, external id) pairs are new.
 */
import type { Tx } from '../../src/db/db.js';
import { allocateMentionIds } from './allocate-mention-ids.js';

export interface MentionCopyRow {
  publishedAt: Date;
  sourceId: number;
  externalId: string;
  platform: string;
  url: string | null;
  authorHandle: string | null;
  authorName: string | null;
  authorType: string;
  authorFollowers: number | null;
  text: string;
  language: string | null;
  hashtags: readonly string[];
  likes: number;
  replies: number;
  shares: number;
  views: number | null;
  reach: number;
  engagement: number;
  agencyId: number | null;
  regionCode: string | null;
  provinceCode: string | null;
  sentiment: string | null;
  sentimentScore: number | null;
  modelVersion: string | null;
  clusterId: number | null;
  piiCounts: Record<string, number> | null;
}

export const MENTION_COLUMNS = [
  'id', 'published_at', 'source_id', 'external_id', 'platform', 'url', 'author_handle', 'author_name', 'author_type',
  'author_followers', 'text', 'language', 'hashtags', 'likes', 'replies', 'shares', 'views', 'reach', 'engagement',
  'agency_id', 'region_code', 'province_code', 'sentiment', 'sentiment_score', 'model_version', 'cluster_id', 'pii_counts',
] as const;

export async function copyMentions(tx: Tx, mentions: readonly MentionCopyRow[]): Promise<number[]> {
  const ids = await allocateMentionIds(tx, mentions.length);
  await tx.copyRows(
    'mentions',
    MENTION_COLUMNS,
    mentions.map((m, i) => [
      ids[i], m.publishedAt, m.sourceId, m.externalId, m.platform, m.url, m.authorHandle, m.authorName, m.authorType,
      m.authorFollowers, m.text, m.language, m.hashtags, m.likes, m.replies, m.shares, m.views, m.reach, m.engagement,
      m.agencyId, m.regionCode, m.provinceCode, m.sentiment, m.sentimentScore, m.modelVersion, m.clusterId, m.piiCounts,
    ]),
  );
  await tx.copyRows(
    'mention_keys',
    ['source_id', 'external_id', 'mention_id', 'published_at'],
    mentions.map((m, i) => [m.sourceId, m.externalId, ids[i], m.publishedAt]),
  );
  return ids;
}
