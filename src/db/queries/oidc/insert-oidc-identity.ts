/** Links a provider identity to a staff account (first SSO sign-in). */
import type { Queryable } from '../../db.js';

export async function insertOidcIdentity(db: Queryable, link: { issuer: string; subject: string; userId: number }): Promise<void> {
  await db.query('/* insertOidcIdentity */ INSERT INTO oidc_identities (issuer, subject, user_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [
    link.issuer,
    link.subject,
    link.userId,
  ]);
}
