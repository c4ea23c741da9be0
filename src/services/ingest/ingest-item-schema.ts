/**
 * What an integrator sends to POST /api/v1/ingest: items close to the pipeline's RawMention,
 * with JSON-friendly types (ISO 8601 dates) and defaults for what many systems lack.
 */
import { z } from 'zod';
import { AUTHOR_TYPES, PLATFORMS, type Platform, type RawMention } from '../../domain/mention.js';

const count = z.number().int().min(0).max(1e12);

export const ZIngestItem = z
  .object({
    externalId: z.string().min(1).max(512).describe('Your id for the item; sending it again is harmless (idempotent)'),
    platform: z.enum(PLATFORMS).optional().describe("Defaults to the source's platform"),
    url: z.string().max(4096).nullable().optional(),
    publishedAt: z.string().datetime({ offset: true }).describe('ISO 8601 with a time zone, e.g. 2026-05-01T08:30:00+07:00'),
    author: z
      .object({
        handle: z.string().max(256).nullable().optional(),
        name: z.string().max(512).nullable().optional(),
        followers: count.nullable().optional(),
        type: z.enum(AUTHOR_TYPES).optional(),
      })
      .optional(),
    title: z.string().max(2000).nullable().optional(),
    text: z.string().max(100_000),
    metrics: z
      .object({
        likes: count.optional(),
        replies: count.optional(),
        shares: count.optional(),
        views: count.nullable().optional(),
        quotes: count.optional(),
        saves: count.optional(),
      })
      .optional(),
    lang: z.string().max(16).nullable().optional(),
  })
  .meta({ id: 'IngestItem' });

export type IngestItem = z.infer<typeof ZIngestItem>;

export const ZIngestBody = z
  .object({ items: z.array(ZIngestItem).min(1).max(1000).describe('1 to 1,000 items; each is accepted or rejected on its own') })
  .meta({ id: 'IngestBatch' });

/** The envelope only: items are checked one by one so one bad item does not sink the batch. */
export const ZIngestEnvelope = z.object({
  items: z.array(z.unknown()).min(1, 'items must hold at least one item').max(1000, 'items holds at most 1,000 items per request'),
});

export function toRawMention(item: IngestItem, defaultPlatform: Platform): RawMention {
  const m = item.metrics ?? {};
  return {
    platform: item.platform ?? defaultPlatform,
    externalId: item.externalId,
    url: item.url ?? null,
    publishedAt: new Date(item.publishedAt),
    author: {
      handle: item.author?.handle ?? null,
      name: item.author?.name ?? null,
      followers: item.author?.followers ?? null,
      type: item.author?.type ?? 'unknown',
    },
    title: item.title ?? null,
    text: item.text,
    metrics: {
      likes: m.likes ?? 0,
      replies: m.replies ?? 0,
      shares: m.shares ?? 0,
      views: m.views ?? null,
      ...(m.quotes !== undefined ? { quotes: m.quotes } : {}),
      ...(m.saves !== undefined ? { saves: m.saves } : {}),
    },
    lang: item.lang ?? null,
  };
}
