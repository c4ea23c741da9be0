/**
 * What an audit entry says: who (a staff user, an API key, or a labelled actor such as a
 * citizen's data-subject request or the system), in which agency, did what to which object.
 * Details are small JSON facts — never personal data such as e-mails or message text.
 */
export interface AuditInput {
  action: string;
  actorUserId?: number | null;
  actorApiKeyId?: number | null;
  /** For actors without an account: 'system', 'citizen', 'cli'. */
  actorLabel?: string | null;
  agencyId?: number | null;
  targetType?: string | null;
  targetId?: string | number | null;
  details?: Record<string, unknown>;
}

export interface AuditEntry {
  id: number;
  at: Date;
  actorUserId: number | null;
  actorApiKeyId: number | null;
  actorLabel: string | null;
  agencyId: number | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  details: Record<string, unknown>;
  prevHash: string | null;
  hash: string | null;
}

/** Actions are dotted lower-case names: 'auth.login', 'user.role_granted', 'article.published'. */
export const AUDIT_ACTION = /^[a-z][a-z_]*(\.[a-z][a-z_]*)+$/;
