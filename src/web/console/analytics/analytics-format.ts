/** Labels and number formats shared by the analytics, explorer and alert pages. */
import type { Locale, MessageKey, Translate } from '../../i18n/i18n.js';
import { formatNumber, formatPercent } from '../../i18n/i18n.js';
import { regionName } from '../../../services/analytics/resolve-region.js';

export type Dimension = 'platform' | 'sentiment' | 'language' | 'authorType' | 'province' | 'region';

/** A dimension value as people read it; null and unknown values get a plain label. */
export function dimensionLabel(t: Translate, dimension: Dimension, key: string | null): string {
  if (key === null) return dimension === 'sentiment' ? t('sentiment.none') : t('analytics.unknown');
  switch (dimension) {
    case 'province':
    case 'region':
      return regionName(key);
    case 'authorType':
      return known(t, `authorType.${key}`, key);
    default:
      return known(t, `${dimension}.${key}`, key);
  }
}

function known(t: Translate, key: string, fallback: string): string {
  const text = t(key as MessageKey);
  return text === key ? fallback : text;
}

export function num(locale: Locale, n: number): string {
  return formatNumber(locale, n);
}

export function pct(locale: Locale, ratio: number | null): string {
  return ratio === null ? '—' : formatPercent(locale, ratio);
}

/** "+12,5%" / "−3,0%"; the sign is written out so the direction never depends on colour. */
export function signedPct(locale: Locale, ratio: number | null): string | null {
  if (ratio === null) return null;
  return `${ratio > 0 ? '+' : ratio < 0 ? '−' : '±'}${formatPercent(locale, Math.abs(ratio))}`;
}

/** Net sentiment as −100…+100 points. */
export function points(locale: Locale, ratio: number | null): string {
  if (ratio === null) return '—';
  const value = Math.round(ratio * 1000) / 10;
  return `${value > 0 ? '+' : value < 0 ? '−' : ''}${formatNumber(locale, Math.abs(value), 1)}`;
}
