/**
 * A Telegram channel through the Bot API: POST /bot<token>/sendMessage with JSON {chat_id,
 * text, parse_mode: "HTML"}; the bot must be an administrator of the channel. Success is
 * {"ok": true, "result": {"message_id", …}}; errors are {"ok": false, "error_code",
 * "description"}, and 429 adds "parameters": {"retry_after": seconds}. The token is part of
 * the URL, so URLs are never logged or stored.
 */
import { escapeHtml } from '../../lib/html.js';
import { httpFailure, parseJsonBody, type ChannelAdapter } from './channel-adapter.js';

/** Telegram's HTML mode knows only &lt; &gt; &amp; &quot;; escapeHtml's &#39; and &#96; are numeric references it also accepts. */
export function telegramText(title: string, summary: string, url: string, readMore: string): string {
  return `<b>${escapeHtml(title)}</b>\n\n${escapeHtml(summary)}\n\n<a href="${escapeHtml(url)}">${escapeHtml(readMore)}</a>`.slice(0, 4096);
}

export function createTelegramAdapter(baseUrl: string): ChannelAdapter {
  return {
    build(credentials, message) {
      if (!credentials.target) throw new Error('a Telegram channel needs a chat id');
      return {
        url: `${baseUrl.replace(/\/+$/, '')}/bot${credentials.secret}/sendMessage`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          chat_id: /^-?\d+$/.test(credentials.target) ? Number(credentials.target) : credentials.target,
          text: telegramText(message.title, message.summary, message.url, 'Baca selengkapnya'),
          parse_mode: 'HTML',
        }),
      };
    },
    read(response) {
      const json = parseJsonBody(response.body) as
        | { ok?: unknown; result?: { message_id?: unknown }; description?: unknown; parameters?: { retry_after?: unknown } }
        | undefined;
      if (json?.ok === true && typeof json.result?.message_id === 'number') {
        return { ok: true, externalId: String(json.result.message_id), httpStatus: response.status };
      }
      const retryAfter = typeof json?.parameters?.retry_after === 'number' ? json.parameters.retry_after * 1000 : null;
      return httpFailure(response.status, typeof json?.description === 'string' ? json.description : 'unexpected response', retryAfter);
    },
  };
}
