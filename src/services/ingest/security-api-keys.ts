/**
 * The ingest webhook's API keys, over the security module: `Authorization: Bearer hk_…`,
 * hashed, revocable, last use recorded; the key's `ingest.write` permission becomes the
 * webhook's 'ingest:write' scope, and it covers a source when the source's agency lies in the
 * key's agency scope. Required when HUMAS_INGEST_REQUIRE_API_KEY is on (default in production).
 */
import { authenticateApiKey } from '../../security/api-keys/authenticate-api-key.js';
import { apiKeyFromHeaders } from '../../security/api-keys/api-key-token.js';
import { resolveAgencyScope, scopeIncludes } from '../../security/permissions/agency-scope.js';
import { apiKeyPrincipal } from '../../security/permissions/principal.js';
import type { SecurityContext } from '../../security/security-context.js';
import type { ApiKeyPrincipal, ApiKeyVerifier } from './integrator-auth.js';

export function createSecurityApiKeys(security: SecurityContext, options: { required: boolean }): ApiKeyVerifier {
  return {
    required: options.required,
    async verify(authorization) {
      const token = apiKeyFromHeaders({ authorization });
      const principal = token ? await authenticateApiKey(security.db, security.keyring, token) : null;
      const grant = principal?.grants[0];
      if (!principal || principal.apiKeyId === null || !grant) return null;
      return {
        apiKeyId: principal.apiKeyId,
        agencyId: grant.agencyId,
        includesSubAgencies: grant.includesSubAgencies,
        scopes: grant.permissions.map((p) => p.replace('.', ':')),
      } as ApiKeyPrincipal & { includesSubAgencies: boolean };
    },
    async covers(key, sourceAgencyId) {
      if (sourceAgencyId === null) return false;
      const principal = apiKeyPrincipal({
        id: key.apiKeyId,
        agencyId: key.agencyId,
        includesSubAgencies: (key as ApiKeyPrincipal & { includesSubAgencies?: boolean }).includesSubAgencies ?? false,
        permissions: ['ingest.write'],
      });
      return scopeIncludes(await resolveAgencyScope(security.db, principal, 'ingest.write'), sourceAgencyId);
    },
  };
}
