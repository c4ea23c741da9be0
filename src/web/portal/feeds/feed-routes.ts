/**
 * Feeds out — RSS 2.0, Atom 1.0 and JSON Feed 1.1 — of all news, one agency's and one
 * topic's: /feed.xml|.atom|.json, /instansi/:agency/feed.*, /topik/:tag/feed.*. Each carries
 * an ETag and Last-Modified and answers conditional requests with 304.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { findAgencyBySlug } from '../../../db/queries/agencies/find-agency-by-slug.js';
import { listFeedArticles } from '../../../db/queries/articles/list-feed-articles.js';
import type { ArticleFilter } from '../../../db/queries/articles/list-published-articles.js';
import { AppError } from '../../../lib/app-error.js';
import { translate } from '../../i18n/i18n.js';
import { ZSlug } from '../article-routes.js';
import { sendCacheable } from '../conditional-get.js';
import type { PortalServices } from '../portal-services.js';
import { toFeedEntry, type FeedModel } from './feed-model.js';
import { renderAtom } from './render-atom.js';
import { renderJsonFeed } from './render-json-feed.js';
import { renderRss } from './render-rss.js';

export const FEED_SIZE = 30;

const FORMATS = [
  { ext: 'xml', type: 'application/rss+xml; charset=utf-8', render: renderRss },
  { ext: 'atom', type: 'application/atom+xml; charset=utf-8', render: renderAtom },
  { ext: 'json', type: 'application/feed+json; charset=utf-8', render: renderJsonFeed },
] as const;

interface FeedScope {
  filter: ArticleFilter;
  base: string;
  title: string;
  description: string;
}

export function registerFeedRoutes(app: FastifyInstance, portal: PortalServices): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const notFound = () => new AppError('not_found', translate('id', 'error.notFound'));

  async function send(request: FastifyRequest, reply: FastifyReply, scope: FeedScope, format: (typeof FORMATS)[number]) {
    const articles = await listFeedArticles(portal.db, scope.filter, FEED_SIZE);
    const entries = articles.map((a) => toFeedEntry(a, portal.publicUrl));
    const updated = entries.reduce((max, e) => (e.updated > max ? e.updated : max), new Date(0));
    const model: FeedModel = {
      title: scope.title,
      description: scope.description,
      homeUrl: `${portal.publicUrl}${scope.base || '/'}`,
      selfBase: `${portal.publicUrl}${scope.base}/feed`,
      language: 'id',
      updated: entries.length ? updated : new Date(0),
      entries,
    };
    return sendCacheable(request, reply, { body: format.render(model), type: format.type, lastModified: model.updated });
  }

  const siteTitle = `${translate('id', 'portal.title')} — ${translate('id', 'app.name')}`;
  for (const format of FORMATS) {
    r.get(`/feed.${format.ext}`, { config: { access: { kind: 'public' } } }, (request, reply) =>
      send(request, reply, { filter: {}, base: '', title: siteTitle, description: translate('id', 'portal.latest') }, format),
    );
    r.get(`/instansi/:agency/feed.${format.ext}`, { config: { access: { kind: 'public' } }, schema: { params: z.object({ agency: ZSlug }) } }, async (request, reply) => {
      const agency = await findAgencyBySlug(portal.db, request.params.agency);
      if (!agency) throw notFound();
      const title = `${agency.name} — ${translate('id', 'app.name')}`;
      return send(request, reply, { filter: { agencyId: agency.id }, base: `/instansi/${agency.slug}`, title, description: translate('id', 'portal.agencyNews', { agency: agency.name }) }, format);
    });
    r.get(`/topik/:tag/feed.${format.ext}`, { config: { access: { kind: 'public' } }, schema: { params: z.object({ tag: ZSlug }) } }, async (request, reply) => {
      const tag = request.params.tag;
      const title = `${translate('id', 'portal.tagTitle', { tag })} — ${translate('id', 'app.name')}`;
      return send(request, reply, { filter: { tag }, base: `/topik/${tag}`, title, description: translate('id', 'portal.tagTitle', { tag }) }, format);
    });
  }
}
