/**
 * Image uploads for an article: the bytes must be a PNG, JPEG, GIF or WebP by content (the
 * name and declared type are ignored), at most MAX_IMAGE_BYTES and MAX_IMAGE_PIXELS. sharp
 * decodes it and writes re-encoded WebP variants (480, 960 and 1600 px wide, never enlarged),
 * which also drops EXIF data such as a phone's GPS position. Only variants are stored and served.
 */
import crypto from 'node:crypto';
import sharp, { type Metadata } from 'sharp';
import { findNewsroomArticle } from '../../db/queries/newsroom/find-newsroom-article.js';
import { insertArticleImage, type ImageVariant } from '../../db/queries/newsroom/insert-article-image.js';
import { CORRECTION_PERMISSION, editPermission } from '../../domain/article-workflow.js';
import { AppError } from '../../lib/app-error.js';
import { recordAudit } from '../../security/audit/record-audit.js';
import { assertImageUpload } from '../../security/uploads/sniff-image.js';
import type { NewsroomActor, NewsroomDeps } from './newsroom-actor.js';

export const MAX_IMAGE_BYTES = 8 * 1024 * 1024;
export const MAX_IMAGE_PIXELS = 40_000_000;
export const IMAGE_WIDTHS = [480, 960, 1600] as const;
/** The variant the Markdown snippet points at: wide enough for the article column on a large screen. */
const BODY_WIDTH = 960;

export interface StoredImage {
  publicKey: string;
  widths: number[];
  /** Path of the variant to put in the body. */
  path: string;
  markdown: string;
}

export async function storeArticleImage(deps: NewsroomDeps, actor: NewsroomActor, articleId: number, bytes: Buffer, altText: string): Promise<StoredImage> {
  const article = await findNewsroomArticle(deps.db, articleId);
  if (!article) throw new AppError('not_found', 'No such article.');
  // Images go where text may change: drafts (writers), reviews (reviewers), corrections (publishers).
  const permission = editPermission(article.status) ?? (article.status === 'published' ? CORRECTION_PERMISSION : null);
  if (!permission) throw new AppError('conflict', `Images cannot be added to an article that is ${article.status}.`, { details: { reason: 'not_editable', status: article.status } });
  if (!(await actor.holds(permission, article.agencyId))) throw new AppError('forbidden', 'You may not add images to this article.', { details: { reason: 'edit_forbidden', permission } });
  if (bytes.length > MAX_IMAGE_BYTES) throw new AppError('payload_too_large', `The image is larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MB.`);
  const sourceType = assertImageUpload(bytes);
  const alt = altText.replace(/\s+/g, ' ').trim().slice(0, 300);
  const variants = await resizeImage(bytes);
  const publicKey = crypto.randomBytes(16).toString('hex');
  const source = variants.source;
  await deps.db.transaction(async (tx) => {
    await insertArticleImage(
      tx,
      { articleId, agencyId: article.agencyId, publicKey, altText: alt, sourceType, sourceBytes: bytes.length, width: source.width, height: source.height, uploadedBy: actor.userId },
      variants.variants,
    );
    await recordAudit(tx, deps.keyring, {
      action: 'article.image_uploaded',
      actorUserId: actor.userId,
      agencyId: article.agencyId,
      targetType: 'article',
      targetId: articleId,
      details: { image: publicKey, bytes: bytes.length, type: sourceType },
    });
  });
  const widths = variants.variants.map((v) => v.width);
  return { publicKey, widths, ...imageMarkdown(alt, publicKey, widths) };
}

/** The body-width variant of an image and the Markdown that shows it (alt text without the characters that would end it). */
export function imageMarkdown(alt: string, publicKey: string, widths: readonly number[]): { path: string; markdown: string } {
  const width = widths.filter((w) => w <= BODY_WIDTH).at(-1) ?? widths[0]!;
  const path = `/media/${publicKey}/${width}`;
  return { path, markdown: `![${alt.replace(/[[\]\\]/g, '')}](${path})` };
}

async function resizeImage(bytes: Buffer): Promise<{ source: { width: number; height: number }; variants: ImageVariant[] }> {
  let meta: Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS }).metadata();
  } catch (error) {
    throw new AppError('unprocessable', 'The image could not be read; it may be damaged or too large in pixels.', { cause: error });
  }
  // EXIF orientation 5–8 swaps width and height once applied.
  const swapped = (meta.orientation ?? 1) >= 5;
  const width = (swapped ? meta.height : meta.width) ?? 0;
  const height = (swapped ? meta.width : meta.height) ?? 0;
  if (!width || !height) throw new AppError('unprocessable', 'The image has no size.');
  const targets = IMAGE_WIDTHS.filter((w) => w < width);
  if (targets.length < IMAGE_WIDTHS.length) targets.push(Math.max(10, Math.min(width, IMAGE_WIDTHS.at(-1)!)) as (typeof IMAGE_WIDTHS)[number]);
  const variants: ImageVariant[] = [];
  try {
    for (const target of [...new Set(targets)].filter((w) => w >= 10)) {
      const { data, info } = await sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS })
        .rotate()
        .resize({ width: target, withoutEnlargement: true })
        .webp({ quality: 80 })
        .toBuffer({ resolveWithObject: true });
      variants.push({ width: info.width, height: info.height, contentType: 'image/webp', bytes: data });
    }
  } catch (error) {
    throw new AppError('unprocessable', 'The image could not be converted; it may be damaged.', { cause: error });
  }
  if (variants.length === 0) throw new AppError('unprocessable', 'The image is too small (under 10 px wide).');
  return { source: { width, height }, variants };
}
