/** One agency by its public slug (portal agency pages), with its comment pre-moderation setting. */
import type { Queryable } from '../../db.js';

export interface PortalAgency {
  id: number;
  slug: string;
  name: string;
  abbreviation: string;
  website: string | null;
  commentsPremoderated: boolean | null;
}

export async function findAgencyBySlug(db: Queryable, slug: string): Promise<PortalAgency | null> {
  const { rows } = await db.query<PortalAgency>(
    `/* findAgencyBySlug */ SELECT id, slug, name, abbreviation, website, comments_premoderated AS "commentsPremoderated"
       FROM agencies WHERE slug = $1`,
    [slug],
  );
  return rows[0] ? { ...rows[0], id: Number(rows[0].id) } : null;
}
