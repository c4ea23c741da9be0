/** Creates webhook sources and (re)issues their signing secrets, shown once and stored sealed. */
import crypto from 'node:crypto';
import type { Db } from '../../db/db.js';
import { setWebhookSecret } from '../../db/queries/ingest/set-webhook-secret.js';
import { upsertSource } from '../../db/queries/sources/upsert-source.js';
import type { Platform } from '../../domain/mention.js';
import { AppError } from '../../lib/app-error.js';
import type { SigningSecretBox } from './signing-secret-box.js';

export async function createWebhookSource(
  db: Db,
  box: SigningSecretBox,
  options: { name: string; platform: Platform; agencyId: number | null },
): Promise<{ sourceId: number; secret: string }> {
  return db.transaction(async (tx) => {
    const sourceId = await upsertSource(tx, { kind: 'webhook', platform: options.platform, name: options.name, agencyId: options.agencyId });
    const secret = newSecret();
    await setWebhookSecret(tx, sourceId, box.seal(secret, `sources.webhook:${sourceId}`));
    return { sourceId, secret };
  });
}

export async function rotateWebhookSecret(db: Db, box: SigningSecretBox, sourceId: number): Promise<string> {
  const secret = newSecret();
  if (!(await setWebhookSecret(db, sourceId, box.seal(secret, `sources.webhook:${sourceId}`)))) {
    throw new AppError('not_found', `No source has id ${sourceId}.`);
  }
  return secret;
}

function newSecret(): string {
  return `whsec_${crypto.randomBytes(32).toString('base64url')}`;
}
