/** The kinds of source that are polled, and the per-source settings kept in `sources.config`. */
import { z } from 'zod';
import { PLATFORMS, type Platform } from '../../domain/mention.js';

export const POLLED_KINDS = ['feed', 'wordpress', 'x-v2', 'meta', 'youtube', 'tiktok'] as const;
export type PolledKind = (typeof POLLED_KINDS)[number];

export const ZSourceConfig = z
  .object({
    /** Minutes between polls when all is well. */
    intervalMinutes: z.number().int().min(1).max(1440).default(15),
    /** Pages read per poll (WordPress and social endpoints). */
    maxPages: z.number().int().min(1).max(100).default(5),
    perPage: z.number().int().min(1).max(100).default(20),
    /** Name of the environment variable holding the bearer token; the token itself is never stored. */
    tokenEnv: z.string().regex(/^[A-Z][A-Z0-9_]{0,63}$/, 'must be an environment variable name such as HUMAS_X_TOKEN').optional(),
    method: z.enum(['GET', 'POST']).optional(),
    /** JSON body for POST endpoints (the TikTok Research API query). */
    body: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();
export type SourceConfig = z.infer<typeof ZSourceConfig>;

export const DEFAULT_PLATFORM: Record<PolledKind, Platform> = {
  feed: 'news',
  wordpress: 'portal',
  'x-v2': 'x',
  meta: 'facebook',
  youtube: 'youtube',
  tiktok: 'tiktok',
};

export function isPolledKind(kind: string): kind is PolledKind {
  return (POLLED_KINDS as readonly string[]).includes(kind);
}

export function asPlatform(value: string, fallback: Platform): Platform {
  return (PLATFORMS as readonly string[]).includes(value) ? (value as Platform) : fallback;
}
