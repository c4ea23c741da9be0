/** The staff account linked to an identity at a provider. */
import type { Queryable } from '../../db.js';

export async function findOidcIdentity(db: Queryable, issuer: string, subject: string): Promise<number | null> {
  const { rows } = await db.query<{ user_id: number }>('/* findOidcIdentity */ SELECT user_id FROM oidc_identities WHERE issuer = $1 AND subject = $2', [issuer, subject]);
  return rows[0] ? Number(rows[0].user_id) : null;
}
