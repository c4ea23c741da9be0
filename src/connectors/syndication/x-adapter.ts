/**
 * X (formerly Twitter) API v2: POST /2/tweets with a JSON body {"text": …} and
 * `Authorization: Bearer <OAuth 2.0 user access token>` (posting needs a user-context token
 * with tweet.write). Success is 201 {"data": {"id", "text"}}; errors are problem details
 * {"title", "detail", "type", "status"}, and 429 carries x-rate-limit-reset (epoch seconds).
 */
import { httpFailure, parseJsonBody, type ChannelAdapter } from './channel-adapter.js';

/** X counts every URL as 23 characters (t.co); a post holds 280. */
export const X_MAX_CHARS = 280;
const X_URL_CHARS = 23;

export function xPostText(title: string, url: string): string {
  const room = X_MAX_CHARS - X_URL_CHARS - 1;
  const chars = [...title];
  const head = chars.length <= room ? title : `${chars.slice(0, room - 1).join('').trimEnd()}…`;
  return `${head} ${url}`;
}

export function createXAdapter(baseUrl: string): ChannelAdapter {
  return {
    build(credentials, message) {
      return {
        url: `${baseUrl.replace(/\/+$/, '')}/2/tweets`,
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${credentials.secret}` },
        body: JSON.stringify({ text: xPostText(message.title, message.url) }),
      };
    },
    read(response) {
      const json = parseJsonBody(response.body) as { data?: { id?: unknown }; detail?: unknown; title?: unknown } | undefined;
      if (response.status >= 200 && response.status < 300 && typeof json?.data?.id === 'string') {
        return { ok: true, externalId: json.data.id, httpStatus: response.status };
      }
      const reset = Number(response.headers['x-rate-limit-reset']);
      const wait = response.status === 429 && Number.isFinite(reset) && reset > 0 ? Math.max(0, reset * 1000 - Date.now()) : null;
      const detail = typeof json?.detail === 'string' ? json.detail : typeof json?.title === 'string' ? json.title : 'unexpected response';
      return httpFailure(response.status, detail, wait);
    },
  };
}
