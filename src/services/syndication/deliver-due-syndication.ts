/**
 * One pass of the syndication worker: claim due deliveries, send each through its channel's
 * adapter, and record the attempt — delivered, retried later with exponential backoff, or
 * given up (a refusal that retrying cannot fix, or the last allowed attempt). Sending happens
 * outside any transaction; the claim's lease keeps other workers off the row meanwhile.
 * Logs carry ids, kinds and outcomes only: never the URL (a Telegram token is part of it),
 * the credential or the article text.
 */
import type { Db } from '../../db/db.js';
import { claimDueDeliveries, type ClaimedDelivery } from '../../db/queries/syndication/claim-due-deliveries.js';
import { recordDeliveryAttempt } from '../../db/queries/syndication/record-delivery-attempt.js';
import { getFetchFailure, safeFetch, type FetchPolicy } from '../../connectors/http/safe-fetch.js';
import type { ChannelAdapter } from '../../connectors/syndication/channel-adapter.js';
import { decideAfterAttempt, type AttemptOutcome, type BackoffPolicy, type ChannelKind, type SendResult } from '../../domain/syndication.js';
import type { Logger } from '../../lib/logger.js';
import { decryptPersonalData } from '../../security/keys/data-cipher.js';
import { AAD } from '../../security/keys/encrypted-columns.js';
import type { Keyring } from '../../security/keys/keyring.js';

export interface SyndicationWorkerDeps {
  db: Db;
  keyring: Keyring;
  logger: Logger;
  adapters: Record<ChannelKind, ChannelAdapter>;
  /** The portal's public base URL, for article links. */
  publicUrl: string;
  backoff: BackoffPolicy;
  timeoutMs: number;
  webhooksAllowPrivate: boolean;
  /** Replaces the address rule of outbound requests (tests treat their loopback server as allowed). */
  isAllowedAddress?: (ip: string) => boolean;
  now?: () => Date;
}

const LEASE_SECONDS = 120;

export async function deliverDueSyndication(deps: SyndicationWorkerDeps, batchSize = 20): Promise<{ outcome: AttemptOutcome; deliveryId: number }[]> {
  const claimed = await claimDueDeliveries(deps.db, batchSize, LEASE_SECONDS);
  const results: { outcome: AttemptOutcome; deliveryId: number }[] = [];
  for (const delivery of claimed) {
    const started = Date.now();
    const result = await send(deps, delivery);
    const now = deps.now?.() ?? new Date();
    const decision = decideAfterAttempt(result, delivery.attempt, delivery.maxAttempts, now, deps.backoff);
    await deps.db.transaction((tx) =>
      recordDeliveryAttempt(tx, {
        deliveryId: delivery.id,
        attemptNo: delivery.attempt,
        outcome: decision.outcome,
        httpStatus: result.httpStatus,
        error: result.ok ? null : result.error,
        durationMs: Date.now() - started,
        externalId: result.ok ? result.externalId : null,
        nextAttemptAt: decision.nextAttemptAt,
      }),
    );
    deps.logger.info(
      { task: 'syndication', deliveryId: delivery.id, kind: delivery.kind, attempt: delivery.attempt, outcome: decision.outcome, status: result.httpStatus },
      'syndication attempt',
    );
    results.push({ outcome: decision.outcome, deliveryId: delivery.id });
  }
  return results;
}

async function send(deps: SyndicationWorkerDeps, delivery: ClaimedDelivery): Promise<SendResult> {
  let secret: string;
  try {
    secret = decryptPersonalData(deps.keyring, Buffer.from(delivery.secretEnc), AAD.syndicationSecret);
  } catch {
    return { ok: false, retryable: false, httpStatus: null, error: 'the channel credential cannot be decrypted (key missing?)', retryAfterMs: null };
  }
  const adapter = deps.adapters[delivery.kind];
  let request;
  try {
    request = adapter.build(
      { target: delivery.target, secret },
      {
        event: delivery.event,
        correctionNote: delivery.correctionNote,
        deliveryId: delivery.id,
        articleId: delivery.articleId,
        title: delivery.title,
        summary: delivery.summary,
        url: `${deps.publicUrl}/berita/${delivery.agencySlug}/${delivery.slug}`,
        agencySlug: delivery.agencySlug,
        agencyName: delivery.agencyName,
        tags: delivery.tags,
        publishedAt: delivery.publishedAt,
      },
      deps.now?.() ?? new Date(),
    );
  } catch (error) {
    return { ok: false, retryable: false, httpStatus: null, error: `channel misconfigured: ${(error as Error).message}`, retryAfterMs: null };
  }
  // Platform base URLs come from the operator; webhook URLs from agency admins, so they must be public.
  const policy: FetchPolicy = {
    allowPrivate: delivery.kind !== 'webhook' || deps.webhooksAllowPrivate,
    timeoutMs: deps.timeoutMs,
    maxRedirects: 0,
    maxBytes: 256 * 1024,
    ...(deps.isAllowedAddress ? { isAllowedAddress: deps.isAllowedAddress } : {}),
  };
  try {
    const response = await safeFetch({ url: request.url, method: 'POST', headers: request.headers, body: request.body }, policy);
    return redact(adapter.read({ status: response.status, headers: response.headers, body: response.body.toString('utf8') }), secret);
  } catch (error) {
    const reason = getFetchFailure(error);
    // Unreachable or slow receivers may recover; an address we refuse or a bad URL will not.
    const retryable = reason === null || reason === 'network' || reason === 'timeout' || reason === 'dns';
    return { ok: false, retryable, httpStatus: null, error: `request failed: ${reason ?? 'network'}`, retryAfterMs: null };
  }
}

/** A platform could echo what it was sent; the credential never reaches the log table. */
function redact(result: SendResult, secret: string): SendResult {
  if (result.ok || secret.length < 4 || !result.error.includes(secret)) return result;
  return { ...result, error: result.error.split(secret).join('[credential]') };
}
