/**
 * The embedded backend: PGlite (PostgreSQL compiled to WASM) in this process, stored in a
 * data directory. One process may open a directory at a time — a lock file enforces it,
 * because two PGlite instances writing the same files would corrupt them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { AppError } from '../lib/app-error.js';
import {
  encodeCopyRows,
  TYPE_PARSERS,
  quoteIdent,
  type CopyRows,
  type Db,
  type QueryResult,
  type Tx,
} from './db.js';


export interface PgliteOpenOptions {
  /** Directory for the database files; omit for an in-memory database (tests). */
  dataDir?: string;
  /** A `dumpDataDir()` snapshot to start from (tests start from a migrated snapshot). */
  loadDataDir?: Blob;
}

export async function openPgliteDb(options: PgliteOpenOptions = {}): Promise<PgliteDb> {
  let releaseLock: (() => void) | undefined;
  let dataDir: string | undefined;
  if (options.dataDir) {
    fs.mkdirSync(options.dataDir, { recursive: true });
    releaseLock = acquireDirLock(options.dataDir);
    dataDir = path.join(options.dataDir, 'pglite');
  }
  try {
    const pg = new PGlite({
      ...(dataDir ? { dataDir } : {}),
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
      parsers: TYPE_PARSERS,
    });
    await pg.waitReady;
    return new PgliteDb(pg, releaseLock);
  } catch (error) {
    releaseLock?.();
    throw error;
  }
}

export class PgliteDb implements Db {
  readonly kind = 'pglite' as const;
  private closing: Promise<void> | undefined;

  constructor(
    readonly pg: PGlite,
    private readonly releaseLock?: () => void,
  ) {}

  async query<R>(text: string, params: readonly unknown[] = []): Promise<QueryResult<R>> {
    const result = await this.pg.query<R>(text, params as unknown[]);
    // PGlite reports affectedRows 0 for SELECT; the port promises the number of rows returned there.
    return { rows: result.rows, rowCount: Math.max(result.affectedRows ?? 0, result.rows.length) };
  }

  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.pg.transaction((raw) => fn(wrapTransaction(raw)));
  }

  copyRows(table: string, columns: readonly string[], rows: CopyRows): Promise<number> {
    return this.transaction((tx) => tx.copyRows(table, columns, rows));
  }

  // PGlite is one process with one connection, and the directory lock keeps other
  // processes out: holding the connection is already exclusive.
  withExclusiveLock<T>(_lockName: string, fn: () => Promise<T>): Promise<T> {
    return fn();
  }

  /** A gzip snapshot of the whole data directory (tests clone migrated databases from it). */
  async dumpSnapshot(): Promise<Blob> {
    return this.pg.dumpDataDir('gzip');
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      try {
        if (!this.pg.closed) await this.pg.close();
      } finally {
        this.releaseLock?.();
      }
    })();
    return this.closing;
  }
}

function wrapTransaction(raw: Transaction): Tx {
  return {
    async query<R>(text: string, params: readonly unknown[] = []): Promise<QueryResult<R>> {
      const result = await raw.query<R>(text, params as unknown[]);
      // PGlite reports affectedRows 0 for SELECT; the port promises the number of rows returned there.
      return { rows: result.rows, rowCount: Math.max(result.affectedRows ?? 0, result.rows.length) };
    },
    async execScript(sql: string): Promise<void> {
      await raw.exec(sql);
    },
    async copyRows(table: string, columns: readonly string[], rows: CopyRows): Promise<number> {
      if (rows.length === 0) return 0;
      const blob = new Blob([encodeCopyRows(rows)]);
      const cols = columns.map(quoteIdent).join(', ');
      await raw.query(`COPY ${quoteIdent(table)} (${cols}) FROM '/dev/blob'`, [], { blob });
      return rows.length;
    },
  };
}

/**
 * Takes `<dir>/humas.lock` (holding our pid). A lock left by a process that no longer runs
 * is taken over; a live one is a clear error instead of a corrupt database.
 */
function acquireDirLock(dir: string): () => void {
  const lockPath = path.join(dir, 'humas.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: 'wx' });
      let released = false;
      return () => {
        if (released) return;
        released = true;
        try {
          if (fs.readFileSync(lockPath, 'utf8') === String(process.pid)) fs.unlinkSync(lockPath);
        } catch {
          // Already gone: nothing to release.
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(fs.readFileSync(lockPath, 'utf8').trim());
      if (holder === process.pid) {
        throw new AppError('conflict', `The data directory ${dir} is already open in this process.`);
      }
      if (Number.isInteger(holder) && holder > 0 && isProcessAlive(holder)) {
        throw new AppError(
          'conflict',
          `The data directory ${dir} is in use by process ${holder}. Stop it first, or set HUMAS_DATA_DIR to another directory.`,
        );
      }
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new AppError('conflict', `Could not lock the data directory ${dir}.`);
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
