/**
 * The article page's <head> for search engines and link previews: canonical URL and language
 * alternates, description, OpenGraph, Twitter card, and JSON-LD NewsArticle. JSON-LD sits in
 * a <script type="application/ld+json"> data block, which browsers never execute (so the
 * CSP's script-src does not apply); `<`, `>`, `&` and line separators are escaped inside the
 * JSON so no value can close the element or start markup.
 */
import type { PublishedArticle } from '../../db/queries/articles/find-published-article.js';
import { html, unsafeRawHtml, type SafeHtml } from '../../lib/html.js';
import type { Locale } from '../i18n/i18n.js';

export function serializeJsonForHtml(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function articleHead(article: PublishedArticle, locale: Locale, publicUrl: string, path: string): SafeHtml {
  const canonical = `${publicUrl}${path}${locale === 'en' ? '?lang=en' : ''}`;
  const agencyUrl = `${publicUrl}/instansi/${article.agencySlug}`;
  const published = article.publishedAt.toISOString();
  const modified = (article.updatedAt > article.publishedAt ? article.updatedAt : article.publishedAt).toISOString();
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title.slice(0, 110),
    description: article.summary,
    datePublished: published,
    dateModified: modified,
    inLanguage: article.language,
    url: canonical,
    mainEntityOfPage: { '@type': 'WebPage', '@id': `${publicUrl}${path}` },
    author: article.authorName
      ? [{ '@type': 'Person', name: article.authorName }]
      : [{ '@type': 'GovernmentOrganization', name: article.agencyName, url: agencyUrl }],
    publisher: { '@type': 'GovernmentOrganization', name: article.agencyName, url: agencyUrl },
    articleSection: article.agencyName,
    keywords: article.tags,
  };
  return html`<link rel="canonical" href="${canonical}">
<link rel="alternate" hreflang="id" href="${publicUrl}${path}">
<link rel="alternate" hreflang="en" href="${publicUrl}${path}?lang=en">
<meta name="description" content="${article.summary}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="${article.agencyName}">
<meta property="og:title" content="${article.title}">
<meta property="og:description" content="${article.summary}">
<meta property="og:url" content="${canonical}">
<meta property="og:locale" content="${locale === 'en' ? 'en_GB' : 'id_ID'}">
<meta property="article:published_time" content="${published}">
<meta property="article:modified_time" content="${modified}">
<meta property="article:section" content="${article.agencyName}">
${article.authorName ? html`<meta property="article:author" content="${article.authorName}">` : ''}
${article.tags.map((tag) => html`<meta property="article:tag" content="${tag}">`)}
<meta name="twitter:card" content="summary">
<meta name="twitter:title" content="${article.title}">
<meta name="twitter:description" content="${article.summary}">
<link rel="alternate" type="application/rss+xml" title="${article.agencyName} (RSS)" href="/instansi/${article.agencySlug}/feed.xml">
<script type="application/ld+json">${unsafeRawHtml(serializeJsonForHtml(jsonLd))}</script>`;
}
