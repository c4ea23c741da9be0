/**
 * The article form as the newsroom accepts it: limits, tags and topic normalised, a slug
 * either given (checked) or left for the service to make from the title. Errors name the
 * field and a code the console turns into a sentence in the reader's language.
 */
import { z } from 'zod';
import { ARTICLE_TOPICS, type ArticleTopic } from '../../domain/article-topics.js';
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from '../../domain/article-slug.js';

export const ARTICLE_LIMITS = { title: 200, summary: 400, body: 100_000, tags: 10, tag: 40, correctionNote: 1000 } as const;

export type ArticleField = 'title' | 'summary' | 'body' | 'slug' | 'tags' | 'topic' | 'correctionNote';
export type ArticleInputErrorCode =
  | 'title_missing'
  | 'title_too_long'
  | 'title_no_slug'
  | 'summary_too_long'
  | 'body_too_long'
  | 'slug_invalid'
  | 'slug_taken'
  | 'tags_invalid'
  | 'topic_invalid'
  | 'note_missing'
  | 'note_too_long';

export interface ArticleInputError {
  field: ArticleField;
  code: ArticleInputErrorCode;
}

/** The raw form (strings as browsers send them); bounded so a huge field is refused at the edge. */
export const ZArticleForm = z.object({
  title: z.string().max(10_000).default(''),
  summary: z.string().max(10_000).default(''),
  body: z.string().max(1_000_000).default(''),
  slug: z.string().max(1_000).default(''),
  tags: z.string().max(5_000).default(''),
  topic: z.string().max(100).default(''),
  correctionNote: z.string().max(10_000).optional(),
});
export type ArticleForm = z.infer<typeof ZArticleForm>;

export interface ArticleInput {
  title: string;
  summary: string;
  body: string;
  /** null: make one from the title. */
  slug: string | null;
  tags: string[];
  topic: ArticleTopic | null;
  correctionNote: string | null;
}

const TAG = /^[\p{L}\p{N}]+(?:[ -][\p{L}\p{N}]+)*$/u;

export function parseArticleForm(form: ArticleForm, options: { correction: boolean }): { ok: true; value: ArticleInput } | { ok: false; errors: ArticleInputError[] } {
  const errors: ArticleInputError[] = [];
  // Line endings from browsers are CRLF; store one kind so revisions diff cleanly.
  const clean = (s: string) => s.replace(/\r\n?/g, '\n');
  const title = clean(form.title).replace(/\s+/g, ' ').trim();
  const summary = clean(form.summary).trim();
  const body = clean(form.body).trimEnd();
  if (!title) errors.push({ field: 'title', code: 'title_missing' });
  else if ([...title].length > ARTICLE_LIMITS.title) errors.push({ field: 'title', code: 'title_too_long' });
  if ([...summary].length > ARTICLE_LIMITS.summary) errors.push({ field: 'summary', code: 'summary_too_long' });
  if (body.length > ARTICLE_LIMITS.body) errors.push({ field: 'body', code: 'body_too_long' });
  const slug = form.slug.trim();
  if (slug && (!SLUG_PATTERN.test(slug) || slug.length > MAX_SLUG_LENGTH)) errors.push({ field: 'slug', code: 'slug_invalid' });
  const tags = [...new Set(form.tags.split(/[,\n]/).map((t) => t.trim().toLowerCase().replace(/\s+/g, ' ')).filter(Boolean))];
  if (tags.length > ARTICLE_LIMITS.tags || tags.some((t) => t.length > ARTICLE_LIMITS.tag || !TAG.test(t))) errors.push({ field: 'tags', code: 'tags_invalid' });
  const topic = form.topic.trim();
  if (topic && !(ARTICLE_TOPICS as readonly string[]).includes(topic)) errors.push({ field: 'topic', code: 'topic_invalid' });
  let correctionNote: string | null = null;
  if (options.correction) {
    correctionNote = clean(form.correctionNote ?? '').trim();
    if (!correctionNote) errors.push({ field: 'correctionNote', code: 'note_missing' });
    else if ([...correctionNote].length > ARTICLE_LIMITS.correctionNote) errors.push({ field: 'correctionNote', code: 'note_too_long' });
  }
  if (errors.length) return { ok: false, errors };
  return { ok: true, value: { title, summary, body, slug: slug || null, tags, topic: (topic || null) as ArticleTopic | null, correctionNote } };
}
