/**
 * A Facebook Page through the Graph API: POST /{page-id}/feed with form fields message, link
 * and access_token (a Page access token with pages_manage_posts). Success is 200 {"id":
 * "<page>_<post>"}; errors are {"error": {"message", "type", "code", "fbtrace_id"}}. Rate
 * limits come as error codes 4, 17, 32 or 613 (often with HTTP 400/403), and transient
 * errors as codes 1 and 2 or "is_transient": true — those are retried, other errors not.
 */
import { parseJsonBody, type ChannelAdapter } from './channel-adapter.js';
import { isRetryableStatus } from '../../domain/syndication.js';

const RETRYABLE_CODES = new Set([1, 2, 4, 17, 32, 341, 613]);

export function createFacebookAdapter(baseUrl: string): ChannelAdapter {
  return {
    build(credentials, message) {
      if (!credentials.target || !/^[0-9]{1,30}$/.test(credentials.target)) throw new Error('a Facebook channel needs a numeric Page id');
      const form = new URLSearchParams({ message: `${message.title}\n\n${message.summary}`, link: message.url, access_token: credentials.secret });
      return {
        url: `${baseUrl.replace(/\/+$/, '')}/${credentials.target}/feed`,
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: form.toString(),
      };
    },
    read(response) {
      const json = parseJsonBody(response.body) as { id?: unknown; error?: { message?: unknown; code?: unknown; is_transient?: unknown } } | undefined;
      if (response.status === 200 && typeof json?.id === 'string') return { ok: true, externalId: json.id, httpStatus: 200 };
      const code = typeof json?.error?.code === 'number' ? json.error.code : null;
      const retryable = isRetryableStatus(response.status) || (code !== null && RETRYABLE_CODES.has(code)) || json?.error?.is_transient === true;
      const text = typeof json?.error?.message === 'string' ? json.error.message : 'unexpected response';
      return { ok: false, retryable, httpStatus: response.status, error: `HTTP ${response.status}: ${code !== null && !text.startsWith('(#') ? `(#${code}) ` : ''}${text}`.slice(0, 500), retryAfterMs: null };
    },
  };
}
