/** A new draft from the newsroom (body_html already sanitised); revision 1 is written beside it. */
import type { Queryable } from '../../db.js';

export interface ArticleContent {
  slug: string;
  title: string;
  summary: string;
  bodySource: string;
  bodyHtml: string;
  bodyText: string;
  tags: readonly string[];
  topic: string | null;
}

export async function createArticle(db: Queryable, agencyId: number, authorUserId: number | null, content: ArticleContent): Promise<number> {
  const { rows } = await db.query<{ id: number }>(
    `/* createArticle */
     INSERT INTO articles (agency_id, slug, title, summary, body_source, body_html, body_text, tags, topic, author_user_id, status, revision_no)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'draft', 1)
     RETURNING id`,
    [agencyId, content.slug, content.title, content.summary, content.bodySource, content.bodyHtml, content.bodyText, content.tags, content.topic, authorUserId],
  );
  return Number(rows[0]!.id);
}
