/** Stores an uploaded image's record and its resized variants (call inside one transaction). */
import type { Queryable } from '../../db.js';

export interface NewArticleImage {
  articleId: number;
  agencyId: number;
  publicKey: string;
  altText: string;
  sourceType: string;
  sourceBytes: number;
  width: number;
  height: number;
  uploadedBy: number | null;
}

export interface ImageVariant {
  width: number;
  height: number;
  contentType: string;
  bytes: Buffer;
}

export async function insertArticleImage(db: Queryable, image: NewArticleImage, variants: readonly ImageVariant[]): Promise<number> {
  const { rows } = await db.query<{ id: number }>(
    `/* insertArticleImage */
     INSERT INTO article_images (article_id, agency_id, public_key, alt_text, source_type, source_bytes, width, height, uploaded_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [image.articleId, image.agencyId, image.publicKey, image.altText, image.sourceType, image.sourceBytes, image.width, image.height, image.uploadedBy],
  );
  const id = Number(rows[0]!.id);
  for (const v of variants) {
    await db.query(
      `/* insertArticleImage:variant */ INSERT INTO article_image_variants (image_id, width, height, content_type, bytes) VALUES ($1, $2, $3, $4, $5)`,
      [id, v.width, v.height, v.contentType, v.bytes],
    );
  }
  return id;
}
