/**
 * Signed webhooks: a JSON POST to the subscriber's URL, signed with HMAC-SHA256 over
 * "<unix seconds>.<body>" with the subscriber's own secret — the same scheme Humas checks on
 * its inbound webhook (services/ingest/webhook-signature.ts), so one Humas can receive
 * another's news. Headers: X-Humas-Timestamp, X-Humas-Signature (v1=<hex>), X-Humas-Event,
 * X-Humas-Delivery (the same on every retry, so receivers can drop duplicates). Events:
 * article.published, article.corrected (with correction_note), article.unpublished.
 */
import { signWebhookBody } from '../../services/ingest/webhook-signature.js';
import { httpFailure, retryAfterMs, type ChannelAdapter } from './channel-adapter.js';

export const webhookAdapter: ChannelAdapter = {
  build(credentials, message, now) {
    if (!credentials.target) throw new Error('a webhook channel needs a URL');
    const timestamp = Math.floor(now.getTime() / 1000);
    const body = JSON.stringify({
      event: message.event,
      delivery_id: message.deliveryId,
      article: {
        id: message.articleId,
        title: message.title,
        summary: message.summary,
        url: message.url,
        agency: { slug: message.agencySlug, name: message.agencyName },
        tags: message.tags,
        published_at: message.publishedAt?.toISOString() ?? null,
        ...(message.event === 'article.corrected' ? { correction_note: message.correctionNote } : {}),
      },
    });
    return {
      url: credentials.target,
      method: 'POST',
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'x-humas-event': message.event,
        'x-humas-delivery': String(message.deliveryId),
        'x-humas-timestamp': String(timestamp),
        'x-humas-signature': signWebhookBody(credentials.secret, timestamp, body),
      },
      body,
    };
  },
  read(response) {
    if (response.status >= 200 && response.status < 300) return { ok: true, externalId: null, httpStatus: response.status };
    return httpFailure(response.status, response.body.slice(0, 200).replace(/\s+/g, ' ') || 'no body', retryAfterMs(response.headers['retry-after']));
  },
};
