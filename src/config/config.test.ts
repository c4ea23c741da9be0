import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('loadConfig', () => {
  it('defaults to embedded PGlite in ./data on port 3000 with nothing set', () => {
    const config = loadConfig({}, '/srv/humas');
    expect(config.database).toEqual({ kind: 'pglite', dataDir: path.resolve('/srv/humas', './data') });
    expect(config.http.port).toBe(3000);
    expect(config.http.publicUrl).toBe('http://localhost:3000');
  });

  it('uses a PostgreSQL server when DATABASE_URL is a postgres URL', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u@db:5432/humas', DATABASE_POOL_MAX: '20' });
    expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://u@db:5432/humas', poolMax: 20 });
  });

  it('honours HUMAS_DATA_DIR, PORT and PUBLIC_URL', () => {
    const config = loadConfig({ HUMAS_DATA_DIR: '/var/lib/humas', PORT: '8080', PUBLIC_URL: 'https://humas.jabarprov.go.id/' });
    expect(config.database).toEqual({ kind: 'pglite', dataDir: '/var/lib/humas' });
    expect(config.http.port).toBe(8080);
    expect(config.http.publicUrl).toBe('https://humas.jabarprov.go.id');
  });

  it('names every invalid variable in one error', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x', PORT: 'eighty', LOG_LEVEL: 'loud' })).toThrow(
      /DATABASE_URL: DATABASE_URL must start with postgres.*PORT.*LOG_LEVEL/,
    );
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }).database.kind).toBe('pglite');
  });
});

describe('loadConfig: security', () => {
  it('requires data keys and SMTP in production, naming both', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/HUMAS_DATA_KEYS and HUMAS_LOOKUP_KEY are required in production.*SMTP_URL/);
  });

  it('reads keys newest first, SMTP, single sign-on and retention overrides', () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    const config = loadConfig({
      NODE_ENV: 'production',
      HUMAS_DATA_KEYS: `k2:${key},k1:${key}`,
      HUMAS_LOOKUP_KEY: key,
      SMTP_URL: 'smtp://mail.jabarprov.go.id:587',
      OIDC_ISSUER_URL: 'https://sso.example.go.id',
      OIDC_CLIENT_ID: 'humas',
      HUMAS_RETENTION: 'comment_contact=180, mail_outbox=7',
    });
    expect(config.security.keys!.dataKeys.map((k) => k.id)).toEqual(['k2', 'k1']);
    expect(config.mail).toMatchObject({ transport: 'smtp', smtpUrl: 'smtp://mail.jabarprov.go.id:587' });
    expect(config.oidc).toMatchObject({ issuerUrl: 'https://sso.example.go.id', clientId: 'humas' });
    expect(config.retention.comment_contact).toBe(180);
    expect(config.retention.mail_outbox).toBe(7);
    expect(config.retention.sessions).toBe(7);
  });

  it('refuses malformed keys and unknown retention types', () => {
    expect(() => loadConfig({ HUMAS_DATA_KEYS: 'k1:short', HUMAS_LOOKUP_KEY: 'x' })).toThrow(/HUMAS_DATA_KEYS.*HUMAS_LOOKUP_KEY/);
    expect(() => loadConfig({ HUMAS_RETENTION: 'everything=1' })).toThrow(/HUMAS_RETENTION/);
  });

  it('defaults to the development outbox and no keys (generated on first run)', () => {
    const config = loadConfig({});
    expect(config.mail).toEqual({ transport: 'outbox' });
    expect(config.security.keys).toBeNull();
  });
});
