/**
 * Time-based one-time passwords (RFC 6238: SHA-1, 6 digits, 30 s — what every authenticator
 * app supports). Codes from one step either side are accepted for clock drift; a step once
 * used is refused afterwards (claimTotpStep), so an observed code cannot be replayed.
 */
import { generate, generateSecret, generateURI, verify } from 'otplib';

export const TOTP_PERIOD_SECONDS = 30;

export function createTotpSecret(): string {
  return generateSecret();
}

export function totpUri(secret: string, accountLabel: string, issuer = 'Humas'): string {
  return generateURI({ issuer, label: accountLabel, secret });
}

/** Returns the time step the code belongs to, or null when the code is wrong or already used. */
export async function checkTotpCode(secret: string, code: string, lastUsedStep: number | null, now = Date.now()): Promise<number | null> {
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const result = await verify({
    secret,
    token,
    epoch: Math.floor(now / 1000),
    epochTolerance: TOTP_PERIOD_SECONDS,
    ...(lastUsedStep !== null ? { afterTimeStep: lastUsedStep } : {}),
  });
  if (!result.valid) return null;
  return Math.floor(now / 1000 / TOTP_PERIOD_SECONDS) + result.delta;
}

/** The current code for a secret (tests, and the CLI for operators who must help a user). */
export function currentTotpCode(secret: string, now = Date.now()): Promise<string> {
  return generate({ secret, epoch: Math.floor(now / 1000) });
}
