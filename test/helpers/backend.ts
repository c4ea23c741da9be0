/** Which backend this test project runs against, and where the test PostgreSQL server is. */
export type TestBackend = 'pglite' | 'postgres';

export function getTestBackend(): TestBackend {
  const value = process.env.HUMAS_TEST_BACKEND;
  if (value !== 'pglite' && value !== 'postgres') {
    throw new Error(`HUMAS_TEST_BACKEND must be pglite or postgres (got ${String(value)}); run tests through vitest projects`);
  }
  return value;
}

export const TEST_PG_URL = process.env.HUMAS_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** The same server URL pointing at another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
