/**
 * Agencies: national ministries and agencies (K/L), provincial governments, and regency or
 * city governments, in one hierarchy. Regional governments carry their Kemendagri region code.
 */
export const AGENCY_LEVELS = ['national', 'province', 'regency', 'city'] as const;
export type AgencyLevel = (typeof AGENCY_LEVELS)[number];

export const AGENCY_KINDS = ['ministry', 'agency', 'regional_government'] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

export interface Agency {
  id: number;
  code: string;
  slug: string;
  name: string;
  abbreviation: string;
  level: AgencyLevel;
  kind: AgencyKind;
  parentId: number | null;
  regionCode: string | null;
  website: string | null;
}
