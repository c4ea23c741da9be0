/**
 * The mentions query language's syntax tree and its fields. A query combines free text,
 * "exact phrases" and field:value filters with AND, OR, NOT and parentheses.
 */
import { AUTHOR_TYPES, PLATFORMS, type AuthorType, type Platform } from '../../../domain/mention.js';
import { SENTIMENT_LABELS, type SentimentLabel } from '../../../domain/sentiment.js';

export type QueryNode =
  | { kind: 'and'; children: QueryNode[] }
  | { kind: 'or'; children: QueryNode[] }
  | { kind: 'not'; child: QueryNode }
  | { kind: 'text'; value: string; phrase: boolean }
  | { kind: 'field'; field: QueryField; value: string };

export const QUERY_FIELDS = ['platform', 'sentiment', 'region', 'agency', 'issue', 'language', 'author', 'type', 'hashtag'] as const;
export type QueryField = (typeof QUERY_FIELDS)[number];

/** Field names people may type, Indonesian first, mapped to the canonical field. */
export const FIELD_ALIASES: Record<string, QueryField> = {
  platform: 'platform',
  platforma: 'platform',
  kanal: 'platform',
  sentimen: 'sentiment',
  sentiment: 'sentiment',
  wilayah: 'region',
  region: 'region',
  daerah: 'region',
  instansi: 'agency',
  agency: 'agency',
  isu: 'issue',
  issue: 'issue',
  bahasa: 'language',
  language: 'language',
  lang: 'language',
  akun: 'author',
  author: 'author',
  tipe: 'type',
  type: 'type',
  jenis: 'type',
  tagar: 'hashtag',
  hashtag: 'hashtag',
};

export const SENTIMENT_VALUES: Record<string, SentimentLabel> = {
  positif: 'positive',
  positive: 'positive',
  netral: 'neutral',
  neutral: 'neutral',
  negatif: 'negative',
  negative: 'negative',
};

export const PLATFORM_VALUES: Record<string, Platform> = {
  ...Object.fromEntries(PLATFORMS.map((p) => [p, p])),
  twitter: 'x',
  fb: 'facebook',
  ig: 'instagram',
  yt: 'youtube',
  berita: 'news',
  media: 'news',
  komentar: 'portal',
};

export const AUTHOR_TYPE_VALUES: Record<string, AuthorType> = {
  ...Object.fromEntries(AUTHOR_TYPES.map((t) => [t, t])),
  warga: 'citizen',
  pemerintah: 'government',
  organisasi: 'organization',
  pemengaruh: 'influencer',
};

export const LANGUAGE_VALUES = ['id', 'en', 'ms', 'jv', 'su', 'unknown'] as const;

export { SENTIMENT_LABELS };
