/** A list of mentions as the explorer and the issue page show them. */
import { html, type SafeHtml } from '../../../lib/html.js';
import type { MentionRow } from '../../../db/queries/explorer/search-mentions.js';
import { formatDateTime, type Locale, type Translate } from '../../i18n/i18n.js';
import { dimensionLabel, num } from './analytics-format.js';

/** Only http(s) links are shown as links (a stored URL could be javascript:). */
function safeUrl(url: string | null): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}

export function mentionList(t: Translate, locale: Locale, rows: readonly MentionRow[]): SafeHtml {
  if (rows.length === 0) return html`<p>${t('explorer.empty')}</p>`;
  return html`<ul class="mention-list">${rows.map((m) => {
    const url = safeUrl(m.url);
    return html`<li>
<p class="meta">${dimensionLabel(t, 'platform', m.platform)} · ${formatDateTime(locale, new Date(m.publishedAt))}${m.authorHandle ? html` · ${t('explorer.by', { author: m.authorHandle })}` : ''} · ${dimensionLabel(t, 'sentiment', m.sentiment)}${
      m.provinceCode ? html` · ${dimensionLabel(t, m.regionCode ? 'region' : 'province', m.regionCode ?? m.provinceCode)}` : ''
    }</p>
${m.title ? html`<p><strong>${m.title}</strong></p>` : ''}
<p>${m.text}</p>
<p class="meta">${t('explorer.reachEngagement', { reach: num(locale, m.reach), engagement: num(locale, m.engagement) })}${url ? html` · <a href="${url}" rel="noopener noreferrer nofollow">${t('explorer.open')}</a>` : ''}</p>
</li>`;
  })}</ul>`;
}
