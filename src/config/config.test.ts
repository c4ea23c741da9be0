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
