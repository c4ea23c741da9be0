/**
 * Turns a presented API key into a principal: unknown, malformed or revoked keys are
 * refused alike (401). Use is stamped on the key (at most once a minute) and written to the
 * audit log once per hour of use, so the log shows which integrations are active without
 * one entry per request.
 */
import type { Db } from '../../db/db.js';
import { findApiKey } from '../../db/queries/api-keys/find-api-key.js';
import { markApiKeyUsed } from '../../db/queries/api-keys/mark-api-key-used.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Keyring } from '../keys/keyring.js';
import { apiKeyPrincipal, type Principal } from '../permissions/principal.js';
import { parseApiKey, secretMatches } from './api-key-token.js';

export async function authenticateApiKey(db: Db, keyring: Keyring, token: string): Promise<Principal | null> {
  const parsed = parseApiKey(token);
  if (!parsed) return null;
  const key = await findApiKey(db, parsed.publicId);
  if (!key || key.revokedAt || !secretMatches(parsed.secret, key.secretHash)) return null;
  const previous = await markApiKeyUsed(db, key.id);
  if (previous !== undefined && (previous === null || Date.now() - previous.getTime() > 3_600_000)) {
    await recordAudit(db, keyring, { action: 'api_key.used', actorApiKeyId: key.id, agencyId: key.agencyId, targetType: 'api_key', targetId: key.id });
  }
  return apiKeyPrincipal(key);
}
