/** A new syndication channel of an agency (the credential already sealed). */
import type { Queryable } from '../../db.js';
import type { ChannelKind } from '../../../domain/syndication.js';

export interface NewSyndicationChannel {
  agencyId: number;
  kind: ChannelKind;
  name: string;
  target: string | null;
  secretEnc: Buffer;
  secretHint: string;
  createdBy: number | null;
}

export async function insertSyndicationChannel(db: Queryable, c: NewSyndicationChannel): Promise<number | null> {
  const { rows } = await db.query<{ id: number }>(
    `/* insertSyndicationChannel */
     INSERT INTO syndication_channels (agency_id, kind, name, target, secret_enc, secret_hint, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (agency_id, name) DO NOTHING
     RETURNING id`,
    [c.agencyId, c.kind, c.name, c.target, c.secretEnc, c.secretHint, c.createdBy],
  );
  return rows[0] ? Number(rows[0].id) : null;
}
