/**
 * The HTML shell shared by portal and console pages: language attribute, skip link, header,
 * main landmark and footer. Pages work without JavaScript; scripts only enhance, and come
 * from /assets (the Content-Security-Policy allows no inline script).
 */
import { html, type SafeHtml } from '../lib/html.js';
import { translator, type Locale } from './i18n/i18n.js';

export interface PageOptions {
  locale: Locale;
  title: string;
  body: SafeHtml;
  /** Extra tags for <head> (meta, canonical link, feeds). */
  head?: SafeHtml;
  /** Path of the current page without query, for the language switch. */
  path: string;
  /** 'portal' pages show the public navigation, 'console' pages the staff one. */
  area: 'portal' | 'console';
  scripts?: string[];
  /** Prefixes the <title> with "Error: " (GOV.UK pattern) when the page reports an error. */
  isError?: boolean;
}

/** Adds `lang=en` to links when the page is in English; Indonesian needs no parameter. */
export function localeHref(path: string, locale: Locale): string {
  if (locale === 'id') return path;
  return `${path}${path.includes('?') ? '&' : '?'}lang=${locale}`;
}

export function renderPage(options: PageOptions): string {
  const t = translator(options.locale);
  const other: Locale = options.locale === 'id' ? 'en' : 'id';
  const title = `${options.isError ? (options.locale === 'id' ? 'Kesalahan: ' : 'Error: ') : ''}${options.title} — ${t('app.name')}`;
  const page = html`<!doctype html>
<html lang="${options.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="/assets/humas.css">
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
${options.head}
${(options.scripts ?? []).map((src) => html`<script src="${src}" defer></script>`)}
</head>
<body class="area-${options.area}">
<a class="skip-link" href="#main">${t('nav.skip')}</a>
<header class="site-header">
  <div class="wrap">
    <a class="brand" href="${localeHref(options.area === 'console' ? '/console' : '/', options.locale)}">${t('app.name')}</a>
    <nav aria-label="${t('app.name')}">
      <ul>
        <li><a href="${localeHref('/', options.locale)}">${t('nav.portal')}</a></li>
        <li><a href="${localeHref('/console', options.locale)}">${t('nav.console')}</a></li>
        <li><a href="/api/docs">${t('nav.api')}</a></li>
        <li><a href="${localeHref(options.path, other)}" hreflang="${other}" lang="${other}">${other === 'en' ? 'English' : 'Bahasa Indonesia'}</a></li>
      </ul>
    </nav>
  </div>
</header>
<main id="main" class="wrap" tabindex="-1">
${options.body}
</main>
<footer class="site-footer"><div class="wrap"><p>${t('footer.note')}</p></div></footer>
</body>
</html>
`;
  return page.value;
}
