/**
 * `humas redact`: the pipeline's protect stage on its own. Reads UTF-8 text, one document per
 * line (stdin or --file), writes one JSON object per line in the same order:
 * {"text": "<redacted>", "found": {"NIK": n, …}}. Touches no database.
 */
import fs from 'node:fs';
import readline from 'node:readline';
import type { Command } from 'commander';
import { AppError } from '../../lib/app-error.js';
import { redactPersonalData } from '../../pipeline/protect/redact-personal-data.js';

export function registerRedactCommand(program: Command): void {
  program
    .command('redact')
    .description('redact Indonesian personal data (NIK, KK, NPWP, phone, e-mail, bank account) line by line')
    .option('--file <path>', 'read this file instead of standard input')
    .action(async (options: { file?: string }) => {
      let input: NodeJS.ReadableStream = process.stdin;
      if (options.file !== undefined) {
        try {
          if (!fs.statSync(options.file).isFile()) throw new Error('not a file');
        } catch {
          throw new AppError('not_found', `Cannot read ${options.file}: no such file.`);
        }
        input = fs.createReadStream(options.file);
      }
      await redactLines(input, process.stdout);
    });
}

export async function redactLines(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<void> {
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    const result = redactPersonalData(line.replace(/\r$/, ''));
    const ok = output.write(`${JSON.stringify({ text: result.text, found: result.found })}\n`);
    if (!ok) await new Promise<void>((resolve) => output.once('drain', () => resolve()));
  }
}
