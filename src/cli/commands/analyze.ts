/**
 * `humas analyze`: one document per input line (stdin or --file), one JSON line out per
 * document, in order: {"language", "sentiment", "agencies", "regions"} — what enrich stores.
 */
import type { Command } from 'commander';
import { createAnalyzer } from './nlp-imports.js';
import { mapInputLines, openInput } from './sentiment.js';

export function registerAnalyzeCommand(program: Command): void {
  program
    .command('analyze')
    .description('detect language, sentiment, agencies and regions of each input line (stdin or --file)')
    .option('--file <path>', 'read documents from this UTF-8 file instead of stdin')
    .action(async (options: { file?: string }) => {
      const input = openInput(options.file);
      const analyzer = createAnalyzer();
      await mapInputLines(input, (line) => analyzer.analyze(line));
    });
}
