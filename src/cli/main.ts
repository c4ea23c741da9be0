/**
 * The `humas` command: one entry point for serving, migrating, seeding and the tools later
 * capabilities add. Errors print one line (never a stack trace) and set a non-zero exit code.
 */
import { Command, CommanderError } from 'commander';
import { isAppError } from '../lib/app-error.js';
import { registerCommands } from './commands/index.js';

const program = new Command('humas')
  .description('Humas: publish, integrate, listen, answer and protect — one platform for government PR')
  .showHelpAfterError()
  .exitOverride();

registerCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode;
  } else {
    const message = isAppError(error) ? error.message : error instanceof Error ? error.message : String(error);
    process.stderr.write(`humas: ${message}\n`);
    process.exitCode = isAppError(error) && error.status < 500 ? 1 : 2;
  }
}
