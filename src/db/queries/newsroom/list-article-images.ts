/** An article's uploaded images with the widths available, for the editor's image list. */
import type { Queryable } from '../../db.js';

export interface ArticleImageRow {
  publicKey: string;
  altText: string;
  width: number;
  height: number;
  widths: number[];
}

export async function listArticleImages(db: Queryable, articleId: number): Promise<ArticleImageRow[]> {
  const { rows } = await db.query<ArticleImageRow>(
    `/* listArticleImages */
     SELECT i.public_key AS "publicKey", i.alt_text AS "altText", i.width, i.height,
            array(SELECT v.width::int8 FROM article_image_variants v WHERE v.image_id = i.id ORDER BY v.width) AS widths
       FROM article_images i
      WHERE i.article_id = $1
      ORDER BY i.created_at DESC, i.id DESC
      LIMIT 200`,
    [articleId],
  );
  return rows;
}
