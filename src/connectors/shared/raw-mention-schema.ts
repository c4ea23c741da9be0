/**
 * The last check before items leave a connector: every RawMention, whatever the platform, must
 * satisfy this schema. Native records are validated earlier by each connector's own schema.
 */
import { z } from 'zod';
import { AUTHOR_TYPES, PLATFORMS, type RawMention } from '../../domain/mention.js';

const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const shortText = (max: number) => z.string().max(max).nullable();

export const MAX_TEXT_LENGTH = 100_000;

export const ZRawMention = z.object({
  platform: z.enum(PLATFORMS),
  externalId: z.string().min(1).max(512),
  url: z.string().max(4096).regex(/^https?:\/\//, 'must be an http(s) URL').nullable(),
  publishedAt: z.date().refine((d) => !Number.isNaN(d.getTime()), 'invalid date'),
  author: z.object({
    handle: shortText(256),
    name: shortText(512),
    followers: count.nullable(),
    type: z.enum(AUTHOR_TYPES),
  }),
  title: shortText(2000),
  text: z.string().min(1, 'text is empty').max(MAX_TEXT_LENGTH),
  metrics: z.object({
    likes: count,
    replies: count,
    shares: count,
    views: count.nullable(),
    quotes: count.optional(),
    saves: count.optional(),
  }),
  lang: shortText(35),
}) satisfies z.ZodType<RawMention>;
