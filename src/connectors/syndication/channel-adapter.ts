/**
 * What every outbound channel adapter does: build the platform's documented request for a
 * published article, and read the platform's answer into a SendResult (delivered with the
 * post's id, or a failure that is or is not worth retrying). Pure: the worker does the I/O.
 */
import { isRetryableStatus, type SendResult, type SyndicationEvent } from '../../domain/syndication.js';

export interface SyndicationMessage {
  event: SyndicationEvent;
  /** For corrections: the note shown to readers. */
  correctionNote: string | null;
  deliveryId: number;
  articleId: number;
  title: string;
  summary: string;
  /** Absolute portal URL of the article. */
  url: string;
  agencySlug: string;
  agencyName: string;
  tags: readonly string[];
  publishedAt: Date | null;
}

export interface ChannelCredentials {
  /** Webhook URL, Facebook Page id, Telegram chat id; null for X. */
  target: string | null;
  /** Webhook signing secret, X user access token, Page access token, or Telegram bot token. */
  secret: string;
}

export interface OutboundRequest {
  url: string;
  method: 'POST';
  headers: Record<string, string>;
  body: string;
}

export interface PlatformResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface ChannelAdapter {
  build(credentials: ChannelCredentials, message: SyndicationMessage, now: Date): OutboundRequest;
  read(response: PlatformResponse): SendResult;
}

/** Parses a JSON body, or undefined when it is not JSON (an HTML error page from a proxy). */
export function parseJsonBody(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}

/** Retry-After as seconds (or an HTTP date) → milliseconds. */
export function retryAfterMs(value: string | string[] | undefined, now = Date.now()): number | null {
  const text = Array.isArray(value) ? value[0] : value;
  if (!text) return null;
  if (/^\d+$/.test(text.trim())) return Number(text.trim()) * 1000;
  const at = Date.parse(text);
  return Number.isFinite(at) ? Math.max(0, at - now) : null;
}

/** A failure from an HTTP status, with a short message (never the request, which carries the credential). */
export function httpFailure(status: number, message: string, retryAfter: number | null = null): SendResult {
  return { ok: false, retryable: isRetryableStatus(status), httpStatus: status, error: `HTTP ${status}: ${message}`.slice(0, 500), retryAfterMs: retryAfter };
}
