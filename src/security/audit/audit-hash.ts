/**
 * The chain link: HMAC-SHA256 over the previous entry's hash and a canonical form of this
 * entry. Keyed, so someone who can write to the database but lacks the key cannot forge a
 * consistent chain after editing, inserting or deleting entries.
 */
import crypto from 'node:crypto';
import type { AuditEntry } from './audit-entry.js';

export function computeAuditHash(key: Buffer, entry: Omit<AuditEntry, 'hash'>): string {
  const content = canonicalJson({
    id: entry.id,
    at: entry.at.toISOString(),
    actorUserId: entry.actorUserId,
    actorApiKeyId: entry.actorApiKeyId,
    actorLabel: entry.actorLabel,
    agencyId: entry.agencyId,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    details: entry.details,
  });
  return crypto.createHmac('sha256', key).update(`${entry.prevHash ?? ''}\n${content}`).digest('hex');
}

/** JSON with object keys sorted, so the same data always gives the same text (jsonb reorders keys). */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
