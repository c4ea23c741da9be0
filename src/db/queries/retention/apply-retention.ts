/** Deletes (or strips) one kind of data older than its retention period; returns rows affected. */
import type { RetentionType } from '../../../domain/retention.js';
import type { Queryable } from '../../db.js';

const STATEMENTS: Record<RetentionType, string[]> = {
  comment_contact: [
    `UPDATE comments SET author_email_enc = NULL, author_email_hash = NULL
      WHERE (author_email_enc IS NOT NULL OR author_email_hash IS NOT NULL) AND created_at < now() - make_interval(days => $1::int)`,
  ],
  mail_outbox: ['DELETE FROM mail_outbox WHERE created_at < now() - make_interval(days => $1::int)'],
  sessions: ['DELETE FROM sessions WHERE expires_at < now() - make_interval(days => $1::int)'],
  rate_limits: ['DELETE FROM rate_limit_buckets WHERE window_start < now() - make_interval(days => $1::int)'],
  account_tokens: [
    'DELETE FROM password_resets WHERE expires_at < now() - make_interval(days => $1::int)',
    'DELETE FROM invitations WHERE expires_at < now() - make_interval(days => $1::int)',
  ],
  oidc_states: ['DELETE FROM oidc_login_states WHERE created_at < now() - make_interval(days => $1::int)'],
  data_subject_requests: ['DELETE FROM data_subject_requests WHERE created_at < now() - make_interval(days => $1::int)'],
};

export async function applyRetention(db: Queryable, type: RetentionType, days: number): Promise<number> {
  let affected = 0;
  for (const sql of STATEMENTS[type]) affected += (await db.query(`/* applyRetention:${type} */ ${sql}`, [days])).rowCount;
  return affected;
}
