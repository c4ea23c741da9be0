/** `humas migrate`: brings the database schema up to date. */
import type { Command } from 'commander';
import { migrate } from '../../db/migrate.js';
import { withRuntime } from '../runtime.js';

export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('apply pending database migrations')
    .action(async () => {
      await withRuntime(async ({ db, logger }) => {
        const result = await migrate(db);
        logger.info({ applied: result.applied, total: result.total }, 'migrations up to date');
      });
    });
}
