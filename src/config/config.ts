/**
 * Configuration: read from the environment once at start-up, validated, then passed down.
 * Defaults make `npm start` work with nothing set (embedded PGlite in ./data, port 3000).
 */
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../lib/app-error.js';
import { ZSecurityEnvSchema, toSecurityConfig, type SecurityConfig } from './security-config.js';

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

export const ZEnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
    .optional(),
  HUMAS_DATA_DIR: z.string().trim().min(1).default('./data'),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  PUBLIC_URL: z.string().trim().url('PUBLIC_URL must be an absolute URL such as https://humas.example.go.id').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HUMAS_TRUST_PROXY: booleanFromEnv.default(false),
  HUMAS_SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  HUMAS_BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(50 * 1024 * 1024).default(1024 * 1024),
  HUMAS_READ_FLUSH_SECONDS: z.coerce.number().min(0.05).max(300).default(5),
  HUMAS_PORTAL_CACHE_SECONDS: z.coerce.number().min(0).max(300).default(2),
  HUMAS_COMMENTS_PREMODERATION: booleanFromEnv.default(true),
  ...ZSecurityEnvSchema.shape,
});

export type EnvInput = Record<string, string | undefined>;

export interface Config {
  database: { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string; poolMax: number };
  http: { host: string; port: number; publicUrl: string; trustProxy: boolean; bodyLimitBytes: number };
  logLevel: z.infer<typeof ZEnvSchema>['LOG_LEVEL'];
  env: z.infer<typeof ZEnvSchema>['NODE_ENV'];
  shutdownTimeoutMs: number;
  /** Where development keys and the embedded database live (HUMAS_DATA_DIR). */
  dataDir: string;
  security: SecurityConfig['security'];
  mail: SecurityConfig['mail'];
  oidc: SecurityConfig['oidc'];
  retention: SecurityConfig['retention'];
  /** Public portal: read-count flush interval, article page cache, comment pre-moderation default. */
  portal: { readFlushSeconds: number; pageCacheSeconds: number; commentsPremoderated: boolean };
}

/** Validates the environment; throws an AppError naming every bad variable. */
export function loadConfig(env: EnvInput = process.env, cwd: string = process.cwd()): Config {
  // Empty strings count as unset, as in most deployment tools.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = ZEnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new AppError('validation_failed', `Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, '');
  const dataDir = path.resolve(cwd, e.HUMAS_DATA_DIR);
  return {
    ...toSecurityConfig(e),
    dataDir,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL, poolMax: e.DATABASE_POOL_MAX }
      : { kind: 'pglite', dataDir },
    http: {
      host: e.HOST,
      port: e.PORT,
      publicUrl,
      trustProxy: e.HUMAS_TRUST_PROXY,
      bodyLimitBytes: e.HUMAS_BODY_LIMIT_BYTES,
    },
    logLevel: e.LOG_LEVEL,
    env: e.NODE_ENV,
    shutdownTimeoutMs: e.HUMAS_SHUTDOWN_TIMEOUT_MS,
    portal: { readFlushSeconds: e.HUMAS_READ_FLUSH_SECONDS, pageCacheSeconds: e.HUMAS_PORTAL_CACHE_SECONDS, commentsPremoderated: e.HUMAS_COMMENTS_PREMODERATION },
  };
}
