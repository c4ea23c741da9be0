/** News cards and page links shared by the home, agency, tag and search pages. */
import type { ArticleSummary } from '../../domain/article.js';
import { html, type SafeHtml } from '../../lib/html.js';
import { formatDate, translator, type Locale } from '../i18n/i18n.js';
import { localeHref } from '../page-layout.js';

export const PAGE_SIZE = 12;

export function articlePath(agencySlug: string, slug: string): string {
  return `/berita/${agencySlug}/${slug}`;
}

export function articleCards(locale: Locale, articles: readonly (ArticleSummary & { excerpt?: SafeHtml })[], headingLevel: 'h2' | 'h3' = 'h3'): SafeHtml {
  const t = translator(locale);
  if (articles.length === 0) return html`<p>${t('portal.empty')}</p>`;
  return html`<ul class="cards">${articles.map((a) => {
    const link = html`<a href="${localeHref(articlePath(a.agencySlug, a.slug), locale)}">${a.title}</a>`;
    return html`<li class="card">
  <p class="meta"><a href="${localeHref(`/instansi/${a.agencySlug}`, locale)}">${a.agencyAbbreviation}</a> · <time datetime="${a.publishedAt.toISOString()}">${formatDate(locale, a.publishedAt)}</time></p>
  ${headingLevel === 'h2' ? html`<h2>${link}</h2>` : html`<h3>${link}</h3>`}
  <p>${a.excerpt ?? a.summary}</p>
</li>`;
  })}</ul>`;
}

/** "Previous / Page 2 of 5 / Next" links; `pageHref` builds the address of a page. */
export function pagination(locale: Locale, page: number, total: number, pageHref: (page: number) => string): SafeHtml {
  const t = translator(locale);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (pages <= 1) return html``;
  return html`<nav class="pagination" aria-label="${t('portal.pagination')}"><ul>
${page > 1 ? html`<li><a rel="prev" href="${pageHref(page - 1)}">${t('portal.previous')}</a></li>` : ''}
<li aria-current="page">${t('portal.pageOf', { page, pages })}</li>
${page < pages ? html`<li><a rel="next" href="${pageHref(page + 1)}">${t('portal.next')}</a></li>` : ''}
</ul></nav>`;
}

/** Links to the three feed formats of a list (global, an agency's or a tag's). */
export function feedLinks(locale: Locale, base: string): { body: SafeHtml; head: SafeHtml } {
  const t = translator(locale);
  return {
    body: html`<p class="feeds">${t('portal.feeds')}: <a href="${base}/feed.xml">${t('portal.feedRss')}</a> · <a href="${base}/feed.atom">${t('portal.feedAtom')}</a> · <a href="${base}/feed.json">${t('portal.feedJson')}</a></p>`,
    head: html`<link rel="alternate" type="application/rss+xml" title="RSS" href="${base}/feed.xml">
<link rel="alternate" type="application/atom+xml" title="Atom" href="${base}/feed.atom">
<link rel="alternate" type="application/feed+json" title="JSON Feed" href="${base}/feed.json">`,
  };
}
