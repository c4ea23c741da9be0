/**
 * Structured logging (pino JSON). Log lines are English and never carry personal data:
 * request headers that identify people are redacted here once, for every logger.
 */
import { pino, type Logger, type LoggerOptions } from 'pino';

export type { Logger };

export const REDACTED_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-api-key"]',
  'req.headers["x-humas-signature"]',
  'res.headers["set-cookie"]',
  'password',
  '*.password',
  'email',
  '*.email',
  'token',
  '*.token',
  // PostgreSQL errors repeat offending values here (e.g. "Key (email)=(…) already exists").
  'err.detail',
  'err.where',
];

export function createLogger(options: { level?: string; destination?: pino.DestinationStream } = {}): Logger {
  const config: LoggerOptions = {
    level: options.level ?? 'info',
    base: { app: 'humas' },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  return options.destination ? pino(config, options.destination) : pino(config);
}
