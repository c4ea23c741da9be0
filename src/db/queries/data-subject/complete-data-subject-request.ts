/** Marks a request done with its result counts and drops the encrypted address (no longer needed). */
import type { Queryable } from '../../db.js';

export async function completeDataSubjectRequest(db: Queryable, id: number, result: Record<string, number>): Promise<void> {
  await db.query('/* completeDataSubjectRequest */ UPDATE data_subject_requests SET completed_at = now(), result = $2, email_enc = NULL WHERE id = $1', [
    id,
    JSON.stringify(result),
  ]);
}
