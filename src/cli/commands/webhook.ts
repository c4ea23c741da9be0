/**
 * `humas webhook add` creates a source integrators push to through POST /api/v1/ingest and
 * prints its signing secret once; `humas webhook rotate <id>` issues a new secret.
 */
import type { Command } from 'commander';
import { z } from 'zod';
import { PLATFORMS } from '../../domain/mention.js';
import { AppError } from '../../lib/app-error.js';
import { createKeyringSecretBox } from '../../security/keys/keyring-secret-box.js';
import { createWebhookSource, rotateWebhookSecret } from '../../services/ingest/webhook-sources.js';
import { withRuntime } from '../runtime.js';

const ZAdd = z.object({
  name: z.string().trim().min(1, '--name is required').max(200, '--name is at most 200 characters'),
  platform: z.enum(PLATFORMS, { message: `--platform must be one of ${PLATFORMS.join(', ')}` }),
  agency: z.string().trim().min(1).optional(),
});

export function registerWebhookCommands(program: Command): void {
  const webhook = program.command('webhook').description('sources that push items through the signed ingest webhook');

  webhook
    .command('add')
    .description('create a webhook source and print its signing secret (shown once)')
    .requiredOption('--name <name>', 'a name for the integration')
    .option('--platform <platform>', 'platform of the items it sends', 'web')
    .option('--agency <code>', 'agency code or slug the source belongs to')
    .action(async (raw: Record<string, unknown>) => {
      const parsed = ZAdd.safeParse(raw);
      if (!parsed.success) throw new AppError('validation_failed', parsed.error.issues[0]!.message);
      await withRuntime(async ({ db, keyring }) => {
        let agencyId: number | null = null;
        if (parsed.data.agency) {
          const { rows } = await db.query<{ id: number }>('SELECT id FROM agencies WHERE code = $1 OR slug = $1', [parsed.data.agency]);
          if (!rows[0]) throw new AppError('not_found', `No agency has the code or slug ${parsed.data.agency}.`);
          agencyId = rows[0].id;
        }
        const created = await createWebhookSource(db, createKeyringSecretBox(keyring()), { name: parsed.data.name, platform: parsed.data.platform, agencyId });
        process.stdout.write(`source id: ${created.sourceId}\nsigning secret (shown once): ${created.secret}\n`);
      });
    });

  webhook
    .command('rotate <sourceId>')
    .description('issue a new signing secret for a webhook source (the old one stops working)')
    .action(async (sourceId: string) => {
      if (!/^[1-9]\d{0,15}$/.test(sourceId)) throw new AppError('validation_failed', 'sourceId must be a positive whole number.');
      await withRuntime(async ({ db, keyring }) => {
        const secret = await rotateWebhookSecret(db, createKeyringSecretBox(keyring()), Number(sourceId));
        process.stdout.write(`signing secret (shown once): ${secret}\n`);
      });
    });
}
