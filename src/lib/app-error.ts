/**
 * The one error type the application raises on purpose. Each code has a fixed HTTP status,
 * so a route never chooses a status by hand and clients can rely on the code.
 */

export const ERROR_CODES = {
  /** Input failed validation; the message says which field and why. */
  validation_failed: 400,
  /** The request body or query could not be parsed at all. */
  bad_request: 400,
  /** No valid session or API key. */
  unauthenticated: 401,
  /** Authenticated, but this action or object is outside the caller's permissions. */
  forbidden: 403,
  /** The object does not exist, or the caller may not know that it exists. */
  not_found: 404,
  /** The HTTP method is not allowed on this path. */
  method_not_allowed: 405,
  /** The request conflicts with the current state (duplicate, wrong workflow state). */
  conflict: 409,
  /** The body is larger than this endpoint accepts. */
  payload_too_large: 413,
  /** The body's content type is not one this endpoint accepts. */
  unsupported_media_type: 415,
  /** The input is well-formed but cannot be processed (e.g. an upload that is not an image). */
  unprocessable: 422,
  /** Too many requests from this client; retry later. */
  rate_limited: 429,
  /** Something failed on our side; details are in the server log under the request id. */
  internal: 500,
  /** A dependency (the database) is not reachable. */
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  /** Extra machine-readable detail safe to show to the client (never personal data). */
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, options: { cause?: unknown; details?: Record<string, unknown> } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.status = ERROR_CODES[code];
    this.details = options.details;
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
