/**
 * Adds a syndication channel for an agency (console, agency admins): validates what each
 * kind needs, encrypts the credential with the data keys, and audits without the secret.
 */
import { z } from 'zod';
import type { Db } from '../../db/db.js';
import { insertSyndicationChannel } from '../../db/queries/syndication/insert-syndication-channel.js';
import { replaceChannelSecret } from '../../db/queries/syndication/replace-channel-secret.js';
import { setSyndicationChannelActive } from '../../db/queries/syndication/set-syndication-channel-active.js';
import { CHANNEL_KINDS, type ChannelKind } from '../../domain/syndication.js';
import { AppError } from '../../lib/app-error.js';
import { recordAudit } from '../../security/audit/record-audit.js';
import { encryptPersonalData } from '../../security/keys/data-cipher.js';
import { AAD } from '../../security/keys/encrypted-columns.js';
import type { Keyring } from '../../security/keys/keyring.js';

export type ChannelField = 'kind' | 'name' | 'target' | 'secret';
export interface ChannelError {
  field: ChannelField;
  code: 'kind_invalid' | 'name_missing' | 'name_taken' | 'target_invalid' | 'secret_invalid';
}

export const ZChannelForm = z.object({
  kind: z.string().max(20).default(''),
  name: z.string().max(1000).default(''),
  target: z.string().max(2000).default(''),
  secret: z.string().max(5000).default(''),
});
export type ChannelForm = z.infer<typeof ZChannelForm>;

const TARGET_RULES: Record<ChannelKind, (target: string) => boolean> = {
  webhook: (t) => {
    try {
      const url = new URL(t);
      return (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password && t.length <= 500;
    } catch {
      return false;
    }
  },
  x: (t) => t === '',
  facebook: (t) => /^[0-9]{1,30}$/.test(t),
  telegram: (t) => /^(-?[0-9]{1,20}|@[A-Za-z0-9_]{5,32})$/.test(t),
};

/** Webhook secrets are shared with the receiver; 24 characters keep HMAC keys out of guessing range. Tokens have no spaces. */
function isAcceptableSecret(kind: ChannelKind | null, secret: string): boolean {
  return secret.length >= (kind === 'webhook' ? 24 : 8) && secret.length <= 2000 && !/\s/.test(secret);
}

function seal(keyring: Keyring, secret: string): { secretEnc: Buffer; secretHint: string } {
  return { secretEnc: encryptPersonalData(keyring, secret, AAD.syndicationSecret), secretHint: `…${secret.slice(-4)}` };
}

export async function createSyndicationChannel(
  deps: { db: Db; keyring: Keyring },
  actorUserId: number,
  agencyId: number,
  form: ChannelForm,
): Promise<{ ok: true; id: number } | { ok: false; errors: ChannelError[] }> {
  const errors: ChannelError[] = [];
  const kind = (CHANNEL_KINDS as readonly string[]).includes(form.kind) ? (form.kind as ChannelKind) : null;
  const name = form.name.replace(/\s+/g, ' ').trim();
  const target = form.target.trim();
  const secret = form.secret.trim();
  if (!kind) errors.push({ field: 'kind', code: 'kind_invalid' });
  if (!name || name.length > 120) errors.push({ field: 'name', code: 'name_missing' });
  if (kind && !TARGET_RULES[kind](target)) errors.push({ field: 'target', code: 'target_invalid' });
  if (!isAcceptableSecret(kind, secret)) errors.push({ field: 'secret', code: 'secret_invalid' });
  if (errors.length || !kind) return { ok: false, errors };
  return deps.db.transaction(async (tx) => {
    const id = await insertSyndicationChannel(tx, {
      agencyId,
      kind,
      name,
      target: target || null,
      ...seal(deps.keyring, secret),
      createdBy: actorUserId,
    });
    if (id === null) return { ok: false as const, errors: [{ field: 'name' as const, code: 'name_taken' as const }] };
    await recordAudit(tx, deps.keyring, { action: 'syndication.channel_created', actorUserId, agencyId, targetType: 'syndication_channel', targetId: id, details: { kind } });
    return { ok: true as const, id };
  });
}

export async function setChannelActive(deps: { db: Db; keyring: Keyring }, actorUserId: number, channelId: number, active: boolean): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const agencyId = await setSyndicationChannelActive(tx, channelId, active);
    if (agencyId === null) throw new AppError('not_found', 'No such channel.');
    await recordAudit(tx, deps.keyring, {
      action: active ? 'syndication.channel_enabled' : 'syndication.channel_disabled',
      actorUserId,
      agencyId,
      targetType: 'syndication_channel',
      targetId: channelId,
    });
  });
}

/** Replaces a channel's credential (rotation); refused with the same rule as on creation, audited without the secret. */
export async function replaceSyndicationSecret(deps: { db: Db; keyring: Keyring }, actorUserId: number, channelId: number, secret: string): Promise<{ ok: true } | { ok: false; errors: ChannelError[] }> {
  const trimmed = secret.trim();
  return deps.db.transaction(async (tx) => {
    const sealed = seal(deps.keyring, trimmed);
    const channel = await replaceChannelSecret(tx, channelId, sealed.secretEnc, sealed.secretHint);
    if (!channel) throw new AppError('not_found', 'No such channel.');
    // Checked after the lookup (the kind decides the rule); throwing rolls the update back.
    if (!isAcceptableSecret(channel.kind, trimmed)) throw new SecretRefused();
    await recordAudit(tx, deps.keyring, { action: 'syndication.channel_secret_replaced', actorUserId, agencyId: channel.agencyId, targetType: 'syndication_channel', targetId: channelId });
    return { ok: true as const };
  }).catch((error: unknown) => {
    if (error instanceof SecretRefused) return { ok: false as const, errors: [{ field: 'secret' as const, code: 'secret_invalid' as const }] };
    throw error;
  });
}

class SecretRefused extends Error {}
