/** Every subcommand of `humas`, registered in one place. */
import type { Command } from 'commander';
import { registerAnalyzeCommand } from './analyze.js';
import { registerMigrateCommand } from './migrate.js';
import { registerSentimentCommand } from './sentiment.js';

export function registerCommands(program: Command): void {
  registerMigrateCommand(program);
  registerSentimentCommand(program);
  registerAnalyzeCommand(program);
}
