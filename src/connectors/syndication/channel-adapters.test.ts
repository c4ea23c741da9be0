import { describe, expect, it } from 'vitest';
import { checkWebhookSignature } from '../../services/ingest/webhook-signature.js';
import { createChannelAdapters } from './channel-adapters.js';
import type { SyndicationMessage } from './channel-adapter.js';
import { telegramText } from './telegram-adapter.js';
import { xPostText } from './x-adapter.js';

const adapters = createChannelAdapters({ x: 'https://x.local/', facebook: 'https://graph.local/v21.0', telegram: 'https://tg.local' });
const message: SyndicationMessage = {
  event: 'article.published',
  deliveryId: 7,
  articleId: 3,
  title: 'Banjir <Bandung> & "Cimahi"',
  summary: 'Ringkasan.',
  url: 'https://humas.test/berita/pemprov-jabar/banjir',
  agencySlug: 'pemprov-jabar',
  agencyName: 'Pemprov Jabar',
  tags: ['banjir'],
  publishedAt: new Date('2026-11-27T00:00:00Z'),
  correctionNote: null,
};
const now = new Date('2026-11-27T01:00:00Z');

describe('channel adapters', () => {
  it('signs webhooks so the inbound checker accepts them', () => {
    const req = adapters.webhook.build({ target: 'https://penerima.test/hook', secret: 's'.repeat(32) }, message, now);
    const ts = Math.floor(now.getTime() / 1000);
    expect(req.headers['x-humas-timestamp']).toBe(String(ts));
    expect(checkWebhookSignature('s'.repeat(32), req.headers['x-humas-timestamp'], req.headers['x-humas-signature'], Buffer.from(req.body), ts)).toEqual({ ok: true });
    expect(checkWebhookSignature('t'.repeat(32), req.headers['x-humas-timestamp'], req.headers['x-humas-signature'], Buffer.from(req.body), ts)).toEqual({ ok: false, reason: 'mismatch' });
  });

  it('fits X posts into 280 characters counting the link as 23', () => {
    const text = xPostText('a'.repeat(400), message.url);
    expect([...text].length - message.url.length + 23).toBeLessThanOrEqual(280);
    expect(text.endsWith(` ${message.url}`)).toBe(true);
    const req = adapters.x.build({ target: null, secret: 'tok' }, message, now);
    expect([req.url, req.headers.authorization, JSON.parse(req.body)]).toEqual(['https://x.local/2/tweets', 'Bearer tok', { text: `${message.title} ${message.url}` }]);
  });

  it('escapes Telegram HTML and reads retry_after from a 429', () => {
    expect(telegramText('<b>&', 'x', 'https://a.test/?a=1&b=2', 'Baca')).toBe('<b>&lt;b&gt;&amp;</b>\n\nx\n\n<a href="https://a.test/?a=1&amp;b=2">Baca</a>');
    const result = adapters.telegram.read({ status: 429, headers: {}, body: JSON.stringify({ ok: false, error_code: 429, description: 'Too Many Requests: retry after 5', parameters: { retry_after: 5 } }) });
    expect(result).toMatchObject({ ok: false, retryable: true, retryAfterMs: 5000 });
  });

  it('treats Graph API rate-limit codes as retryable even on HTTP 400, and permission errors as final', () => {
    const read = (code: number) => adapters.facebook.read({ status: 400, headers: {}, body: JSON.stringify({ error: { message: 'x', type: 'OAuthException', code, fbtrace_id: 'a' } }) });
    expect(read(32)).toMatchObject({ ok: false, retryable: true });
    expect(read(200)).toMatchObject({ ok: false, retryable: false });
    expect(() => adapters.facebook.build({ target: 'bukan-angka', secret: 't' }, message, now)).toThrow(/numeric Page id/);
  });
});
