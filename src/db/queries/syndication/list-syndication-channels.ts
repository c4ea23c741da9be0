/** Channels of the caller's agencies (null = all), for the console; never the sealed credential. */
import type { Queryable } from '../../db.js';
import type { ChannelKind } from '../../../domain/syndication.js';

export interface SyndicationChannelRow {
  id: number;
  agencyId: number;
  agencyAbbreviation: string;
  kind: ChannelKind;
  name: string;
  target: string | null;
  secretHint: string;
  isActive: boolean;
}

export async function listSyndicationChannels(db: Queryable, agencyIds: number[] | null): Promise<SyndicationChannelRow[]> {
  const { rows } = await db.query<SyndicationChannelRow>(
    `/* listSyndicationChannels */
     SELECT c.id, c.agency_id AS "agencyId", g.abbreviation AS "agencyAbbreviation", c.kind, c.name, c.target,
            c.secret_hint AS "secretHint", c.is_active AS "isActive"
       FROM syndication_channels c JOIN agencies g ON g.id = c.agency_id
      WHERE $1::bigint[] IS NULL OR c.agency_id = ANY($1::bigint[])
      ORDER BY g.abbreviation, c.name
      LIMIT 500`,
    [agencyIds],
  );
  return rows;
}
