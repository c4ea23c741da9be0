/**
 * Newsroom services explain a refusal in `AppError.details` (reason and facts) beside an
 * English message for logs and APIs; console pages show it in the reader's language.
 */
import { AppError } from '../../../lib/app-error.js';
import type { MessageKey, Translate } from '../../i18n/i18n.js';

const REASONS = new Set([
  'forbidden', 'edit_forbidden', 'invalid_transition', 'schedule_missing', 'schedule_in_past', 'schedule_too_far', 'not_scheduled', 'changed', 'stale_revision',
  'not_editable', 'not_correctable',
]);

export async function withLocalizedErrors<T>(t: Translate, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const reason = error instanceof AppError ? error.details?.reason : undefined;
    if (!(error instanceof AppError) || typeof reason !== 'string' || !REASONS.has(reason)) throw error;
    const facts = error.details ?? {};
    const vars: Record<string, string> = {};
    if (typeof facts.permission === 'string') vars.permission = t(`permission.${facts.permission}` as MessageKey);
    const status = typeof facts.from === 'string' ? facts.from : facts.status;
    if (typeof status === 'string') vars.status = t(`newsroom.status.${status}` as MessageKey).toLowerCase();
    if (typeof facts.action === 'string') vars.action = t(`newsroom.action.${facts.action}` as MessageKey);
    throw new AppError(error.code, t(`newsroom.refusal.${reason}` as MessageKey, vars), { cause: error, details: { reason } });
  }
}
