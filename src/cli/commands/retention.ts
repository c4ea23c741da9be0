/** `humas retention run`: applies the data retention periods now (serve also runs it hourly). */
import type { Command } from 'commander';
import { runRetention } from '../../security/personal-data/run-retention.js';
import { withRuntime } from '../runtime.js';

export function registerRetentionCommand(program: Command): void {
  program
    .command('retention')
    .description('data retention')
    .command('run')
    .description('delete personal and temporary data older than its retention period')
    .action(async () => {
      await withRuntime(async ({ db, config, logger, keyring }) => {
        const removed = await runRetention(db, keyring(), config.retention);
        logger.info({ removed, retentionDays: config.retention }, 'retention applied');
      });
    });
}
