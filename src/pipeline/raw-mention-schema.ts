/**
 * The pipeline's input contract: what every connector, the webhook and the demo must deliver
 * (a RawMention), checked with zod before anything is queued.
 */
import { z } from 'zod';
import { AUTHOR_TYPES, PLATFORMS, type RawMention } from '../domain/mention.js';

/** Longest text kept; connectors cut longer texts to this instead of rejecting them. */
export const MAX_TEXT_LENGTH = 100_000;

const count = z.number().int('must be a whole number').min(0, 'must not be negative').max(1e12, 'is implausibly large');
const EARLIEST = Date.UTC(2000, 0, 1);
const FUTURE_SLACK_MS = 24 * 3_600_000;

export const ZRawMention = z.object({
  platform: z.enum(PLATFORMS),
  externalId: z.string().trim().min(1, 'must not be empty').max(512, 'is longer than 512 characters'),
  url: z.string().max(4096, 'is longer than 4096 characters').regex(/^https?:\/\/\S+$/i, 'must be an http(s) URL').nullable(),
  publishedAt: z
    .date({ message: 'must be a date' })
    .refine((d) => !Number.isNaN(d.getTime()), 'is not a valid date')
    .refine((d) => d.getTime() >= EARLIEST, 'is before the year 2000')
    .refine((d) => d.getTime() <= Date.now() + FUTURE_SLACK_MS, 'is more than a day in the future'),
  author: z.object({
    handle: z.string().max(256, 'is longer than 256 characters').nullable(),
    name: z.string().max(512, 'is longer than 512 characters').nullable(),
    followers: count.nullable(),
    type: z.enum(AUTHOR_TYPES),
  }),
  title: z.string().max(2000, 'is longer than 2000 characters').nullable(),
  text: z.string().max(MAX_TEXT_LENGTH, 'is longer than 100,000 characters'),
  metrics: z.object({
    likes: count,
    replies: count,
    shares: count,
    views: count.nullable(),
    quotes: count.optional(),
    saves: count.optional(),
  }),
  lang: z.string().max(16).nullable(),
}).refine((m) => m.text.trim() !== '' || (m.title ?? '').trim() !== '', { message: 'text and title are both empty', path: ['text'] });

/** Validates one item; returns it or the first problem as "field: message". */
export function parseRawMention(value: unknown): { ok: true; item: RawMention } | { ok: false; message: string } {
  const parsed = ZRawMention.safeParse(value);
  if (parsed.success) return { ok: true, item: parsed.data as RawMention };
  const issue = parsed.error.issues[0]!;
  const where = issue.path.length > 0 ? issue.path.join('.') : 'item';
  return { ok: false, message: `${where}: ${issue.message}` };
}
