/**
 * The inbound webhook's signature: HMAC-SHA256 with the source's signing secret over
 * "<unix seconds>.<raw body>", sent as `X-Humas-Signature: v1=<hex>` beside
 * `X-Humas-Timestamp`. Requests outside ±5 minutes are refused, so a captured request
 * cannot be replayed later; within the window each signature is accepted once.
 */
import crypto from 'node:crypto';

export const SIGNATURE_TOLERANCE_SECONDS = 300;

export function signWebhookBody(secret: string, timestamp: number, body: string | Buffer): string {
  const mac = crypto.createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex');
  return `v1=${mac}`;
}

export type SignatureCheck = { ok: true } | { ok: false; reason: 'missing' | 'malformed' | 'stale' | 'mismatch' };

export function checkWebhookSignature(
  secret: string,
  timestampHeader: string | undefined,
  signatureHeader: string | undefined,
  body: Buffer,
  nowSeconds: number,
): SignatureCheck {
  if (!timestampHeader || !signatureHeader) return { ok: false, reason: 'missing' };
  if (!/^\d{9,11}$/.test(timestampHeader)) return { ok: false, reason: 'malformed' };
  const timestamp = Number(timestampHeader);
  if (Math.abs(nowSeconds - timestamp) > SIGNATURE_TOLERANCE_SECONDS) return { ok: false, reason: 'stale' };
  // Several signatures may be sent during a secret rotation: "v1=…,v1=…".
  const offered = signatureHeader.split(',').map((s) => s.trim()).filter((s) => /^v1=[0-9a-f]{64}$/.test(s));
  if (offered.length === 0) return { ok: false, reason: 'malformed' };
  const expected = Buffer.from(signWebhookBody(secret, timestamp, body));
  const match = offered.some((s) => {
    const given = Buffer.from(s);
    return given.length === expected.length && crypto.timingSafeEqual(given, expected);
  });
  return match ? { ok: true } : { ok: false, reason: 'mismatch' };
}
