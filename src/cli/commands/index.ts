/** Every subcommand of `humas`, registered in one place. */
import type { Command } from 'commander';
import { registerMigrateCommand } from './migrate.js';

export function registerCommands(program: Command): void {
  registerMigrateCommand(program);
}
