/**
 * `humas ingest feed <url|file>` and `humas ingest file <path|url> --format …`: one-off imports
 * into the listening pipeline. `--dry-run` reads and validates without storing. Prints a JSON
 * report: counts, and for skipped records their position and reason (never their content).
 */
import type { Command } from 'commander';
import { z } from 'zod';
import { IMPORT_FORMATS } from '../../connectors/imports/import-formats.js';
import { createPipelineSink } from '../../connectors/shared/create-pipeline-sink.js';
import { parseMappingOption } from '../../connectors/tabular/column-mapping.js';
import { PLATFORMS } from '../../domain/mention.js';
import { AppError } from '../../lib/app-error.js';
import { ingestFeed } from '../../services/listening/ingest-feed.js';
import { ingestFile } from '../../services/listening/ingest-file.js';
import { withRuntime } from '../runtime.js';

const ZCommon = z.object({
  source: z.string().trim().min(1).max(200).optional(),
  internal: z.boolean().default(false),
  dryRun: z.boolean().default(false),
});

const ZFeedOptions = ZCommon.extend({ platform: z.enum(PLATFORMS, { message: `--platform must be one of ${PLATFORMS.join(', ')}` }).default('news') });

const ZFileOptions = ZCommon.extend({
  format: z.enum(IMPORT_FORMATS, { message: `--format must be one of ${IMPORT_FORMATS.join(', ')}` }),
  mapping: z.string().optional(),
  platform: z.enum(PLATFORMS, { message: `--platform must be one of ${PLATFORMS.join(', ')}` }).optional(),
  tokenEnv: z.string().regex(/^[A-Z][A-Z0-9_]{0,63}$/, '--token-env must name an environment variable, e.g. HUMAS_X_TOKEN').optional(),
  maxPages: z.coerce.number().int().min(1, '--max-pages must be 1 to 100').max(100, '--max-pages must be 1 to 100').default(5),
  body: z.string().optional(),
});

const FORMAT_PLATFORM = { 'x-v2': 'x', meta: 'facebook', youtube: 'youtube', tiktok: 'tiktok', csv: 'web', jsonl: 'web' } as const;

function parseOptions<T extends z.ZodType>(schema: T, raw: unknown): z.infer<T> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new AppError('validation_failed', parsed.error.issues[0]!.message);
  return parsed.data;
}

export function registerIngestCommand(program: Command): void {
  const ingest = program.command('ingest').description('import items into the listening pipeline');

  ingest
    .command('feed <target>')
    .description('read an RSS, Atom or JSON feed (URL or file) and ingest its items')
    .option('--source <name>', 'source to file the items under (default: the URL or file name)')
    .option('--platform <platform>', 'platform of the items', 'news')
    .option('--internal', 'the URL is on an internal network (allows private addresses)')
    .option('--dry-run', 'read and validate only; store nothing')
    .action(async (target: string, raw: Record<string, unknown>) => {
      const options = parseOptions(ZFeedOptions, raw);
      await withRuntime(async ({ db }) => {
        const report = await ingestFeed(
          db,
          options.dryRun ? null : createPipelineSink(db),
          { target, sourceName: options.source, platform: options.platform, isInternal: options.internal },
          { now: () => new Date() },
        );
        process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      });
    });

  ingest
    .command('file <target>')
    .description('import a platform export (file, folder, or API endpoint URL) or a CSV/JSONL file')
    .requiredOption('--format <format>', IMPORT_FORMATS.join('|'))
    .option('--mapping <mapping>', 'csv/jsonl column mapping: a JSON file or field=column,… pairs')
    .option('--source <name>', 'source to file the items under (default: the file name or URL)')
    .option('--platform <platform>', 'platform the source is filed under')
    .option('--token-env <name>', 'environment variable holding the bearer token (for URLs)')
    .option('--max-pages <n>', 'pages to read from a URL', '5')
    .option('--body <json>', 'JSON request body for POST endpoints (TikTok Research API)')
    .option('--internal', 'the URL is on an internal network (allows private addresses)')
    .option('--dry-run', 'read and validate only; store nothing')
    .action(async (target: string, raw: Record<string, unknown>) => {
      const options = parseOptions(ZFileOptions, raw);
      const mapping = parseMappingOption(options.mapping);
      let body: Record<string, unknown> | undefined;
      if (options.body !== undefined) {
        try {
          body = z.record(z.string(), z.unknown()).parse(JSON.parse(options.body));
        } catch {
          throw new AppError('validation_failed', '--body must be a JSON object');
        }
      }
      await withRuntime(async ({ db }) => {
        const report = await ingestFile(
          db,
          options.dryRun ? null : createPipelineSink(db),
          {
            target,
            format: options.format,
            mapping,
            sourceName: options.source,
            platform: options.platform ?? FORMAT_PLATFORM[options.format],
            tokenEnv: options.tokenEnv,
            isInternal: options.internal,
            maxPages: options.maxPages,
            body,
          },
          { env: process.env },
        );
        process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      });
    });
}
