/**
 * Collects bound parameters for SQL built from parts (dashboard filters, the explorer's query
 * language): every value becomes `$n`, never text in the statement.
 */
export interface SqlParams {
  /** Adds a value and returns its placeholder, cast when a type is given (`$3::bigint[]`). */
  add(value: unknown, cast?: string): string;
  readonly values: unknown[];
}

export function createSqlParams(): SqlParams {
  const values: unknown[] = [];
  return {
    values,
    add(value, cast) {
      values.push(value);
      return cast ? `$${values.length}::${cast}` : `$${values.length}`;
    },
  };
}
