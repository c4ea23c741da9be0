/**
 * `humas sentiment`: one document per input line (stdin or --file), one JSON line out per
 * document, in order: {"label", "scores"}.
 */
import type { Command } from 'commander';
import { scoreSentiment } from '../../nlp/index.js';
import { mapInputLines, openInput } from '../read-lines.js';

export function registerSentimentCommand(program: Command): void {
  program
    .command('sentiment')
    .description('score sentiment of each input line (stdin or --file); prints one JSON object per line')
    .option('--file <path>', 'read documents from this UTF-8 file instead of stdin')
    .action(async (options: { file?: string }) => {
      const input = openInput(options.file);
      await mapInputLines(input, (line) => scoreSentiment(line));
    });
}
