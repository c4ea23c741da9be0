import { describe, expect, it } from 'vitest';
import { computeSecurityHeaders } from './security-headers.js';

describe('computeSecurityHeaders', () => {
  const headers = computeSecurityHeaders();

  it('builds a strict policy once: own scripts only, no inline handlers, no framing', () => {
    const csp = headers['content-security-policy'] ?? '';
    expect(csp.split(';')).toEqual(
      expect.arrayContaining(["default-src 'self'", "script-src 'self'", "script-src-attr 'none'", "object-src 'none'", "frame-ancestors 'none'", "form-action 'self'"]),
    );
    expect(csp).not.toContain('unsafe-inline');
  });

  it('adds HSTS, nosniff, deny-framing and the referrer policy', () => {
    expect(headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['cross-origin-resource-policy']).toBe('same-origin');
    expect(headers).not.toHaveProperty('cross-origin-embedder-policy');
  });
});
