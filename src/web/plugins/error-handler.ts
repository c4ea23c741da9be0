/**
 * One place turns every failure into a response: `AppError` → its status and
 * `{ "error": { "code", "message" } }`; validation failures → 400 naming the field;
 * Fastify's own errors (bad JSON, body too large, wrong content type) → their 4xx code;
 * anything else → 500 with a constant message, the details only in the log.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, ERROR_CODES, type ErrorCode } from '../../lib/app-error.js';

export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: Record<string, unknown> };
}

/** Renders an error for a page (HTML) route; API routes always get JSON. */
export type HtmlErrorRenderer = (request: FastifyRequest, error: AppError) => string;

const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'bad_request',
  FST_ERR_CTP_INVALID_JSON_BODY: 'bad_request',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'bad_request',
  FST_ERR_CTP_EMPTY_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_TYPE: 'unsupported_media_type',
  FST_ERR_VALIDATION: 'validation_failed',
  FST_ERR_BAD_URL: 'bad_request',
  FST_ERR_ASYNC_CONSTRAINT: 'bad_request',
};

export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const first = error.validation[0];
    const where = first?.instancePath ? first.instancePath.replace(/^\//, '').replace(/\//g, '.') : '';
    const context = (error as FastifyError).validationContext ?? 'request';
    const field = where ? `${context}.${where}` : context;
    return new AppError('validation_failed', `Invalid ${field}: ${first?.message ?? 'does not match the schema'}`, {
      details: { issues: error.validation.slice(0, 20).map((issue) => ({ path: issue.instancePath, message: issue.message })) },
    });
  }
  const fastifyError = error as Partial<FastifyError>;
  if (typeof fastifyError.code === 'string' && FASTIFY_CODES[fastifyError.code]) {
    return new AppError(FASTIFY_CODES[fastifyError.code]!, fastifyError.message ?? 'Bad request');
  }
  const status = fastifyError.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const code = (Object.entries(ERROR_CODES).find(([, s]) => s === status)?.[0] as ErrorCode | undefined) ?? 'bad_request';
    return new AppError(code, fastifyError.message ?? 'Bad request');
  }
  return new AppError('internal', 'Something went wrong on our side. Quote the request id when reporting it.', { cause: error });
}

export function wantsJson(request: FastifyRequest): boolean {
  const url = request.url;
  if (url.startsWith('/api/') || url === '/api' || url.startsWith('/healthz') || url.startsWith('/readyz')) return true;
  const accept = request.headers.accept ?? '';
  return accept.includes('application/json') && !accept.includes('text/html');
}

export function registerErrorHandler(app: FastifyInstance, renderHtml: HtmlErrorRenderer): void {
  app.setErrorHandler((error: unknown, request, reply) => {
    const appError = toAppError(error);
    if (appError.status >= 500) {
      request.log.error({ err: error, code: appError.code }, 'request failed');
    } else {
      request.log.info({ code: appError.code, status: appError.status }, 'request rejected');
    }
    return sendError(request, reply, appError, renderHtml);
  });

  app.setNotFoundHandler((request, reply) => {
    return sendError(request, reply, new AppError('not_found', 'Nothing exists at this address.'), renderHtml);
  });
}

export function sendError(
  request: FastifyRequest,
  reply: FastifyReply,
  error: AppError,
  renderHtml: HtmlErrorRenderer,
): FastifyReply {
  reply.code(error.status);
  if (error.code === 'rate_limited' && error.details?.retryAfterSeconds) {
    reply.header('retry-after', String(error.details.retryAfterSeconds));
  }
  if (wantsJson(request)) {
    const body: ErrorBody = { error: { code: error.code, message: error.message } };
    if (error.details && error.status < 500) body.error.details = error.details;
    // The reply may carry a route's response schema; errors bypass it.
    return reply.type('application/json; charset=utf-8').serializer(JSON.stringify).send(body);
  }
  return reply.type('text/html; charset=utf-8').send(renderHtml(request, error));
}
