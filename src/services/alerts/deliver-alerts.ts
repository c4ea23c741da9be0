/**
 * Delivers pending alerts to their rules' webhooks: a JSON POST signed like Humas's inbound
 * webhook — `X-Humas-Timestamp: <unix seconds>` and `X-Humas-Signature: v1=<hex HMAC-SHA256
 * of "<timestamp>.<body>" with the rule's secret>` — so a receiver verifies origin and
 * freshness with the same code (services/ingest/webhook-signature.ts). Outbound requests go
 * through safeFetch: public addresses only, a deadline, no redirects. A non-2xx answer or a
 * network failure is retried on the next run, up to MAX_DELIVERY_ATTEMPTS.
 */
import type { Db } from '../../db/db.js';
import { listAlerts, type AlertRow } from '../../db/queries/alerts/list-alerts.js';
import { recordAlertDelivery } from '../../db/queries/alerts/record-alert-delivery.js';
import { safeFetch, type FetchPolicy } from '../../connectors/http/safe-fetch.js';
import type { Logger } from '../../lib/logger.js';
import type { Keyring } from '../../security/keys/keyring.js';
import { decryptPersonalData } from '../../security/keys/data-cipher.js';
import { signWebhookBody } from '../ingest/webhook-signature.js';
import { WEBHOOK_SECRET_AAD } from './create-alert-rule.js';

export const MAX_DELIVERY_ATTEMPTS = 5;

export interface DeliveryOptions {
  keyring: Keyring;
  /** Public base URL of the console, for the link in the payload. */
  publicUrl: string;
  /** Outbound policy; defaults to public addresses only, 10 s, no redirects. */
  fetchPolicy?: FetchPolicy;
  logger?: Logger;
  now?: () => Date;
}

export function alertPayload(alert: AlertRow, publicUrl: string): string {
  return JSON.stringify({
    type: 'humas.alert',
    alert: {
      id: alert.id,
      ruleId: alert.ruleId,
      ruleName: alert.ruleName,
      kind: alert.kind,
      savedSearch: alert.savedSearchName,
      query: alert.query,
      firedAt: new Date(alert.firedAt).toISOString(),
      windowStart: new Date(alert.windowStart).toISOString(),
      windowEnd: new Date(alert.windowEnd).toISOString(),
      mentions: alert.mentions,
      value: alert.value,
      threshold: alert.threshold,
    },
    url: `${publicUrl.replace(/\/$/, '')}/console/alerts`,
  });
}

export async function deliverPendingAlerts(db: Db, options: DeliveryOptions): Promise<{ delivered: number; failed: number }> {
  const policy: FetchPolicy = options.fetchPolicy ?? { allowPrivate: false, timeoutMs: 10_000, maxRedirects: 0, maxBytes: 64 * 1024 };
  let delivered = 0;
  let failed = 0;
  for (const alert of await listAlerts(db, { pendingDelivery: true, limit: 100 })) {
    if (!alert.webhookUrl || !alert.webhookSecretEnc) continue;
    const body = alertPayload(alert, options.publicUrl);
    const timestamp = Math.floor((options.now?.() ?? new Date()).getTime() / 1000);
    let status: number | null = null;
    try {
      const secret = decryptPersonalData(options.keyring, Buffer.from(alert.webhookSecretEnc), WEBHOOK_SECRET_AAD);
      const response = await safeFetch(
        {
          url: alert.webhookUrl,
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-humas-event': 'alert',
            'x-humas-timestamp': String(timestamp),
            'x-humas-signature': signWebhookBody(secret, timestamp, body),
          },
          body,
        },
        policy,
      );
      status = response.status;
    } catch (error) {
      options.logger?.warn({ task: 'alerts', alertId: alert.id, err: error }, 'alert webhook delivery failed');
    }
    const ok = status !== null && status >= 200 && status < 300;
    await recordAlertDelivery(db, alert.id, { ok, status, maxAttempts: MAX_DELIVERY_ATTEMPTS });
    if (ok) delivered++;
    else failed++;
  }
  return { delivered, failed };
}
