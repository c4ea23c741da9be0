/** Languages the analyzer tells apart; everything else is `unknown`. */

export const LANGUAGES = ['id', 'en', 'ms', 'jv', 'su'] as const;

export type KnownLanguage = (typeof LANGUAGES)[number];
export type Language = KnownLanguage | 'unknown';

/** Classes of the language model: the known languages plus NusaX's other regional languages. */
export const LANGUAGE_CLASSES = [...LANGUAGES, 'other'] as const;
export type LanguageClass = (typeof LANGUAGE_CLASSES)[number];
