/** Reads a feed from a file (or stdin for "-"), bounded in size, and parses it; every failure is a one-line AppError. */
import fs from 'node:fs/promises';
import { AppError, isAppError } from '../../lib/app-error.js';
import { MAX_FEED_BYTES, parseFeed, type ParseFeedOptions } from './parse-feed.js';
import type { ParsedFeed } from './parsed-feed.js';

export async function readFeedFile(file: string, options: ParseFeedOptions = {}): Promise<ParsedFeed> {
  const bytes = file === '-' ? await readStdin() : await readBounded(file);
  return parseFeedSafely(bytes, options);
}

/** parseFeed, with any unexpected failure turned into "not a feed" rather than a crash. */
export function parseFeedSafely(bytes: Uint8Array, options: ParseFeedOptions = {}): ParsedFeed {
  try {
    return parseFeed(bytes, options);
  } catch (error) {
    if (isAppError(error)) throw error;
    throw new AppError('unprocessable', 'not a feed: the document could not be read', { cause: error });
  }
}

async function readBounded(file: string): Promise<Uint8Array> {
  let handle;
  try {
    handle = await fs.open(file, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new AppError('not_found', code === 'ENOENT' ? `no such file: ${file}` : `cannot read ${file} (${code ?? 'error'})`);
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new AppError('validation_failed', `not a regular file: ${file}`);
    if (stat.size > MAX_FEED_BYTES) throw new AppError('payload_too_large', `not a feed: ${file} is larger than ${MAX_FEED_BYTES / 1024 / 1024} MiB`);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    total += buffer.length;
    if (total > MAX_FEED_BYTES) throw new AppError('payload_too_large', `not a feed: input is larger than ${MAX_FEED_BYTES / 1024 / 1024} MiB`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}
