/**
 * "Insert into the body" for an uploaded image without JavaScript: appends the image's
 * Markdown to the end of the body as an ordinary save (revision, audit, sanitiser, the same
 * permission and stale-form rules). Published text changes only through a correction, so
 * there the editor pastes the snippet into the correction form instead.
 */
import { findNewsroomArticle } from '../../db/queries/newsroom/find-newsroom-article.js';
import { listArticleImages } from '../../db/queries/newsroom/list-article-images.js';
import { AppError } from '../../lib/app-error.js';
import type { NewsroomActor, NewsroomDeps } from './newsroom-actor.js';
import { saveArticleText, type SaveResult } from './save-article.js';
import { imageMarkdown } from './store-article-image.js';

export async function insertImageIntoBody(deps: NewsroomDeps, actor: NewsroomActor, articleId: number, publicKey: string, expectedRevision: number): Promise<SaveResult> {
  const [article, images] = await Promise.all([findNewsroomArticle(deps.db, articleId), listArticleImages(deps.db, articleId)]);
  const image = images.find((i) => i.publicKey === publicKey);
  if (!article || !image) throw new AppError('not_found', 'No such image on this article.');
  const { markdown } = imageMarkdown(image.altText, image.publicKey, image.widths);
  const form = {
    title: article.title,
    summary: article.summary,
    body: article.bodySource ? `${article.bodySource}\n\n${markdown}` : markdown,
    slug: article.slug,
    tags: article.tags.join(', '),
    topic: article.topic ?? '',
  };
  return saveArticleText(deps, actor, articleId, expectedRevision, form, { correction: false });
}
