/**
 * How the columns of a generic CSV or JSONL export map onto a RawMention. Given as a JSON file
 * or inline ("externalId=post_id,text=isi"); unmapped fields use the column of the same name.
 */
import fs from 'node:fs';
import { z } from 'zod';
import { PLATFORMS } from '../../domain/mention.js';
import { AppError } from '../../lib/app-error.js';

const column = z.string().trim().min(1).max(200);

export const ZColumnMapping = z
  .object({
    externalId: column.default('id'),
    text: column.default('text'),
    publishedAt: column.default('published_at'),
    url: column.default('url'),
    title: column.default('title'),
    authorHandle: column.default('author_handle'),
    authorName: column.default('author_name'),
    authorFollowers: column.default('author_followers'),
    authorType: column.default('author_type'),
    likes: column.default('likes'),
    replies: column.default('replies'),
    shares: column.default('shares'),
    views: column.default('views'),
    quotes: column.default('quotes'),
    saves: column.default('saves'),
    lang: column.default('lang'),
    platform: column.default('platform'),
    /** Platform for rows whose platform column is empty or missing. */
    defaultPlatform: z.enum(PLATFORMS).default('web'),
  })
  .strict();

export type ColumnMapping = z.infer<typeof ZColumnMapping>;

export const DEFAULT_MAPPING: ColumnMapping = ZColumnMapping.parse({});

/** Reads `--mapping`: a path to a JSON file, or inline `field=column` pairs separated by commas. */
export function parseMappingOption(value: string | undefined): ColumnMapping {
  if (value === undefined) return DEFAULT_MAPPING;
  let raw: unknown;
  if (value.trim().endsWith('.json') || fs.existsSync(value)) {
    try {
      raw = JSON.parse(fs.readFileSync(value, 'utf8'));
    } catch {
      throw new AppError('validation_failed', `--mapping: cannot read ${value} as JSON`);
    }
  } else {
    raw = Object.fromEntries(
      value.split(',').map((pair) => {
        const [key, ...rest] = pair.split('=');
        if (!key || rest.length === 0) throw new AppError('validation_failed', `--mapping: "${pair.slice(0, 60)}" is not field=column`);
        return [key.trim(), rest.join('=').trim()];
      }),
    );
  }
  const parsed = ZColumnMapping.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AppError('validation_failed', `--mapping: ${issue.path.join('.') || 'mapping'}: ${issue.message}`);
  }
  return parsed.data;
}
