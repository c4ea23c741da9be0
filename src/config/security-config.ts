/**
 * The security part of the configuration: data-protection keys, sessions, mail, single
 * sign-on and retention. Keys are never defaulted in production; in development they are
 * generated into the data directory on first run (see security/keys/load-keyring.ts).
 */
import { z } from 'zod';
import { RETENTION_DEFAULT_DAYS, RETENTION_TYPES, type RetentionType } from '../domain/retention.js';
import { AppError } from '../lib/app-error.js';

const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;

/** A 32-byte key written as base64 (what `humas keys generate` prints). */
const ZKey32 = z
  .string()
  .trim()
  .refine((value) => Buffer.from(value, 'base64').length === 32, 'must be 32 bytes in base64 (run `humas keys generate`)');

export const ZSecurityEnvSchema = z.object({
  /** Data-encryption keys, newest first: `k2:BASE64,k1:BASE64`. The first encrypts, all decrypt. */
  HUMAS_DATA_KEYS: z
    .string()
    .trim()
    .refine(
      (value) =>
        value.split(',').every((part) => {
          const [id, key] = part.split(':');
          return id !== undefined && KEY_ID.test(id) && key !== undefined && Buffer.from(key, 'base64').length === 32;
        }),
      'must be a comma-separated list of id:base64key (32-byte keys), newest first',
    )
    .optional(),
  /** Key for keyed hashes (lookups, CSRF tokens, the audit chain). Not rotated by `keys rotate`. */
  HUMAS_LOOKUP_KEY: ZKey32.optional(),
  HUMAS_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  HUMAS_SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  HUMAS_LOGIN_MAX_FAILURES: z.coerce.number().int().min(3).max(100).default(10),
  HUMAS_LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  MAIL_TRANSPORT: z.enum(['outbox', 'smtp']).optional(),
  SMTP_URL: z
    .string()
    .trim()
    .regex(/^smtps?:\/\//, 'SMTP_URL must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().trim().min(3).default('Humas <no-reply@humas.localhost>'),
  /** Whether the ingest webhook needs an API key besides the source signature (default: on in production). */
  HUMAS_INGEST_REQUIRE_API_KEY: z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes').optional(),
  OIDC_ISSUER_URL: z.string().trim().url('OIDC_ISSUER_URL must be an absolute URL').optional(),
  OIDC_CLIENT_ID: z.string().trim().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().trim().min(1).optional(),
  OIDC_LABEL: z.string().trim().min(1).max(60).default('SSO'),
  /** Retention overrides in days: `comment_contact=180,mail_outbox=7`. */
  HUMAS_RETENTION: z
    .string()
    .trim()
    .refine(
      (value) =>
        value.split(',').every((part) => {
          const [name, days] = part.split('=');
          return RETENTION_TYPES.includes(name?.trim() as RetentionType) && /^\d{1,5}$/.test(days?.trim() ?? '');
        }),
      `must be name=days pairs separated by commas; names: ${RETENTION_TYPES.join(', ')}`,
    )
    .optional(),
});

type SecurityEnv = z.infer<typeof ZSecurityEnvSchema> & { NODE_ENV: 'development' | 'production' | 'test' };

export interface DataKey {
  id: string;
  key: Buffer;
}

export interface SecurityConfig {
  security: {
    /** Keys from the environment; null means "use (or create) the development key file". */
    keys: { dataKeys: DataKey[]; lookupKey: Buffer } | null;
    sessionIdleMinutes: number;
    sessionAbsoluteHours: number;
    loginMaxFailures: number;
    loginLockMinutes: number;
    ingestRequiresApiKey: boolean;
  };
  mail: { transport: 'outbox' } | { transport: 'smtp'; smtpUrl: string; from: string };
  oidc: { issuerUrl: string; clientId: string; clientSecret: string | undefined; label: string } | null;
  retention: Record<RetentionType, number>;
}

export function toSecurityConfig(e: SecurityEnv): SecurityConfig {
  const problems: string[] = [];
  const production = e.NODE_ENV === 'production';
  let keys: SecurityConfig['security']['keys'] = null;
  if (e.HUMAS_DATA_KEYS && e.HUMAS_LOOKUP_KEY) {
    const dataKeys = e.HUMAS_DATA_KEYS.split(',').map((part) => {
      const [id = '', key = ''] = part.split(':');
      return { id, key: Buffer.from(key, 'base64') };
    });
    if (new Set(dataKeys.map((k) => k.id)).size !== dataKeys.length) problems.push('HUMAS_DATA_KEYS: key ids must be unique');
    keys = { dataKeys, lookupKey: Buffer.from(e.HUMAS_LOOKUP_KEY, 'base64') };
  } else if (e.HUMAS_DATA_KEYS || e.HUMAS_LOOKUP_KEY) {
    problems.push('HUMAS_DATA_KEYS and HUMAS_LOOKUP_KEY must be set together');
  } else if (production) {
    problems.push('HUMAS_DATA_KEYS and HUMAS_LOOKUP_KEY are required in production (generate them with `humas keys generate`)');
  }

  const transport = e.MAIL_TRANSPORT ?? (e.SMTP_URL ? 'smtp' : 'outbox');
  if (transport === 'smtp' && !e.SMTP_URL) problems.push('SMTP_URL is required when MAIL_TRANSPORT=smtp');
  if (transport === 'outbox' && production) problems.push('MAIL_TRANSPORT=outbox is for development; set SMTP_URL in production');

  const oidcSet = [e.OIDC_ISSUER_URL, e.OIDC_CLIENT_ID].filter(Boolean).length;
  if (oidcSet === 1) problems.push('OIDC_ISSUER_URL and OIDC_CLIENT_ID must be set together');

  if (problems.length > 0) throw new AppError('validation_failed', `Invalid configuration: ${problems.join('; ')}`);

  const retention = { ...RETENTION_DEFAULT_DAYS } as Record<RetentionType, number>;
  for (const part of e.HUMAS_RETENTION?.split(',') ?? []) {
    const [name = '', days = ''] = part.split('=');
    retention[name.trim() as RetentionType] = Number(days.trim());
  }

  return {
    security: {
      keys,
      sessionIdleMinutes: e.HUMAS_SESSION_IDLE_MINUTES,
      sessionAbsoluteHours: e.HUMAS_SESSION_ABSOLUTE_HOURS,
      loginMaxFailures: e.HUMAS_LOGIN_MAX_FAILURES,
      loginLockMinutes: e.HUMAS_LOGIN_LOCK_MINUTES,
      ingestRequiresApiKey: e.HUMAS_INGEST_REQUIRE_API_KEY ?? production,
    },
    mail: transport === 'smtp' ? { transport, smtpUrl: e.SMTP_URL!, from: e.MAIL_FROM } : { transport: 'outbox' },
    oidc:
      e.OIDC_ISSUER_URL && e.OIDC_CLIENT_ID
        ? { issuerUrl: e.OIDC_ISSUER_URL, clientId: e.OIDC_CLIENT_ID, clientSecret: e.OIDC_CLIENT_SECRET, label: e.OIDC_LABEL }
        : null,
    retention,
  };
}
