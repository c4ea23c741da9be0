/**
 * Translation and locale-aware formatting. Indonesian is the default; English is available.
 * Numbers and dates follow Indonesian conventions (1.458; 12,5%; 27 November 2026, WIB).
 */
import { messagesEn } from './messages-en.js';
import { messagesId, type MessageKey } from './messages-id.js';

export type Locale = 'id' | 'en';
export const LOCALES: readonly Locale[] = ['id', 'en'];
export const DEFAULT_LOCALE: Locale = 'id';
export const DEFAULT_TIME_ZONE = 'Asia/Jakarta';

const CATALOGUES: Record<Locale, Record<MessageKey, string>> = { id: messagesId, en: messagesEn };
const INTL_LOCALE: Record<Locale, string> = { id: 'id-ID', en: 'en-GB' };

export type { MessageKey };

export function isLocale(value: unknown): value is Locale {
  return value === 'id' || value === 'en';
}

export function translate(locale: Locale, key: MessageKey, vars: Record<string, string | number> = {}): string {
  const template = CATALOGUES[locale][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(locale, value) : value;
  });
}

/** A translator bound to one locale, for templates. */
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function translator(locale: Locale): Translate {
  return (key, vars) => translate(locale, key, vars);
}

export function formatNumber(locale: Locale, value: number, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits }).format(value);
}

export function formatPercent(locale: Locale, ratio: number, fractionDigits = 1): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], {
    style: 'percent',
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(ratio);
}

const ZONE_ABBREVIATIONS: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

/** "27 November 2026" — the date as people write it, in the viewer's time zone. */
export function formatDate(locale: Locale, date: Date, timeZone = DEFAULT_TIME_ZONE): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(date);
}

/** "Jumat, 27 November 2026 14.05 WIB" — with weekday, time and the zone's Indonesian abbreviation. */
export function formatDateTime(locale: Locale, date: Date, timeZone = DEFAULT_TIME_ZONE): string {
  const text = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone,
  }).format(date);
  const zone = ZONE_ABBREVIATIONS[timeZone];
  return zone ? `${text} ${zone}` : `${text} (${timeZone})`;
}
