/**
 * The database port: the few operations the application needs, implemented once for the
 * embedded PGlite and once for a PostgreSQL server. Queries are plain parameterised SQL
 * that runs on PostgreSQL 15 and later, so the same text serves both backends.
 */

export type Row = Record<string, unknown>;

export interface QueryResult<R> {
  rows: R[];
  /** Rows inserted, updated or deleted (or returned, for SELECT). */
  rowCount: number;
}

export interface Queryable {
  query<R = Row>(text: string, params?: readonly unknown[]): Promise<QueryResult<R>>;
}

export type DbKind = 'pglite' | 'postgres';

export type CopyRows = readonly (readonly unknown[])[];

/** A connection inside an open transaction. */
export interface Tx extends Queryable {
  /** Runs a script of several statements without parameters (migrations only). */
  execScript(sql: string): Promise<void>;
  /** Bulk-loads rows with COPY (PostgreSQL text format); returns the number of rows copied. */
  copyRows(table: string, columns: readonly string[], rows: CopyRows): Promise<number>;
}

export interface Db extends Queryable {
  readonly kind: DbKind;
  /** Runs `fn` in one transaction: committed if it resolves, rolled back if it throws. */
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  /** COPY in a transaction of its own. */
  copyRows(table: string, columns: readonly string[], rows: CopyRows): Promise<number>;
  /**
   * Runs `fn` while holding a cluster-wide advisory lock, so that only one process at a
   * time does it (migrations, seeding). On PGlite the process lock on the data directory
   * already guarantees this.
   */
  withExclusiveLock<T>(lockName: string, fn: () => Promise<T>): Promise<T>;
  /** Finishes queued work and closes cleanly; safe to call twice. */
  close(): Promise<void>;
}

/**
 * Both drivers return the same JavaScript types: int8 and numeric as numbers (counts and
 * sums here stay far below 2^53), dates as 'YYYY-MM-DD' strings, timestamptz as Date.
 */
export const OID = {
  int8: 20,
  numeric: 1700,
  date: 1082,
  int8Array: 1016,
  numericArray: 1231,
} as const;

export function parseInt8(value: string): number {
  return Number(value);
}

export function parseNumeric(value: string): number {
  return Number(value);
}

export function parseDate(value: string): string {
  return value;
}

/** The text-format parsers both adapters install, keyed by type OID. */
export const TYPE_PARSERS: Readonly<Record<number, (value: string) => unknown>> = {
  [OID.int8]: parseInt8,
  [OID.numeric]: parseNumeric,
  [OID.date]: parseDate,
  [OID.int8Array]: parseNumberArray,
  [OID.numericArray]: parseNumberArray,
};

/** Parses a PostgreSQL array literal of numbers, e.g. `{1,2,NULL}`. */
export function parseNumberArray(value: string): (number | null)[] {
  const inner = value.slice(1, -1);
  if (inner === '') return [];
  return inner.split(',').map((item) => (item === 'NULL' ? null : Number(item)));
}

/** Encodes one value for COPY … FROM STDIN in PostgreSQL's text format. */
export function encodeCopyValue(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  let text: string;
  if (value instanceof Date) text = value.toISOString();
  else if (Array.isArray(value)) text = encodeArrayLiteral(value);
  else if (typeof value === 'object') text = JSON.stringify(value);
  else text = String(value);
  return text.replace(/[\\\t\n\r]/g, (ch) => (ch === '\\' ? '\\\\' : ch === '\t' ? '\\t' : ch === '\n' ? '\\n' : '\\r'));
}

function encodeArrayLiteral(values: readonly unknown[]): string {
  const items = values.map((item) => {
    if (item === null || item === undefined) return 'NULL';
    const text = String(item);
    return `"${text.replace(/["\\]/g, (ch) => `\\${ch}`)}"`;
  });
  return `{${items.join(',')}}`;
}

export function encodeCopyRows(rows: CopyRows): string {
  let out = '';
  for (const row of rows) {
    out += row.map(encodeCopyValue).join('\t');
    out += '\n';
  }
  return out;
}

/** Quotes an SQL identifier (table or column names that come from code, never from users). */
export function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)?$/.test(name)) {
    throw new Error(`refusing unsafe identifier: ${name}`);
  }
  return name
    .split('.')
    .map((part) => `"${part}"`)
    .join('.');
}

/** A stable 64-bit-ish advisory-lock key from a name, so lock ids are readable in code. */
export function advisoryLockKey(name: string): number {
  let hash = 0;
  for (let i = 0; i < name.length; i++) hash = (Math.imul(hash, 31) + name.charCodeAt(i)) | 0;
  return hash;
}
