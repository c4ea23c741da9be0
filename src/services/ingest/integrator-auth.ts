/**
 * Who is calling the ingest webhook. The signature proves the caller holds the source's
 * signing secret; an API key (issue 3's security module) will additionally say which
 * integrator it is and what it may do.
 *
 * INTERIM: `signatureOnlyApiKeys` enforces nothing. At merge, implement ApiKeyVerifier over
 * the security module: verify `Authorization: Bearer <key>` (hashed, scoped, revocable),
 * require the scope 'ingest:write' and an agency that covers the source's agency.
 */

export interface ApiKeyPrincipal {
  apiKeyId: number;
  agencyId: number;
  scopes: readonly string[];
}

export interface ApiKeyVerifier {
  /** Whether a valid API key is required on every ingest request. */
  readonly required: boolean;
  /** The key's principal, or null when the header is missing or the key is invalid or revoked. */
  verify(authorization: string | undefined): Promise<ApiKeyPrincipal | null>;
  /** Whether the key may write into a source of this agency (its own or a sub-agency). */
  covers(principal: ApiKeyPrincipal, sourceAgencyId: number | null): Promise<boolean>;
}

export interface IntegratorPrincipal {
  sourceId: number;
  sourceAgencyId: number | null;
  apiKeyId: number | null;
}

export const signatureOnlyApiKeys: ApiKeyVerifier = {
  required: false,
  verify: async () => null,
  covers: async () => true,
};
