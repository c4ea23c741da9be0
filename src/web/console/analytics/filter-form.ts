/** The filter form shared by the overview, issue and explorer pages (GET, so results are linkable). */
import { html, type SafeHtml } from '../../../lib/html.js';
import { AUTHOR_TYPES, PLATFORMS } from '../../../domain/mention.js';
import { SENTIMENT_LABELS } from '../../../domain/sentiment.js';
import { LANGUAGE_VALUES } from '../../../services/analytics/query-language/query-ast.js';
import { selectInput, textInput } from '../../forms/form-kit.js';
import type { Locale, Translate } from '../../i18n/i18n.js';
import { dimensionLabel } from './analytics-format.js';

export interface FilterFormOptions {
  t: Translate;
  locale: Locale;
  action: string;
  values: Record<string, string | undefined>;
  agencies: readonly { id: number; name: string; abbreviation: string }[];
  /** Extra fields placed before the filters (the explorer's query box). */
  before?: SafeHtml;
  /** Extra fields after them (sort order). */
  after?: SafeHtml;
  hidden?: Record<string, string>;
}

export function filterForm(o: FilterFormOptions): SafeHtml {
  const { t, values } = o;
  const all = { value: '', label: t('analytics.all') };
  const options = (dimension: 'platform' | 'sentiment' | 'language' | 'authorType', list: readonly string[]) => [
    all,
    ...list.map((value) => ({ value, label: dimensionLabel(t, dimension, value) })),
  ];
  return html`<form method="get" action="${o.action}" class="filter-form">
${o.locale === 'en' ? html`<input type="hidden" name="lang" value="en">` : ''}
${Object.entries(o.hidden ?? {}).map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}">`)}
${o.before}
<fieldset><legend>${t('analytics.filters')}</legend>
<div class="filters">
${textInput({ name: 'from', label: t('analytics.from'), type: 'date', value: values.from ?? '' })}
${textInput({ name: 'to', label: t('analytics.to'), type: 'date', value: values.to ?? '' })}
${selectInput({ name: 'agency', label: t('analytics.agency'), value: values.agency ?? '', options: [all, ...o.agencies.map((a) => ({ value: String(a.id), label: `${a.abbreviation} — ${a.name}` }))] })}
${selectInput({ name: 'platform', label: t('analytics.platform'), value: values.platform ?? '', options: options('platform', PLATFORMS) })}
${selectInput({ name: 'sentiment', label: t('analytics.sentiment'), value: values.sentiment ?? '', options: options('sentiment', SENTIMENT_LABELS) })}
${textInput({ name: 'region', label: t('analytics.region'), hint: t('analytics.regionHint'), value: values.region ?? '' })}
${selectInput({ name: 'language', label: t('analytics.language'), value: values.language ?? '', options: options('language', LANGUAGE_VALUES) })}
${selectInput({ name: 'type', label: t('analytics.type'), value: values.type ?? '', options: options('authorType', AUTHOR_TYPES) })}
${o.after}
</div>
</fieldset>
<button type="submit" class="button">${t('analytics.apply')}</button>
</form>`;
}

/** The filter values of a request as plain strings (for the form and for links). */
export function filterValues(query: unknown, keys: readonly string[]): Record<string, string> {
  const q = (query ?? {}) as Record<string, unknown>;
  const out: Record<string, string> = {};
  for (const key of keys) if (typeof q[key] === 'string' && q[key] !== '') out[key] = q[key] as string;
  return out;
}

export const FILTER_KEYS = ['from', 'to', 'agency', 'issue', 'platform', 'sentiment', 'region', 'language', 'type'] as const;
