/** Every subcommand of `humas`, registered in one place. */
import type { Command } from 'commander';
import { registerAuditCommand } from './audit.js';
import { registerKeysCommand } from './keys.js';
import { registerMigrateCommand } from './migrate.js';
import { registerRetentionCommand } from './retention.js';
import { registerSeedCommand } from './seed.js';
import { registerServeCommands } from './serve.js';

export function registerCommands(program: Command): void {
  registerMigrateCommand(program);
  registerSeedCommand(program);
  registerServeCommands(program);
  registerAuditCommand(program);
  registerKeysCommand(program);
  registerRetentionCommand(program);
}
