/** One stored image variant by the image's public key and width (the public /media/ route). */
import type { Queryable } from '../../db.js';

export interface StoredImageVariant {
  contentType: string;
  bytes: Buffer;
}

export async function findImageVariant(db: Queryable, publicKey: string, width: number): Promise<StoredImageVariant | null> {
  const { rows } = await db.query<{ contentType: string; bytes: Uint8Array }>(
    `/* findImageVariant */
     SELECT v.content_type AS "contentType", v.bytes
       FROM article_images i JOIN article_image_variants v ON v.image_id = i.id
      WHERE i.public_key = $1 AND v.width = $2`,
    [publicKey, width],
  );
  const row = rows[0];
  return row ? { contentType: row.contentType, bytes: Buffer.from(row.bytes.buffer, row.bytes.byteOffset, row.bytes.byteLength) } : null;
}
