/**
 * The inbound webhook use case: authenticate (source signature, and an API key once the
 * security module provides them), refuse replays, validate each item on its own, queue the
 * good ones. The replay record and the queued items commit together, so a request that
 * failed half-way can be sent again unchanged.
 */
import crypto from 'node:crypto';
import type { Db } from '../../db/db.js';
import { getWebhookSource } from '../../db/queries/ingest/get-webhook-source.js';
import { rememberSignature } from '../../db/queries/ingest/remember-signature.js';
import { PLATFORMS, type Platform, type RawMention } from '../../domain/mention.js';
import { AppError } from '../../lib/app-error.js';
import { enqueueRawMentions, type EnqueueItemResult } from '../../pipeline/enqueue-raw-mentions.js';
import type { ApiKeyVerifier, IntegratorPrincipal } from './integrator-auth.js';
import { ZIngestEnvelope, ZIngestItem, toRawMention } from './ingest-item-schema.js';
import type { SigningSecretBox } from './signing-secret-box.js';
import { SIGNATURE_TOLERANCE_SECONDS, checkWebhookSignature } from './webhook-signature.js';

export interface IngestDeps {
  db: Db;
  secretBox: SigningSecretBox;
  apiKeys: ApiKeyVerifier;
}

export interface SignedRequest {
  sourceId: string | undefined;
  timestamp: string | undefined;
  signature: string | undefined;
  authorization: string | undefined;
  body: Buffer;
}

export interface IngestResult {
  principal: IntegratorPrincipal;
  queued: number;
  duplicates: number;
  rejected: number;
  items: EnqueueItemResult[];
}

const REASONS = {
  missing: 'Send X-Humas-Timestamp and X-Humas-Signature (v1=HMAC-SHA256 of "<timestamp>.<body>").',
  malformed: 'X-Humas-Timestamp must be Unix seconds and X-Humas-Signature must look like v1=<64 hex digits>.',
  stale: `X-Humas-Timestamp is more than ${SIGNATURE_TOLERANCE_SECONDS} seconds from the server's clock; sign the request again.`,
  mismatch: 'The signature does not match the body and timestamp for this source.',
} as const;

export async function ingestSignedBatch(deps: IngestDeps, request: SignedRequest, nowMs = Date.now()): Promise<IngestResult> {
  const principal = await authenticate(deps, request, nowMs);
  let parsed: unknown;
  try {
    parsed = JSON.parse(request.body.toString('utf8'));
  } catch {
    throw new AppError('bad_request', 'The body is not valid JSON.');
  }
  const envelope = ZIngestEnvelope.safeParse(parsed);
  if (!envelope.success) {
    const issue = envelope.error.issues[0]!;
    throw new AppError('validation_failed', `Invalid body${issue.path.length ? `.${issue.path.join('.')}` : ''}: ${issue.message}`);
  }
  const source = (await getWebhookSource(deps.db, principal.sourceId))!;
  const platform: Platform = (PLATFORMS as readonly string[]).includes(source.platform) ? (source.platform as Platform) : 'web';

  const results: EnqueueItemResult[] = [];
  const valid: { index: number; item: RawMention }[] = [];
  envelope.data.items.forEach((value, index) => {
    const item = ZIngestItem.safeParse(value);
    if (!item.success) {
      const issue = item.error.issues[0]!;
      const externalId = typeof (value as { externalId?: unknown })?.externalId === 'string' ? (value as { externalId: string }).externalId : null;
      results[index] = { index, externalId, status: 'rejected', message: `items[${index}]${issue.path.length ? `.${issue.path.join('.')}` : ''}: ${issue.message}` };
      return;
    }
    valid.push({ index, item: toRawMention(item.data, platform) });
  });

  const signatureHash = crypto.createHash('sha256').update(request.signature ?? '').digest();
  await deps.db.transaction(async (tx) => {
    if (!(await rememberSignature(tx, principal.sourceId, signatureHash, SIGNATURE_TOLERANCE_SECONDS))) {
      throw new AppError('conflict', 'This signed request was already received; sign each request anew.');
    }
    const queued = await enqueueRawMentions(tx, principal.sourceId, valid.map((v) => v.item));
    queued.items.forEach((r, k) => {
      const index = valid[k]!.index;
      results[index] = { ...r, index, ...(r.message ? { message: `items[${index}].${r.message}` } : {}) };
    });
  });
  return {
    principal,
    queued: results.filter((r) => r.status === 'queued').length,
    duplicates: results.filter((r) => r.status === 'duplicate').length,
    rejected: results.filter((r) => r.status === 'rejected').length,
    items: results,
  };
}

async function authenticate(deps: IngestDeps, request: SignedRequest, nowMs: number): Promise<IntegratorPrincipal> {
  if (!request.sourceId || !/^[1-9]\d{0,15}$/.test(request.sourceId)) {
    throw new AppError('unauthenticated', 'Send X-Humas-Source with the id of your webhook source.');
  }
  const source = await getWebhookSource(deps.db, Number(request.sourceId));
  if (!source || !source.isActive || !source.sealedSecret) {
    throw new AppError('unauthenticated', 'No active webhook source with a signing secret has this id.');
  }
  let apiKeyId: number | null = null;
  if (deps.apiKeys.required) {
    const key = await deps.apiKeys.verify(request.authorization);
    if (!key) throw new AppError('unauthenticated', 'Send a valid API key: Authorization: Bearer <key>.');
    if (!key.scopes.includes('ingest:write') || !(await deps.apiKeys.covers(key, source.agencyId))) {
      throw new AppError('forbidden', 'This API key may not write into this source.');
    }
    apiKeyId = key.apiKeyId;
  }
  const secret = deps.secretBox.open(source.sealedSecret, `sources.webhook:${source.id}`);
  const check = checkWebhookSignature(secret, request.timestamp, request.signature, request.body, Math.floor(nowMs / 1000));
  if (!check.ok) throw new AppError('unauthenticated', REASONS[check.reason]);
  return { sourceId: source.id, sourceAgencyId: source.agencyId, apiKeyId };
}
