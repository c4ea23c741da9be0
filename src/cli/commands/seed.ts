/** `humas seed --demo [--mentions N]`: loads the deterministic demo data set. */
import type { Command } from 'commander';
import { z } from 'zod';
import { migrate } from '../../db/migrate.js';
import { AppError } from '../../lib/app-error.js';
import { seedDemo } from '../../services/demo/seed-demo.js';
import { createProgress } from '../progress.js';
import { withRuntime } from '../runtime.js';

const ZSeedOptions = z.object({
  demo: z.literal(true, { message: 'only the demo data set exists: use --demo' }),
  mentions: z.coerce.number().int().min(0, '--mentions must be 0 or more').max(50_000_000, '--mentions is at most 50,000,000'),
});

export function registerSeedCommand(program: Command): void {
  program
    .command('seed')
    .description('load demo data: agencies, staff, news and 30 days of public conversation')
    .option('--demo', 'load the demo data set')
    .option('--mentions <n>', 'number of mentions to generate', '100000')
    .action(async (raw: Record<string, unknown>) => {
      const parsed = ZSeedOptions.safeParse(raw);
      if (!parsed.success) throw new AppError('validation_failed', parsed.error.issues[0]!.message);
      await withRuntime(async ({ db, logger }) => {
        await migrate(db);
        const progress = createProgress('mentions', logger);
        let result;
        try {
          result = await seedDemo(db, { mentions: parsed.data.mentions, onProgress: (d, t) => progress.update(d, t) });
        } finally {
          progress.stop();
        }
        logger.info(result, result.status === 'already-done' ? 'demo data already present' : 'demo data loaded');
      });
    });
}
