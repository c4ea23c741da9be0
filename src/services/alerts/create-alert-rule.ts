/**
 * Creates an alert rule on one of the user's saved searches. With a webhook URL, a signing
 * secret is generated, encrypted with the data keys (a registered encrypted column, so key
 * rotation covers it) and returned once, to be shown to the user; it is never shown again.
 * Rule and audit entry commit together.
 */
import crypto from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../../db/db.js';
import { ALERT_KINDS, insertAlertRule } from '../../db/queries/alerts/insert-alert-rule.js';
import { listSavedSearches } from '../../db/queries/saved-searches/list-saved-searches.js';
import { AppError } from '../../lib/app-error.js';
import { recordAudit } from '../../security/audit/record-audit.js';
import type { Keyring } from '../../security/keys/keyring.js';
import { encryptPersonalData } from '../../security/keys/data-cipher.js';

const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

export const ZAlertRuleInput = z.object({
  savedSearchId: z.coerce.number().int().positive(),
  name: z.string().trim().min(1).max(120),
  kind: z.enum(ALERT_KINDS),
  threshold: z.coerce.number().positive().max(1_000_000),
  windowMinutes: z.coerce.number().int().min(15).max(10080),
  minMentions: z.preprocess(blank, z.coerce.number().int().min(0).max(1_000_000).default(10)),
  webhookUrl: z.preprocess(
    blank,
    z.url({ protocol: /^https?$/ }).max(2000).optional(),
  ),
}).refine((r) => r.kind !== 'negative_share' || r.threshold <= 1, { path: ['threshold'], message: 'A negative share is between 0 and 1 (e.g. 0.4 for 40%).' });
export type AlertRuleInput = z.infer<typeof ZAlertRuleInput>;

/** The AAD of the encrypted column (security/keys/encrypted-columns.ts). */
export const WEBHOOK_SECRET_AAD = 'alert_rules.webhook_secret';

export async function createAlertRule(db: Db, keyring: Keyring, userId: number, input: AlertRuleInput): Promise<{ id: number; webhookSecret: string | null }> {
  const search = (await listSavedSearches(db, { userId, id: input.savedSearchId }))[0];
  if (!search) throw new AppError('not_found', 'Saved search not found.');
  const webhookSecret = input.webhookUrl ? `whs_${crypto.randomBytes(32).toString('base64url')}` : null;
  return db.transaction(async (tx) => {
    const id = await insertAlertRule(tx, {
      savedSearchId: search.id,
      userId,
      agencyId: search.agencyId,
      name: input.name,
      kind: input.kind,
      threshold: input.threshold,
      windowMinutes: input.windowMinutes,
      minMentions: input.minMentions,
      webhookUrl: input.webhookUrl ?? null,
      webhookSecretEnc: webhookSecret ? encryptPersonalData(keyring, webhookSecret, WEBHOOK_SECRET_AAD) : null,
    });
    await recordAudit(tx, keyring, {
      action: 'alert_rule.created',
      actorUserId: userId,
      agencyId: search.agencyId,
      targetType: 'alert_rule',
      targetId: id,
      details: { kind: input.kind, windowMinutes: input.windowMinutes, webhook: Boolean(input.webhookUrl) },
    });
    return { id, webhookSecret };
  });
}
