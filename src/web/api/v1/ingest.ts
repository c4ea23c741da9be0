/**
 * POST /api/v1/ingest — the inbound webhook. Integrators push batches of items, signed with
 * their source's secret; each item is accepted, reported as a duplicate, or rejected with
 * its own message, and the good ones are queued for the listening pipeline.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../../lib/app-error.js';
import { ZIngestBody } from '../../../services/ingest/ingest-item-schema.js';
import { ingestSignedBatch, type IngestDeps } from '../../../services/ingest/ingest-signed-batch.js';
import { ZErrorResponse } from './error-schema.js';

const ZItemResult = z
  .object({
    index: z.number().int(),
    externalId: z.string().nullable(),
    status: z.enum(['queued', 'duplicate', 'rejected']),
    error: z.object({ code: z.literal('validation_failed'), status: z.literal(400), message: z.string() }).optional(),
  })
  .meta({ id: 'IngestItemResult' });

const ZIngestResponse = z
  .object({
    queued: z.number().int(),
    duplicates: z.number().int(),
    rejected: z.number().int(),
    items: z.array(ZItemResult),
  })
  .meta({ id: 'IngestResult' });

const header = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export function registerIngestRoutes(app: FastifyInstance, deps: IngestDeps): void {
  // Encapsulated: the raw body is needed byte for byte to check the signature.
  void app.register(async (scope) => {
    scope.removeContentTypeParser('application/json');
    scope.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit: 10 * 1024 * 1024 }, (_req, body, done) => done(null, body));
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/api/v1/ingest',
      {
        // Authenticated in the handler by the source's HMAC signature (and, when required, an
        // API key); no browser session is involved, so no CSRF token either.
        config: { access: { kind: 'public', csrf: false, reason: 'signed webhook: HMAC of the source secret checked in the handler' } },
        schema: {
          tags: ['ingest'],
          summary: 'Push items into the listening pipeline',
          description:
            'Signed with the source signing secret: X-Humas-Source (source id), X-Humas-Timestamp (Unix seconds, within ±300 s) and ' +
            'X-Humas-Signature: v1=hex(HMAC-SHA256(secret, "<timestamp>.<raw body>")). Each signature is accepted once. ' +
            'Items are idempotent by externalId. The answer is 202 with one result per item when at least one item was ' +
            'queued or already known, and 422 (with the same per-item results in error.details) when every item was rejected.',
          headers: z.object({
            'x-humas-source': z.string().optional().describe('Id of your webhook source'),
            'x-humas-timestamp': z.string().optional().describe('Unix time in seconds'),
            'x-humas-signature': z.string().optional().describe('v1=<hex HMAC-SHA256>'),
          }),
          body: ZIngestBody,
          response: { 202: ZIngestResponse, 400: ZErrorResponse, 401: ZErrorResponse, 403: ZErrorResponse, 409: ZErrorResponse, 413: ZErrorResponse, 415: ZErrorResponse, 422: ZErrorResponse },
        },
        // The route validates the body itself, after the signature and one item at a time.
        validatorCompiler: () => (data) => ({ value: data }),
      },
      async (request, reply) => {
        if (!Buffer.isBuffer(request.body)) throw new AppError('unsupported_media_type', 'Send the batch as application/json.');
        const result = await ingestSignedBatch(deps, {
          sourceId: header(request.headers['x-humas-source']),
          timestamp: header(request.headers['x-humas-timestamp']),
          signature: header(request.headers['x-humas-signature']),
          authorization: header(request.headers.authorization),
          body: request.body,
        });
        const items = result.items.map((r) => ({
          index: r.index,
          externalId: r.externalId,
          status: r.status,
          ...(r.status === 'rejected' ? { error: { code: 'validation_failed' as const, status: 400 as const, message: r.message ?? 'invalid item' } } : {}),
        }));
        request.log.info({ sourceId: result.principal.sourceId, queued: result.queued, duplicates: result.duplicates, rejected: result.rejected }, 'ingest batch');
        if (result.queued + result.duplicates === 0) {
          throw new AppError('unprocessable', `All ${result.rejected} items were rejected; see details.items.`, { details: { items } });
        }
        return reply.code(202).send({ queued: result.queued, duplicates: result.duplicates, rejected: result.rejected, items });
      },
    );
  });
}
