/**
 * An article's combined reach: owned (portal reads, reactions, comments, share clicks from
 * article_engagement_daily) plus pick-ups — mentions published within 30 days after the
 * article whose URL, links or text contain the article's portal path
 * (`/berita/<agency slug>/<article slug>`), split into news and social. Portal comments are
 * owned engagement already and are not counted as pick-ups. The 30-day window keeps the scan
 * bounded (mentions_published_idx).
 */
import type { Queryable } from '../../db.js';

export interface ArticleReach {
  articleId: number;
  agencyId: number;
  title: string;
  path: string;
  publishedAt: Date | null;
  owned: { reads: number; reactions: number; comments: number; shareClicks: number };
  news: { mentions: number; reach: number; engagement: number };
  social: { mentions: number; reach: number; engagement: number };
}

export const PICKUP_WINDOW_DAYS = 30;

export async function getArticleReach(db: Queryable, articleId: number): Promise<ArticleReach | null> {
  const { rows } = await db.query<{
    agency_id: number; title: string; path: string; published_at: Date | null;
    reads: number; reactions: number; comments: number; share_clicks: number;
    news_mentions: number; news_reach: number; news_engagement: number;
    social_mentions: number; social_reach: number; social_engagement: number;
  }>(
    `/* getArticleReach */ WITH a AS (
        SELECT a.id, a.agency_id, a.title, a.published_at, '/berita/' || g.slug || '/' || a.slug AS path,
               -- Slugs are [a-z0-9-] only (CHECK constraints), so the path is a literal regex;
               -- the path must end there ('/berita/x/bansos' is not '/berita/x/bansos-2').
               '/berita/' || g.slug || '/' || a.slug || '($|[^a-z0-9-])' AS pattern
          FROM articles a JOIN agencies g ON g.id = a.agency_id WHERE a.id = $1
      ), owned AS (
        SELECT coalesce(sum(reads), 0) AS reads, coalesce(sum(reactions), 0) AS reactions,
               coalesce(sum(comments), 0) AS comments, coalesce(sum(share_clicks), 0) AS share_clicks
          FROM article_engagement_daily WHERE article_id = $1
      ), picks AS (
        SELECT m.platform, m.reach, m.engagement FROM mentions m, a
         WHERE a.published_at IS NOT NULL
           AND m.published_at >= a.published_at AND m.published_at < a.published_at + make_interval(days => $2)
           AND m.platform <> 'portal'
           AND (coalesce(m.url, '') ~ a.pattern OR m.text ~ a.pattern OR EXISTS (SELECT 1 FROM unnest(m.links) l WHERE l ~ a.pattern))
      )
      SELECT a.agency_id, a.title, a.path, a.published_at, owned.*,
             (SELECT count(*) FROM picks WHERE platform = 'news') AS news_mentions,
             (SELECT coalesce(sum(reach), 0) FROM picks WHERE platform = 'news') AS news_reach,
             (SELECT coalesce(sum(engagement), 0) FROM picks WHERE platform = 'news') AS news_engagement,
             (SELECT count(*) FROM picks WHERE platform <> 'news') AS social_mentions,
             (SELECT coalesce(sum(reach), 0) FROM picks WHERE platform <> 'news') AS social_reach,
             (SELECT coalesce(sum(engagement), 0) FROM picks WHERE platform <> 'news') AS social_engagement
        FROM a, owned`,
    [articleId, PICKUP_WINDOW_DAYS],
  );
  const r = rows[0];
  if (!r) return null;
  return {
    articleId,
    agencyId: Number(r.agency_id),
    title: r.title,
    path: r.path,
    publishedAt: r.published_at,
    owned: { reads: r.reads, reactions: r.reactions, comments: r.comments, shareClicks: r.share_clicks },
    news: { mentions: r.news_mentions, reach: r.news_reach, engagement: r.news_engagement },
    social: { mentions: r.social_mentions, reach: r.social_reach, engagement: r.social_engagement },
  };
}
