/**
 * Line-oriented input and output for commands that map each input line to one JSON line
 * (`humas sentiment`, `humas analyze`, and later `humas redact`): stdin or --file in, stdout out.
 */
import { createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { AppError } from '../lib/app-error.js';

/** Opens --file PATH (checked first, so a bad path is one clear line) or stdin. */
export function openInput(file: string | undefined): Readable {
  if (file === undefined) return process.stdin;
  let isFile = false;
  try {
    isFile = statSync(file).isFile();
  } catch {
    throw new AppError('validation_failed', `cannot read --file ${file}: no such file`);
  }
  if (!isFile) throw new AppError('validation_failed', `cannot read --file ${file}: not a regular file`);
  return createReadStream(file, { encoding: 'utf8' });
}

/** Calls `toJson` for each input line and writes the results in order, buffered. */
export async function mapInputLines(input: Readable, toJson: (line: string) => unknown): Promise<void> {
  input.setEncoding('utf8');
  const lines = createInterface({ input, crlfDelay: Infinity });
  let buffer: string[] = [];
  for await (const line of lines) {
    buffer.push(JSON.stringify(toJson(line)));
    if (buffer.length >= 512) {
      await write(`${buffer.join('\n')}\n`);
      buffer = [];
    }
  }
  if (buffer.length > 0) await write(`${buffer.join('\n')}\n`);
}

function write(chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(chunk, (error) => (error ? reject(error) : resolve()));
  });
}
