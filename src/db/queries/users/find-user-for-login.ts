/** The account fields sign-in needs, by e-mail (case-insensitive) or by id. */
import type { Queryable } from '../../db.js';

export interface LoginUser {
  id: number;
  email: string;
  displayName: string;
  passwordHash: string | null;
  status: 'invited' | 'active' | 'disabled';
  locale: 'id' | 'en';
  totpSecretEnc: Buffer | null;
  totpEnabledAt: Date | null;
  totpLastStep: number | null;
  failedLogins: number;
  lockedUntil: Date | null;
}

export const LOGIN_USER_COLUMNS = `id, email, display_name, password_hash, status, locale, totp_secret_enc, totp_enabled_at, totp_last_step, failed_logins, locked_until`;

export interface LoginUserRow {
  id: number;
  email: string;
  display_name: string;
  password_hash: string | null;
  status: LoginUser['status'];
  locale: LoginUser['locale'];
  totp_secret_enc: Uint8Array | null;
  totp_enabled_at: Date | null;
  totp_last_step: number | null;
  failed_logins: number;
  locked_until: Date | null;
}

export function toLoginUser(row: LoginUserRow): LoginUser {
  return {
    id: Number(row.id),
    email: row.email,
    displayName: row.display_name,
    passwordHash: row.password_hash,
    status: row.status,
    locale: row.locale,
    totpSecretEnc: row.totp_secret_enc ? Buffer.from(row.totp_secret_enc) : null,
    totpEnabledAt: row.totp_enabled_at,
    totpLastStep: row.totp_last_step === null ? null : Number(row.totp_last_step),
    failedLogins: Number(row.failed_logins),
    lockedUntil: row.locked_until,
  };
}

export async function findUserForLogin(db: Queryable, email: string): Promise<LoginUser | null> {
  const { rows } = await db.query<LoginUserRow>(`/* findUserForLogin */ SELECT ${LOGIN_USER_COLUMNS} FROM users WHERE lower(email) = lower($1)`, [email]);
  return rows[0] ? toLoginUser(rows[0]) : null;
}
