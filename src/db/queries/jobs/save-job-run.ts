/** Creates or updates a job's state; call inside the transaction that did the work it records. */
import type { Queryable } from '../../db.js';

export async function saveJobRun(
  db: Queryable,
  run: { name: string; status: 'running' | 'done'; params: Record<string, unknown>; progress: number },
): Promise<void> {
  await db.query(
    `INSERT INTO job_runs (name, status, params, progress, started_at, finished_at)
     VALUES ($1, $2, $3, $4, now(), CASE WHEN $2 = 'done' THEN now() END)
     ON CONFLICT (name) DO UPDATE
       SET status = EXCLUDED.status, params = EXCLUDED.params, progress = EXCLUDED.progress,
           finished_at = CASE WHEN EXCLUDED.status = 'done' THEN now() END`,
    [run.name, run.status, JSON.stringify(run.params), run.progress],
  );
}
