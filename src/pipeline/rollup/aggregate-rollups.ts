/**
 * The roll-up stage's pure half: turns a batch of stored mentions into one row per rollup
 * key — hourly and daily (WIB days) mention counts, and daily per-account counts — sorted,
 * ready to be added in the same transaction as the mentions.
 */
import type { AuthorRollupRow } from '../../db/queries/pipeline/upsert-author-rollups.js';
import type { MentionRollupRow } from '../../db/queries/pipeline/upsert-mention-rollups.js';
import type { ProcessedMention } from '../process-raw-mention.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** WIB is UTC+7 all year (no daylight saving). */
const WIB_OFFSET = 7 * HOUR;

export function hourBucket(t: Date): Date {
  return new Date(Math.floor(t.getTime() / HOUR) * HOUR);
}

/** The UTC instant the WIB calendar day containing `t` starts. */
export function wibDayBucket(t: Date): Date {
  return new Date(Math.floor((t.getTime() + WIB_OFFSET) / DAY) * DAY - WIB_OFFSET);
}

export interface BatchRollups {
  hourly: MentionRollupRow[];
  daily: MentionRollupRow[];
  authors: AuthorRollupRow[];
}

export function aggregateRollups(mentions: readonly ProcessedMention[]): BatchRollups {
  return {
    hourly: aggregateMentions(mentions, hourBucket),
    daily: aggregateMentions(mentions, wibDayBucket),
    authors: aggregateAuthors(mentions),
  };
}

function aggregateMentions(mentions: readonly ProcessedMention[], bucketOf: (t: Date) => Date): MentionRollupRow[] {
  const rows = new Map<string, MentionRollupRow>();
  for (const m of mentions) {
    const bucket = bucketOf(m.publishedAt);
    const key = [bucket.getTime(), m.agencyId, m.issueId, m.platform, m.sentiment, m.provinceCode, m.regionCode, m.language, m.authorType].join('\u0001');
    let row = rows.get(key);
    if (!row) {
      row = {
        bucket, agencyId: m.agencyId, issueId: m.issueId, platform: m.platform, sentiment: m.sentiment,
        provinceCode: m.provinceCode, regionCode: m.regionCode, language: m.language, authorType: m.authorType,
        mentions: 0, reach: 0, engagement: 0, likes: 0, replies: 0, shares: 0, views: 0,
      };
      rows.set(key, row);
    }
    row.mentions++;
    row.reach += m.reach;
    row.engagement += m.engagement;
    row.likes += m.likes;
    row.replies += m.replies;
    row.shares += m.shares;
    row.views += m.views ?? 0;
  }
  return [...rows.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
}

function aggregateAuthors(mentions: readonly ProcessedMention[]): AuthorRollupRow[] {
  const rows = new Map<string, AuthorRollupRow>();
  for (const m of mentions) {
    if (!m.authorHandle) continue;
    const bucket = wibDayBucket(m.publishedAt);
    const key = [bucket.getTime(), m.agencyId, m.platform, m.authorHandle].join('\u0001');
    let row = rows.get(key);
    if (!row) {
      row = { bucket, agencyId: m.agencyId, platform: m.platform, authorHandle: m.authorHandle, authorType: m.authorType, maxFollowers: 0, mentions: 0, reach: 0, engagement: 0 };
      rows.set(key, row);
    }
    row.maxFollowers = Math.max(row.maxFollowers, m.authorFollowers ?? 0);
    row.mentions++;
    row.reach += m.reach;
    row.engagement += m.engagement;
  }
  return [...rows.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
}
