/** Stores a channel's new (encrypted) credential; returns its agency and kind, or null if the channel does not exist. */
import type { Queryable } from '../../db.js';
import type { ChannelKind } from '../../../domain/syndication.js';

export async function replaceChannelSecret(db: Queryable, id: number, secretEnc: Buffer, secretHint: string): Promise<{ agencyId: number; kind: ChannelKind } | null> {
  const { rows } = await db.query<{ agencyId: number; kind: ChannelKind }>(
    `/* replaceChannelSecret */
     UPDATE syndication_channels SET secret_enc = $2, secret_hint = $3, updated_at = now() WHERE id = $1
     RETURNING agency_id AS "agencyId", kind`,
    [id, secretEnc, secretHint],
  );
  return rows[0] ? { agencyId: Number(rows[0].agencyId), kind: rows[0].kind } : null;
}
