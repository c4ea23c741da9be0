/**
 * robots.txt and sitemap.xml (sitemaps.org 0.9): the home page, every agency page and the
 * newest published articles (at most 50,000, the protocol's limit for one file).
 */
import type { FastifyInstance } from 'fastify';
import { listAgencies } from '../../db/queries/agencies/list-agencies.js';
import { listSitemapEntries } from '../../db/queries/articles/list-sitemap-entries.js';
import { sendCacheable } from './conditional-get.js';
import { xml } from './feeds/feed-model.js';
import type { PortalServices } from './portal-services.js';

const SITEMAP_MAX = 50_000;

export function registerSeoRoutes(app: FastifyInstance, portal: PortalServices): void {
  app.get('/robots.txt', { config: { access: { kind: 'public' } } }, async (_request, reply) => {
    const body = [
      'User-agent: *',
      'Allow: /',
      'Disallow: /console',
      'Disallow: /api/',
      'Disallow: /bagikan/',
      'Disallow: /cari',
      'Disallow: /privasi',
      '',
      `Sitemap: ${portal.publicUrl}/sitemap.xml`,
      '',
    ].join('\n');
    return reply.header('cache-control', 'public, max-age=3600').type('text/plain; charset=utf-8').send(body);
  });

  app.get('/sitemap.xml', { config: { access: { kind: 'public' } } }, async (request, reply) => {
    const [entries, agencies] = await Promise.all([listSitemapEntries(portal.db, SITEMAP_MAX - 1000), listAgencies(portal.db)]);
    const newest = entries[0]?.lastModified ?? new Date(0);
    const url = (loc: string, lastmod?: Date) => `<url><loc>${xml(`${portal.publicUrl}${loc}`)}</loc>${lastmod ? `<lastmod>${lastmod.toISOString()}</lastmod>` : ''}</url>`;
    const body = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${url('/', entries.length ? newest : undefined)}
${agencies.slice(0, 1000).map((a) => url(`/instansi/${a.slug}`)).join('\n')}
${entries.map((e) => url(`/berita/${e.agencySlug}/${e.slug}`, e.lastModified)).join('\n')}
</urlset>
`;
    return sendCacheable(request, reply, { body, type: 'application/xml; charset=utf-8', lastModified: newest, maxAgeSeconds: 600 });
  });
}
