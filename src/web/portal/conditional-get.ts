/**
 * Cacheable responses for feeds and the sitemap: a strong ETag over the body and a
 * Last-Modified from the newest item, answering 304 Not Modified when the client's
 * If-None-Match matches (or, without one, when If-Modified-Since is not older).
 */
import crypto from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

export function sendCacheable(
  request: FastifyRequest,
  reply: FastifyReply,
  content: { body: string; type: string; lastModified: Date; maxAgeSeconds?: number },
): FastifyReply {
  const etag = `"${crypto.createHash('sha256').update(content.body).digest('base64url').slice(0, 27)}"`;
  // HTTP dates have whole seconds; compare at that precision.
  const lastModified = new Date(Math.floor(content.lastModified.getTime() / 1000) * 1000);
  reply
    .header('etag', etag)
    .header('last-modified', lastModified.toUTCString())
    .header('cache-control', `public, max-age=${content.maxAgeSeconds ?? 300}`)
    .header('vary', 'Accept-Encoding');
  const ifNoneMatch = request.headers['if-none-match'];
  const ifModifiedSince = request.headers['if-modified-since'];
  let notModified = false;
  if (typeof ifNoneMatch === 'string') {
    notModified = ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
  } else if (typeof ifModifiedSince === 'string') {
    const since = Date.parse(ifModifiedSince);
    notModified = !Number.isNaN(since) && lastModified.getTime() <= since;
  }
  if (notModified) return reply.code(304).send();
  return reply.type(content.type).send(content.body);
}
