/**
 * `humas analyze`: one document per input line (stdin or --file), one JSON line out per
 * document, in order: {"language", "sentiment", "agencies", "regions"} — what enrich stores.
 * --officials PATH adds the deployment's officials (names and aliases) as agency mentions.
 */
import type { Command } from 'commander';
import { AppError } from '../../lib/app-error.js';
import { createAnalyzer, type OfficialAlias } from '../../nlp/index.js';
import { mapInputLines, openInput } from '../read-lines.js';
import { getOfficialAliases, readOfficials } from '../read-officials.js';

export function registerAnalyzeCommand(program: Command): void {
  program
    .command('analyze')
    .description('detect language, sentiment, agencies and regions of each input line (stdin or --file)')
    .option('--file <path>', 'read documents from this UTF-8 file instead of stdin')
    .option('--officials <path>', 'JSON file of officials [{name, title?, agencyCode, validFrom, validTo?, aliases?}]')
    .option('--date <YYYY-MM-DD>', 'use the officials in office on this date (default: today)')
    .action(async (options: { file?: string; officials?: string; date?: string }) => {
      const date = options.date ?? new Date().toISOString().slice(0, 10);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new AppError('validation_failed', `invalid --date ${date}: use YYYY-MM-DD`);
      const officials: OfficialAlias[] = options.officials === undefined ? [] : getOfficialAliases(readOfficials(options.officials), date);
      const input = openInput(options.file);
      const analyzer = createAnalyzer({ officials });
      await mapInputLines(input, (line) => analyzer.analyze(line));
    });
}
