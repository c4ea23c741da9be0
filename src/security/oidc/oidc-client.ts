/**
 * OpenID Connect single sign-on (authorization code flow with PKCE and a nonce) through
 * openid-client. The provider's metadata is discovered once, lazily. Plain-HTTP issuers are
 * accepted only on loopback addresses (tests and local identity providers).
 */
import * as oidc from 'openid-client';
import type { Config } from '../../config/config.js';

export interface OidcStart {
  url: string;
  state: string;
  codeVerifier: string;
  nonce: string;
}

export interface OidcIdentity {
  issuer: string;
  subject: string;
  email: string | null;
  emailVerified: boolean;
}

export interface OidcClient {
  start(): Promise<OidcStart>;
  finish(callbackUrl: URL, checks: { state: string; codeVerifier: string; nonce: string }): Promise<OidcIdentity>;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

export function createOidcClient(settings: NonNullable<Config['oidc']>, publicUrl: string): OidcClient {
  const redirectUri = `${publicUrl}/console/login/sso/callback`;
  let discovered: Promise<oidc.Configuration> | undefined;
  const configuration = () => {
    discovered ??= (async () => {
      const issuer = new URL(settings.issuerUrl);
      const insecure = issuer.protocol === 'http:' && LOOPBACK.has(issuer.hostname);
      return oidc.discovery(issuer, settings.clientId, settings.clientSecret, undefined, insecure ? { execute: [oidc.allowInsecureRequests] } : undefined);
    })().catch((error: unknown) => {
      discovered = undefined; // try again next time: the provider may be back
      throw error;
    });
    return discovered;
  };
  return {
    async start() {
      const config = await configuration();
      const codeVerifier = oidc.randomPKCECodeVerifier();
      const state = oidc.randomState();
      const nonce = oidc.randomNonce();
      const url = oidc.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri,
        scope: 'openid email profile',
        code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      });
      return { url: url.href, state, codeVerifier, nonce };
    },
    async finish(callbackUrl, checks) {
      const config = await configuration();
      const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: checks.codeVerifier,
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims) throw new Error('the identity provider returned no ID token');
      let email: unknown = claims.email;
      let verified: unknown = claims.email_verified;
      // Conforming providers put scope claims in userinfo rather than the ID token.
      if (typeof email !== 'string') {
        const info = await oidc.fetchUserInfo(config, tokens.access_token, claims.sub);
        email = info.email;
        verified = info.email_verified;
      }
      return { issuer: claims.iss, subject: claims.sub, email: typeof email === 'string' ? email : null, emailVerified: verified === true };
    },
  };
}
