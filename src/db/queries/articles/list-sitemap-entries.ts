/** Published article addresses with their last change, newest first (sitemap.xml; at most `limit`). */
import type { Queryable } from '../../db.js';

export async function listSitemapEntries(db: Queryable, limit: number): Promise<{ agencySlug: string; slug: string; lastModified: Date }[]> {
  const { rows } = await db.query<{ agencySlug: string; slug: string; lastModified: Date }>(
    `/* listSitemapEntries */ SELECT g.slug AS "agencySlug", a.slug, greatest(a.updated_at, a.published_at) AS "lastModified"
       FROM articles a JOIN agencies g ON g.id = a.agency_id
      WHERE a.status = 'published' AND a.published_at <= now()
      ORDER BY a.published_at DESC, a.id DESC
      LIMIT $1`,
    [limit],
  );
  return rows;
}
