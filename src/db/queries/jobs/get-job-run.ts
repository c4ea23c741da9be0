/** Reads the state of a named one-off job (e.g. the demo seed). */
import type { Queryable } from '../../db.js';

export interface JobRun {
  name: string;
  status: 'running' | 'done';
  params: Record<string, unknown>;
  progress: number;
}

export async function getJobRun(db: Queryable, name: string): Promise<JobRun | null> {
  const { rows } = await db.query<JobRun>('SELECT name, status, params, progress FROM job_runs WHERE name = $1', [name]);
  return rows[0] ?? null;
}
