/**
 * The overview's body: figures with their change, the time series, sentiment split,
 * breakdowns, the province tile grid, share of voice, top issues with spikes and top
 * accounts. Each chart has a table of the same numbers beside it.
 */
import { html, type SafeHtml } from '../../../lib/html.js';
import type { TopAccount } from '../../../db/queries/analytics/list-top-accounts.js';
import type { Breakdown, Overview } from '../../../services/analytics/get-overview.js';
import { regionName } from '../../../services/analytics/resolve-region.js';
import { formatDate, formatDateTime, type Locale, type Translate } from '../../i18n/i18n.js';
import { localeHref } from '../../page-layout.js';
import { dimensionLabel, num, pct, points, signedPct, type Dimension } from './analytics-format.js';
import { lineChart, provinceTileGrid, shareBar, splitBar } from './svg-charts.js';

const COLOURS = { mentions: '#0b4f8a', negative: '#b00020', positive: '#00703c', neutral: '#505a5f', none: '#b1b4b6' };

export function overviewView(t: Translate, locale: Locale, o: Overview, options: { issueLinks: boolean }): SafeHtml {
  const last = new Date(o.range.to.getTime() - 1);
  return html`<p class="muted">${t('analytics.period', { from: formatDate(locale, o.range.from), to: formatDate(locale, last) })}</p>
${kpis(t, locale, o)}
<h2>${t('analytics.series')}</h2>
${series(t, locale, o)}
<div class="grid-2">
<section><h2>${t('analytics.sentimentSplit')}</h2>${sentiment(t, locale, o)}</section>
<section><h2>${t('analytics.platforms')}</h2>${breakdownTable(t, locale, o.platforms, 'platform', t('analytics.platform'))}</section>
</div>
<h2>${t('analytics.provinces')}</h2>
${provinceTileGrid({ label: t('analytics.provinceMap'), values: new Map(o.provinces.filter((p) => p.key !== null).map((p) => [p.key as string, p.mentions])), names: regionName, format: (n) => num(locale, n) })}
<details class="data-table"><summary>${t('analytics.showTable')}</summary>${breakdownTable(t, locale, o.provinces, 'province', t('analytics.provinces'))}</details>
<div class="grid-2">
<section><h2>${t('analytics.regions')}</h2>${breakdownTable(t, locale, o.regions.filter((r) => r.key !== null), 'region', t('analytics.region'))}</section>
<section><h2>${t('analytics.shareOfVoice')}</h2>${shareOfVoice(t, locale, o)}</section>
</div>
<h2>${t('analytics.topIssues')}</h2>
${issues(t, locale, o, options.issueLinks)}
<div class="grid-2">
<section><h2>${t('analytics.languages')}</h2>${breakdownTable(t, locale, o.languages, 'language', t('analytics.language'))}</section>
<section><h2>${t('analytics.accountTypes')}</h2>${breakdownTable(t, locale, o.accountTypes, 'authorType', t('analytics.type'))}</section>
</div>
${o.accountsAvailable
    ? html`<div class="grid-2">
<section><h2>${t('analytics.topAccounts')}</h2>${accounts(t, locale, o.topAccounts)}</section>
<section><h2>${t('analytics.topNews')}</h2>${accounts(t, locale, o.topNews)}</section>
</div>`
    : html`<h2>${t('analytics.topAccounts')}</h2><p>${t('analytics.accountsUnfiltered')}</p>`}`;
}

function kpis(t: Translate, locale: Locale, o: Overview): SafeHtml {
  const change = (ratio: number | null) => {
    const text = signedPct(locale, ratio);
    return text ? t('analytics.change', { change: text }) : t('analytics.noChange');
  };
  const items: [string, string, string][] = [
    [t('analytics.volume'), num(locale, o.totals.mentions), change(o.change.mentions)],
    [t('analytics.reach'), num(locale, o.totals.reach), change(o.change.reach)],
    [t('analytics.engagement'), num(locale, o.totals.engagement), change(o.change.engagement)],
    [t('analytics.engagementRate'), pct(locale, o.totals.engagementRate), o.previousTotals.engagementRate === null ? t('analytics.noChange') : `${pct(locale, o.previousTotals.engagementRate)}`],
    [
      t('analytics.netSentiment'),
      points(locale, o.totals.netSentiment),
      o.change.netSentiment === null ? t('analytics.noChange') : t('analytics.changePoints', { change: points(locale, o.change.netSentiment) }),
    ],
  ];
  return html`<ul class="kpis">${items.map(([label, value, sub]) => html`<li><span class="kpi-label">${label}</span><span class="kpi-value">${value}</span><span class="kpi-change">${sub}</span></li>`)}</ul>`;
}

function bucketLabel(locale: Locale, grain: 'hour' | 'day', bucket: Date, long = false): string {
  if (long) return grain === 'day' ? formatDate(locale, bucket) : formatDateTime(locale, bucket);
  const parts = new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', grain === 'day' ? { day: 'numeric', month: 'short', timeZone: 'Asia/Jakarta' } : { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'Asia/Jakarta' });
  return parts.format(bucket);
}

function series(t: Translate, locale: Locale, o: Overview): SafeHtml {
  const chart = lineChart({
    label: t('analytics.seriesLabel', { grain: t(`analytics.grain.${o.grain}`) }),
    xLabels: o.series.map((p) => bucketLabel(locale, o.grain, new Date(p.bucket))),
    series: [
      { name: t('analytics.volume'), values: o.series.map((p) => p.mentions), colour: COLOURS.mentions },
      { name: t('analytics.negativeMentions'), values: o.series.map((p) => p.negative), colour: COLOURS.negative, dashed: true },
    ],
    formatY: (n) => num(locale, n),
  });
  return html`${chart}<details class="data-table"><summary>${t('analytics.showTable')}</summary><table>
<thead><tr><th scope="col">${t('analytics.time')}</th><th scope="col" class="num">${t('analytics.volume')}</th><th scope="col" class="num">${t('analytics.negativeMentions')}</th><th scope="col" class="num">${t('analytics.reach')}</th></tr></thead>
<tbody>${o.series.map((p) => html`<tr><td>${bucketLabel(locale, o.grain, new Date(p.bucket), true)}</td><td class="num">${num(locale, p.mentions)}</td><td class="num">${num(locale, p.negative)}</td><td class="num">${num(locale, p.reach)}</td></tr>`)}</tbody>
</table></details>`;
}

function sentiment(t: Translate, locale: Locale, o: Overview): SafeHtml {
  const none = o.totals.mentions - o.totals.positive - o.totals.neutral - o.totals.negative;
  const parts = [
    { name: t('sentiment.positive'), value: o.totals.positive, colour: COLOURS.positive },
    { name: t('sentiment.neutral'), value: o.totals.neutral, colour: COLOURS.neutral },
    { name: t('sentiment.negative'), value: o.totals.negative, colour: COLOURS.negative },
    ...(none > 0 ? [{ name: t('sentiment.none'), value: none, colour: COLOURS.none }] : []),
  ];
  const total = o.totals.mentions;
  return html`${splitBar({ label: t('analytics.sentimentSplit'), parts })}
<table><tbody>${parts.map(
    (p) => html`<tr><th scope="row"><svg width="12" height="12" aria-hidden="true" focusable="false"><rect width="12" height="12" fill="${p.colour}"/></svg> ${p.name}</th><td class="num">${num(locale, p.value)}</td><td class="num">${pct(locale, total > 0 ? p.value / total : null)}</td></tr>`,
  )}</tbody></table>`;
}

export function breakdownTable(t: Translate, locale: Locale, rows: readonly Breakdown[], dimension: Dimension, heading: string): SafeHtml {
  if (rows.length === 0) return html`<p>${t('analytics.none')}</p>`;
  return html`<table>
<thead><tr><th scope="col">${heading}</th><th scope="col" class="num">${t('analytics.volume')}</th><th scope="col">${t('analytics.share')}</th><th scope="col" class="num">${t('analytics.netSentiment')}</th></tr></thead>
<tbody>${rows.map(
    (r) => html`<tr><td>${dimensionLabel(t, dimension, r.key)}</td><td class="num">${num(locale, r.mentions)}</td><td>${shareBar(r.share)} ${pct(locale, r.share)}</td><td class="num">${points(locale, r.netSentiment)}</td></tr>`,
  )}</tbody></table>`;
}

function shareOfVoice(t: Translate, locale: Locale, o: Overview): SafeHtml {
  if (o.agencies.length === 0) return html`<p>${t('analytics.none')}</p>`;
  return html`<table>
<thead><tr><th scope="col">${t('analytics.agency')}</th><th scope="col" class="num">${t('analytics.volume')}</th><th scope="col">${t('analytics.share')}</th></tr></thead>
<tbody>${o.agencies.map((a) => html`<tr><td>${a.key === null ? t('analytics.noAgency') : a.name}</td><td class="num">${num(locale, a.mentions)}</td><td>${shareBar(a.share)} ${pct(locale, a.share)}</td></tr>`)}</tbody></table>`;
}

function issues(t: Translate, locale: Locale, o: Overview, links: boolean): SafeHtml {
  if (o.issues.length === 0) return html`<p>${t('analytics.none')}</p>`;
  return html`<table>
<thead><tr><th scope="col">${t('analytics.issue')}</th><th scope="col" class="num">${t('analytics.volume')}</th><th scope="col">${t('analytics.share')}</th><th scope="col" class="num">${t('analytics.netSentiment')}</th><th scope="col">${t('analytics.spikes')}</th></tr></thead>
<tbody>${o.issues.map((i) => {
    const change = signedPct(locale, i.change);
    const latest = i.spikes.slice(-3).reverse();
    return html`<tr><td>${links ? html`<a href="${localeHref(`/console/issues/${i.issue.id}`, locale)}">${i.issue.label}</a>` : i.issue.label}</td>
<td class="num">${num(locale, i.totals.mentions)}${change ? html`<br><span class="muted">${change}</span>` : ''}</td>
<td>${shareBar(i.share)} ${pct(locale, i.share)}</td><td class="num">${points(locale, i.totals.netSentiment)}</td>
<td>${latest.length === 0 ? '—' : html`<ul class="plain">${latest.map((s) => html`<li class="spike">${t('analytics.spikeAt', { time: formatDateTime(locale, s.bucketStart), count: s.count, severity: t(`analytics.severity.${s.severity}`) })}</li>`)}</ul>`}</td></tr>`;
  })}</tbody></table>`;
}

function accounts(t: Translate, locale: Locale, rows: readonly TopAccount[]): SafeHtml {
  if (rows.length === 0) return html`<p>${t('analytics.none')}</p>`;
  return html`<table>
<thead><tr><th scope="col">${t('analytics.account')}</th><th scope="col">${t('analytics.platform')}</th><th scope="col" class="num">${t('analytics.reach')}</th><th scope="col" class="num">${t('analytics.volume')}</th></tr></thead>
<tbody>${rows.map((a) => html`<tr><td>${a.handle}<br><span class="muted">${dimensionLabel(t, 'authorType', a.authorType)}</span></td><td>${dimensionLabel(t, 'platform', a.platform)}</td><td class="num">${num(locale, a.reach)}</td><td class="num">${num(locale, a.mentions)}</td></tr>`)}</tbody></table>`;
}
