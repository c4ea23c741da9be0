/**
 * Article images: the upload form on the article page (multipart, CSRF-checked like every
 * form), and the public /media/<key>/<width> route the portal's <img> tags point at — WebP
 * with a one-year immutable cache (a key's bytes never change), nosniff, and a CSP that
 * forbids everything, so even a hostile file could not run as a page.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { findImageVariant } from '../../../db/queries/newsroom/find-image-variant.js';
import type { ArticleImageRow } from '../../../db/queries/newsroom/list-article-images.js';
import { AppError } from '../../../lib/app-error.js';
import { html, type SafeHtml } from '../../../lib/html.js';
import { insertImageIntoBody } from '../../../services/newsroom/insert-image-into-body.js';
import { imageMarkdown, MAX_IMAGE_BYTES, storeArticleImage } from '../../../services/newsroom/store-article-image.js';
import { buttonForm, csrfInput, textInput } from '../../forms/form-kit.js';
import { addMultipartParser, isUploadedFile, type MultipartBody } from '../../forms/multipart-body.js';
import type { Translate } from '../../i18n/i18n.js';
import { pageContext, redirectWith, sendConsolePage } from '../console-page.js';
import { withLocalizedErrors } from './localize-newsroom-error.js';
import { newsroomDeps, requestActor } from './newsroom-actor.js';

export function imageSection(
  t: Translate,
  href: (path: string) => string,
  token: string,
  article: { id: number; revisionNo: number; canInsert: boolean },
  images: readonly ArticleImageRow[],
): SafeHtml {
  const articleId = article.id;
  return html`<section aria-labelledby="images-title"><h2 id="images-title">${t('newsroom.images')}</h2>
<form method="post" action="${href(`/console/newsroom/articles/${articleId}/images`)}" enctype="multipart/form-data">
${csrfInput(token)}
<div class="form-group"><label for="image">${t('newsroom.imageFile')}</label><input id="image" name="image" type="file" accept="image/png,image/jpeg,image/gif,image/webp"></div>
${textInput({ name: 'alt', label: t('newsroom.imageAlt'), hint: t('newsroom.imageAltHint'), maxlength: 300 })}
<button type="submit" class="button button-secondary">${t('newsroom.upload')}</button>
</form>
${images.length
  ? html`<ul class="image-list">${images.map((i) => {
      const { markdown } = imageMarkdown(i.altText, i.publicKey, i.widths);
      return html`<li><img src="/media/${i.publicKey}/${i.widths[0]}" alt="${i.altText}" width="160"> <code>${markdown}</code>${
        article.canInsert
          ? buttonForm(href(`/console/newsroom/articles/${articleId}/images/${i.publicKey}/insert`), token, t('newsroom.insertImage'), { hidden: { revision: String(article.revisionNo) } })
          : ''
      }</li>`;
    })}</ul>`
  : ''}
</section>`;
}

export function registerNewsroomMediaRoutes(app: FastifyInstance): void {
  const deps = newsroomDeps(app);

  // The multipart parser lives in its own context, so only this route accepts multipart bodies.
  app.register(async (scope) => {
    addMultipartParser(scope, MAX_IMAGE_BYTES);
    const r = scope.withTypeProvider<ZodTypeProvider>();
    r.post(
      '/console/newsroom/articles/:id/images',
      {
        config: { access: { kind: 'staff', permission: 'articles.write', objects: [{ from: 'params', name: 'id', type: 'article' }] } },
        schema: { params: z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) }), querystring: z.object({ lang: z.string().max(10).optional() }) },
      },
      async (request, reply) => {
        const { t, href } = pageContext(request);
        const body = (request.body ?? {}) as MultipartBody;
        const file = body.image;
        if (!isUploadedFile(file) || file.bytes.length === 0) throw new AppError('validation_failed', t('newsroom.imageMissing'));
        if (file.tooLarge) throw new AppError('payload_too_large', `The image is larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MB.`);
        const alt = typeof body.alt === 'string' ? body.alt : '';
        const stored = await withLocalizedErrors(t, () => storeArticleImage(deps, requestActor(request), request.params.id, file.bytes, alt));
        const page = html`<h1>${t('newsroom.imageUploaded')}</h1>
<p><img src="${stored.path}" alt="${alt}"></p>
<p><label for="md">${t('newsroom.imageMarkdown')}</label></p><p><input id="md" type="text" readonly value="${stored.markdown}" size="70"></p>
<p><a href="${href(`/console/newsroom/articles/${request.params.id}`)}">${t('newsroom.edit')}</a></p>`;
        return sendConsolePage(request, reply, { title: t('newsroom.imageUploaded'), body: page, status: 201 });
      },
    );
  });

  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/console/newsroom/articles/:id/images/:key/insert',
    {
      config: { access: { kind: 'staff', permission: 'articles.write', objects: [{ from: 'params', name: 'id', type: 'article' }], plainParams: ['key'] } },
      schema: {
        params: z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER), key: z.string().regex(/^[0-9a-f]{32}$/) }),
        body: z.object({ revision: z.coerce.number().int().min(0).max(1_000_000_000, 'Invalid revision.'), _csrf: z.string().max(100).optional() }),
        querystring: z.object({ lang: z.string().max(10).optional() }),
      },
    },
    async (request, reply) => {
      const { t } = pageContext(request);
      const { id, key } = request.params;
      const result = await withLocalizedErrors(t, () => insertImageIntoBody(deps, requestActor(request), id, key, request.body.revision));
      // The article's own fields were valid when saved; a body grown past its limit is the only way to fail here.
      if (!result.ok) throw new AppError('validation_failed', result.errors.map((e) => t(`newsroom.error.${e.code}`)).join('; '));
      return redirectWith(request, reply, `/console/newsroom/articles/${id}`, 'newsroom.saved');
    },
  );

  r.get(
    '/media/:key/:width',
    {
      config: { access: { kind: 'public' } },
      schema: { params: z.object({ key: z.string().regex(/^[0-9a-f]{32}$/), width: z.coerce.number().int().min(10).max(4000) }) },
    },
    async (request, reply) => {
      const variant = await findImageVariant(app.security.db, request.params.key, request.params.width);
      if (!variant) throw new AppError('not_found', 'No such image.');
      return reply
        .header('cache-control', 'public, max-age=31536000, immutable')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .header('cross-origin-resource-policy', 'same-site')
        .type(variant.contentType)
        .send(variant.bytes);
    },
  );
}
