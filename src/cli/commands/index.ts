/** Every subcommand of `humas`, registered in one place. */
import type { Command } from 'commander';
import { registerAnalyzeCommand } from './analyze.js';
import { registerAuditCommand } from './audit.js';
import { registerFeedCommand } from './feed.js';
import { registerIngestCommand } from './ingest.js';
import { registerKeysCommand } from './keys.js';
import { registerMigrateCommand } from './migrate.js';
import { registerPipelineCommands } from './pipeline.js';
import { registerRedactCommand } from './redact.js';
import { registerRetentionCommand } from './retention.js';
import { registerSeedCommand } from './seed.js';
import { registerSentimentCommand } from './sentiment.js';
import { registerServeCommands } from './serve.js';
import { registerSourcesCommand } from './sources.js';
import { registerWebhookCommands } from './webhook.js';

export function registerCommands(program: Command): void {
  registerMigrateCommand(program);
  registerSeedCommand(program);
  registerServeCommands(program);
  registerPipelineCommands(program);
  registerRedactCommand(program);
  registerWebhookCommands(program);
  registerSentimentCommand(program);
  registerAnalyzeCommand(program);
  registerFeedCommand(program);
  registerIngestCommand(program);
  registerSourcesCommand(program);
  registerAuditCommand(program);
  registerKeysCommand(program);
  registerRetentionCommand(program);
}
