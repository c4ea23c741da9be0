/** The page language: `?lang=en` asks for English; everything else is Indonesian (the default). */
import type { FastifyRequest } from 'fastify';
import { DEFAULT_LOCALE, isLocale, type Locale } from './i18n/i18n.js';

export function getRequestLocale(request: FastifyRequest): Locale {
  const lang = (request.query as Record<string, unknown> | undefined)?.lang;
  return isLocale(lang) ? lang : DEFAULT_LOCALE;
}
