/**
 * The password rules, after NIST SP 800-63B §5.1.1: length matters, composition rules do
 * not. At least 12 characters (Unicode allowed, normalised with NFKC), at most 128 (bounds
 * the hashing cost), not a common password or its stem, not built from the user's own
 * e-mail or name or the service name, and not one character repeated or a few alternating.
 */
import { COMMON_PASSWORDS, passwordStem } from './common-passwords.js';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordProblem = 'too_short' | 'too_long' | 'common' | 'personal' | 'repetitive';

export function normalizePassword(password: string): string {
  return password.normalize('NFKC');
}

export function checkPasswordPolicy(password: string, context: { email?: string; displayName?: string } = {}): PasswordProblem | null {
  const normalized = normalizePassword(password);
  const length = [...normalized].length;
  if (length < PASSWORD_MIN_LENGTH) return 'too_short';
  if (length > PASSWORD_MAX_LENGTH) return 'too_long';
  const lower = normalized.toLowerCase();
  const stem = passwordStem(normalized);
  if (COMMON_PASSWORDS.has(lower) || COMMON_PASSWORDS.has(stem) || COMMON_PASSWORDS.has(lower.replace(/[^\p{L}\p{N}]/gu, ''))) return 'common';
  const personal = personalWords(context);
  const compact = lower.replace(/[^\p{L}\p{N}]/gu, '');
  if (personal.some((word) => stem === word || compact === word || compact.startsWith(word) && compact.length - word.length < 6)) {
    return 'personal';
  }
  if (new Set(lower).size < 4) return 'repetitive';
  return null;
}

function personalWords(context: { email?: string; displayName?: string }): string[] {
  const words = ['humas'];
  const local = context.email?.split('@')[0]?.toLowerCase();
  if (local) words.push(local.replace(/[^\p{L}\p{N}]/gu, ''), ...local.split(/[^\p{L}\p{N}]+/u));
  if (context.displayName) words.push(...context.displayName.toLowerCase().split(/\s+/), context.displayName.toLowerCase().replace(/\s+/g, ''));
  return words.filter((w) => w.length >= 4);
}
