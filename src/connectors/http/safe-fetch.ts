/**
 * Outbound HTTP for connectors, guarded: only http(s); every address a host resolves to must be
 * public unless the source is internal (checked again on every redirect, and the socket connects
 * to exactly the addresses that were checked, so DNS rebinding between check and use is not
 * possible); a total deadline, a byte limit on the decompressed body, a redirect limit, and no
 * Authorization header sent to another origin.
 */
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupAddress, LookupAllOptions, LookupOneOptions } from 'node:dns';
import zlib from 'node:zlib';
import { AppError, type ErrorCode } from '../../lib/app-error.js';
import { isIpLiteral, isPublicAddress } from './is-public-address.js';

export type FetchFailure = 'bad_url' | 'blocked_address' | 'dns' | 'timeout' | 'too_large' | 'too_many_redirects' | 'network';

export type Resolver = (hostname: string) => Promise<LookupAddress[]>;

export interface FetchPolicy {
  /** The source is marked internal (`sources.is_internal`): private addresses are allowed. */
  allowPrivate: boolean;
  /** Whole request, redirects included. Default 15 s. */
  timeoutMs?: number;
  /** Decompressed body limit. Default 10 MiB. */
  maxBytes?: number;
  /** Default 5. */
  maxRedirects?: number;
  /** DNS resolution; defaults to the system resolver (all addresses). */
  resolve?: Resolver;
  /** Replaces the public-address rule; tests use it to treat one loopback address as "public". */
  isAllowedAddress?: (ip: string) => boolean;
}

export interface SafeRequest {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}

export interface SafeResponse {
  status: number;
  /** The URL after redirects. */
  url: string;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

export const FETCH_DEFAULTS = { timeoutMs: 15_000, maxBytes: 10 * 1024 * 1024, maxRedirects: 5 } as const;
const USER_AGENT = 'Humas/0.1 (government public relations listening)';
const FAILURE_CODES: Record<FetchFailure, ErrorCode> = {
  bad_url: 'validation_failed',
  blocked_address: 'forbidden',
  dns: 'unavailable',
  timeout: 'unavailable',
  too_large: 'payload_too_large',
  too_many_redirects: 'unavailable',
  network: 'unavailable',
};

export function fetchFailure(reason: FetchFailure, message: string, cause?: unknown): AppError {
  return new AppError(FAILURE_CODES[reason], message, { details: { reason }, ...(cause === undefined ? {} : { cause }) });
}

export function getFetchFailure(error: unknown): FetchFailure | null {
  const reason = error instanceof AppError ? error.details?.['reason'] : undefined;
  return typeof reason === 'string' ? (reason as FetchFailure) : null;
}

export async function safeFetch(request: SafeRequest, policy: FetchPolicy): Promise<SafeResponse> {
  const timeoutMs = policy.timeoutMs ?? FETCH_DEFAULTS.timeoutMs;
  const maxRedirects = policy.maxRedirects ?? FETCH_DEFAULTS.maxRedirects;
  const deadline = AbortSignal.timeout(timeoutMs);
  let url = parseHttpUrl(request.url);
  let method = request.method ?? 'GET';
  let body = request.body;
  let headers = { ...request.headers };
  for (let hop = 0; ; hop++) {
    const response = await requestOnce(url, method, headers, body, policy, deadline, timeoutMs);
    const location = response.headers.location;
    if (response.status >= 300 && response.status < 400 && response.status !== 304 && location) {
      if (hop >= maxRedirects) throw fetchFailure('too_many_redirects', `more than ${maxRedirects} redirects`);
      const next = parseHttpUrl(location, url);
      if (next.origin !== url.origin) headers = withoutCredentials(headers);
      if (response.status === 303 || ((response.status === 301 || response.status === 302) && method === 'POST')) {
        method = 'GET';
        body = undefined;
      }
      url = next;
      continue;
    }
    return { ...response, url: url.href };
  }
}

function parseHttpUrl(value: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    throw fetchFailure('bad_url', 'not a valid URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw fetchFailure('bad_url', `only http and https URLs are fetched (got ${url.protocol})`);
  if (url.username || url.password) throw fetchFailure('bad_url', 'URLs with credentials are not fetched');
  return url;
}

function withoutCredentials(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !/^(authorization|cookie|x-api-key)$/i.test(name)));
}

function isAllowed(ip: string, policy: FetchPolicy): boolean {
  if (policy.allowPrivate) return true;
  return policy.isAllowedAddress ? policy.isAllowedAddress(ip) : isPublicAddress(ip);
}

/** A dns.lookup replacement that refuses the whole host if any address it has is not allowed. */
function guardedLookup(policy: FetchPolicy) {
  const resolve: Resolver = policy.resolve ?? ((hostname) => dns.promises.lookup(hostname, { all: true, verbatim: true }));
  return (hostname: string, options: LookupOneOptions | LookupAllOptions, callback: (...args: unknown[]) => void): void => {
    resolve(hostname).then(
      (addresses) => {
        if (addresses.length === 0) return callback(fetchFailure('dns', 'the host name did not resolve'));
        const refused = addresses.find((a) => !isAllowed(a.address, policy));
        if (refused) return callback(fetchFailure('blocked_address', 'refused: the host resolves to a non-public address'));
        if (options.all) return callback(null, addresses);
        return callback(null, addresses[0]!.address, addresses[0]!.family);
      },
      (error: unknown) => callback(fetchFailure('dns', 'the host name did not resolve', error)),
    );
  };
}

function requestOnce(
  url: URL,
  method: string,
  headers: Record<string, string>,
  body: string | undefined,
  policy: FetchPolicy,
  deadline: AbortSignal,
  timeoutMs: number,
): Promise<Omit<SafeResponse, 'url'>> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  // Literal IPs never reach the lookup function, so they are checked here.
  if (isIpLiteral(host) && !isAllowed(host, policy)) {
    return Promise.reject(fetchFailure('blocked_address', 'refused: non-public address'));
  }
  if (deadline.aborted) return Promise.reject(fetchFailure('timeout', `timed out after ${timeoutMs} ms`));
  const maxBytes = policy.maxBytes ?? FETCH_DEFAULTS.maxBytes;
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (error: AppError) => {
      if (settled) return;
      settled = true;
      deadline.removeEventListener('abort', onAbort);
      req.destroy();
      reject(error);
    };
    const onAbort = () => fail(fetchFailure('timeout', `timed out after ${timeoutMs} ms`));
    deadline.addEventListener('abort', onAbort, { once: true });
    const req = client.request(
      url,
      {
        method,
        lookup: guardedLookup(policy) as unknown as typeof dns.lookup,
        headers: {
          'user-agent': USER_AGENT,
          'accept-encoding': 'gzip, deflate, br',
          ...headers,
          ...(body !== undefined ? { 'content-length': String(Buffer.byteLength(body)) } : {}),
        },
      },
      (res) => {
        const declared = Number(res.headers['content-length']);
        if (Number.isFinite(declared) && declared > maxBytes && !res.headers['content-encoding']) {
          return fail(fetchFailure('too_large', `response larger than ${maxBytes} bytes`));
        }
        const stream = decoder(res);
        const chunks: Buffer[] = [];
        let total = 0;
        res.on('error', (error) => fail(fetchFailure('network', 'the response was cut off', error)));
        stream.on('data', (chunk: Buffer) => {
          if (settled) return;
          total += chunk.length;
          // Counted after decompression: a small gzip bomb is stopped as early as a big body.
          if (total > maxBytes) return fail(fetchFailure('too_large', `response larger than ${maxBytes} bytes`));
          chunks.push(chunk);
        });
        stream.on('error', (error) => fail(fetchFailure('network', 'the response could not be read', error)));
        stream.on('end', () => {
          if (settled) return;
          settled = true;
          deadline.removeEventListener('abort', onAbort);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) });
        });
      },
    );
    req.on('error', (error) => {
      fail(error instanceof AppError ? error : fetchFailure('network', `request failed (${(error as NodeJS.ErrnoException).code ?? 'error'})`, error));
    });
    if (body !== undefined) req.write(body);
    req.end();
  });
}

function decoder(res: http.IncomingMessage): NodeJS.ReadableStream {
  const encoding = String(res.headers['content-encoding'] ?? '').trim().toLowerCase();
  if (encoding === 'gzip' || encoding === 'x-gzip') return res.pipe(zlib.createGunzip());
  if (encoding === 'deflate') return res.pipe(zlib.createInflate());
  if (encoding === 'br') return res.pipe(zlib.createBrotliDecompress());
  return res;
}

/** The charset parameter of a Content-Type header, if any. */
export function charsetOf(contentType: string | string[] | undefined): string | null {
  const value = Array.isArray(contentType) ? contentType[0] : contentType;
  const m = value ? /charset\s*=\s*"?([^";\s]+)"?/i.exec(value) : null;
  return m ? m[1]! : null;
}
