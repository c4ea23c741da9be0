/** `humas feed parse <file>`: prints a feed as JSON (bozo semantics: recoverable damage is reported, not fatal). */
import type { Command } from 'commander';
import { z } from 'zod';
import { readFeedFile } from '../../connectors/feeds/read-feed-file.js';
import { toFeedParseOutput } from '../../connectors/feeds/to-feed-parse-output.js';
import { AppError } from '../../lib/app-error.js';

const ZFeedParseOptions = z.object({
  baseUrl: z.url({ protocol: /^https?$/, message: '--base-url must be an absolute http(s) URL' }).optional(),
});

export function registerFeedCommand(program: Command): void {
  const feed = program.command('feed').description('feed tools');
  feed
    .command('parse <file>')
    .description('parse an RSS, Atom or JSON feed file ("-" for stdin) and print it as JSON')
    .option('--base-url <url>', 'URL the feed came from, for resolving relative links')
    .action(async (file: string, raw: Record<string, unknown>) => {
      const options = ZFeedParseOptions.safeParse(raw);
      if (!options.success) throw new AppError('validation_failed', options.error.issues[0]!.message);
      const parsed = await readFeedFile(file, { url: options.data.baseUrl ?? null });
      process.stdout.write(`${JSON.stringify(toFeedParseOutput(parsed), null, 2)}\n`);
    });
}
