/**
 * The server backend: PostgreSQL through a `pg` connection pool. Many stateless web and
 * worker processes share one server; cross-process coordination uses advisory locks.
 */
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import {
  advisoryLockKey,
  encodeCopyRows,
  TYPE_PARSERS,
  quoteIdent,
  type CopyRows,
  type Db,
  type QueryResult,
  type Tx,
} from './db.js';


const typeParsers = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    const own = TYPE_PARSERS[oid];
    if (own && format !== 'binary') return own;
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

export interface PostgresOpenOptions {
  url: string;
  poolMax?: number;
  /** Sets `search_path` on every connection (tests isolate runs in their own schema). */
  searchPath?: string;
  applicationName?: string;
}

export async function openPostgresDb(options: PostgresOpenOptions): Promise<PostgresDb> {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolMax ?? 10,
    types: typeParsers,
    application_name: options.applicationName ?? 'humas',
    ...(options.searchPath ? { options: `-c search_path=${options.searchPath}` } : {}),
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
  });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  const db = new PostgresDb(pool);
  await db.query('SELECT 1');
  return db;
}

export class PostgresDb implements Db {
  readonly kind = 'postgres' as const;
  private closing: Promise<void> | undefined;

  constructor(readonly pool: pg.Pool) {}

  async query<R>(text: string, params: readonly unknown[] = []): Promise<QueryResult<R>> {
    const result = await this.pool.query(text, params as unknown[]);
    return { rows: result.rows as R[], rowCount: result.rowCount ?? result.rows.length };
  }

  async transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let broken = false;
    try {
      await client.query('BEGIN');
      const result = await fn(wrapClient(client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      try {
        await client.query('ROLLBACK');
      } catch {
        broken = true;
      }
      throw error;
    } finally {
      client.release(broken);
    }
  }

  copyRows(table: string, columns: readonly string[], rows: CopyRows): Promise<number> {
    return this.transaction((tx) => tx.copyRows(table, columns, rows));
  }

  async withExclusiveLock<T>(lockName: string, fn: () => Promise<T>): Promise<T> {
    // Session-level lock on a dedicated connection, held while `fn` runs on the pool.
    const client = await this.pool.connect();
    const key = advisoryLockKey(lockName);
    try {
      await client.query('SELECT pg_advisory_lock($1)', [key]);
      try {
        return await fn();
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [key]);
      }
    } finally {
      client.release();
    }
  }

  close(): Promise<void> {
    this.closing ??= this.pool.end();
    return this.closing;
  }
}

function wrapClient(client: pg.PoolClient): Tx {
  return {
    async query<R>(text: string, params: readonly unknown[] = []): Promise<QueryResult<R>> {
      const result = await client.query(text, params as unknown[]);
      return { rows: result.rows as R[], rowCount: result.rowCount ?? result.rows.length };
    },
    async execScript(sql: string): Promise<void> {
      await client.query(sql);
    },
    async copyRows(table: string, columns: readonly string[], rows: CopyRows): Promise<number> {
      if (rows.length === 0) return 0;
      const cols = columns.map(quoteIdent).join(', ');
      const stream = client.query(copyFrom(`COPY ${quoteIdent(table)} (${cols}) FROM STDIN`));
      await pipeline(Readable.from([encodeCopyRows(rows)]), stream);
      return rows.length;
    },
  };
}
