/**
 * Independent reads at once where the database has a pool of connections (PostgreSQL outside a
 * transaction), one after another otherwise: PGlite has a single connection, and a
 * transaction's client must not be sent a query while another is running on it.
 */
import type { Db, Queryable } from './db.js';

function hasPool(db: Queryable): boolean {
  // A transaction (Tx) has no `kind`: it is one connection even on PostgreSQL.
  return (db as Partial<Db>).kind === 'postgres';
}

export async function readConcurrently<T extends readonly unknown[]>(db: Queryable, reads: { [K in keyof T]: () => Promise<T[K]> }): Promise<T> {
  if (hasPool(db)) return (await Promise.all(reads.map((read) => read()))) as unknown as T;
  const out: unknown[] = [];
  for (const read of reads) out.push(await read());
  return out as unknown as T;
}
