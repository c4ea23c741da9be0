/**
 * `humas sources add|list|poll`: the feeds, WordPress sites and social API endpoints that the
 * scheduled poller in `humas serve` reads. Tokens are never stored: a source names the
 * environment variable that holds its token.
 */
import type { Command } from 'commander';
import { z } from 'zod';
import { pollSourcesNow } from '../../connectors/polling/poll-sources.js';
import { DEFAULT_PLATFORM, POLLED_KINDS, ZSourceConfig } from '../../connectors/polling/source-config.js';
import { createPipelineSink } from '../../connectors/shared/create-pipeline-sink.js';
import { claimDueSources } from '../../db/queries/sources/claim-due-sources.js';
import { createSource } from '../../db/queries/sources/create-source.js';
import { listSources } from '../../db/queries/sources/list-sources.js';
import { PLATFORMS } from '../../domain/mention.js';
import { AppError } from '../../lib/app-error.js';
import { withRuntime } from '../runtime.js';

const ZAddOptions = z.object({
  kind: z.enum(POLLED_KINDS, { message: `--kind must be one of ${POLLED_KINDS.join(', ')}` }),
  name: z.string().trim().min(1, '--name is required').max(200),
  url: z.url({ protocol: /^https?$/, message: '--url must be an absolute http(s) URL' }),
  platform: z.enum(PLATFORMS, { message: `--platform must be one of ${PLATFORMS.join(', ')}` }).optional(),
  interval: z.coerce.number().int().min(1).max(1440).default(15),
  tokenEnv: z.string().optional(),
  body: z.string().optional(),
  internal: z.boolean().default(false),
});

const ZPollOptions = z.object({
  id: z.array(z.coerce.number().int().min(1, '--id must be a source id')).optional(),
  due: z.boolean().default(false),
  dryRun: z.boolean().default(false),
});

export function registerSourcesCommand(program: Command): void {
  const sources = program.command('sources').description('sources the listening poller reads');

  sources
    .command('add')
    .description('register a feed, WordPress site or social API endpoint to poll')
    .requiredOption('--kind <kind>', POLLED_KINDS.join('|'))
    .requiredOption('--name <name>', 'a unique name per kind')
    .requiredOption('--url <url>', 'feed URL, WordPress site URL, or API endpoint URL')
    .option('--platform <platform>', 'platform of the items (default by kind)')
    .option('--interval <minutes>', 'minutes between polls', '15')
    .option('--token-env <name>', 'environment variable holding the bearer token')
    .option('--body <json>', 'JSON request body for POST endpoints (TikTok Research API)')
    .option('--internal', 'on an internal network: allow private addresses')
    .action(async (raw: Record<string, unknown>) => {
      const o = parse(ZAddOptions, raw);
      let body: unknown;
      try {
        body = o.body === undefined ? undefined : JSON.parse(o.body);
      } catch {
        throw new AppError('validation_failed', '--body must be a JSON object');
      }
      const config = parse(ZSourceConfig, { intervalMinutes: o.interval, ...(o.tokenEnv ? { tokenEnv: o.tokenEnv } : {}), ...(body !== undefined ? { body } : {}) });
      await withRuntime(async ({ db }) => {
        const id = await createSource(db, { kind: o.kind, platform: o.platform ?? DEFAULT_PLATFORM[o.kind], name: o.name, url: o.url, config, isInternal: o.internal });
        process.stdout.write(`${JSON.stringify({ id, kind: o.kind, name: o.name })}\n`);
      });
    });

  sources
    .command('list')
    .description('list sources with their polling state (JSON)')
    .action(async () => {
      await withRuntime(async ({ db }) => {
        const rows = await listSources(db);
        process.stdout.write(`${JSON.stringify(rows.map(({ etag: _e, lastModified: _l, ...row }) => row), null, 2)}\n`);
      });
    });

  sources
    .command('poll')
    .description('poll sources now: the given --id ones, or with --due those that are due')
    .option('--id <id>', 'a source id (repeatable)', (value: string, previous: string[] = []) => [...previous, value])
    .option('--due', 'poll every source that is due, as the scheduler would')
    .option('--dry-run', 'fetch and read only; store nothing and record nothing')
    .action(async (raw: Record<string, unknown>) => {
      const o = parse(ZPollOptions, raw);
      if (!o.id && !o.due) throw new AppError('validation_failed', 'give --id <source id> or --due');
      await withRuntime(async ({ db, logger }) => {
        // A dry run must leave no trace, so it looks at due sources without leasing them.
        const ids =
          o.id ??
          (o.dryRun
            ? (await listSources(db)).filter((s) => s.isActive && (s.nextPollAt === null || s.nextPollAt <= new Date())).map((s) => s.id)
            : await claimDueSources(db, { kinds: POLLED_KINDS, now: new Date(), leaseSeconds: 600, limit: 100 }));
        const results = await pollSourcesNow(db, ids, { sink: o.dryRun ? null : createPipelineSink(db), env: process.env, now: () => new Date(), logger });
        process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
      });
    });
}

function parse<T extends z.ZodType>(schema: T, raw: unknown): z.infer<T> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AppError('validation_failed', issue.path.length > 0 && !issue.message.startsWith('--') ? `${issue.path.join('.')}: ${issue.message}` : issue.message);
  }
  return parsed.data;
}
