/**
 * Kinds of stored data that expire, with how long each is kept by default (days). The
 * retention job deletes or strips what is older; HUMAS_RETENTION overrides the defaults.
 */
export const RETENTION_DEFAULT_DAYS = {
  /** Commenters' e-mail addresses (the comment itself stays, anonymised of contact data). */
  comment_contact: 365,
  /** Development mail outbox messages. */
  mail_outbox: 30,
  /** Sessions, counted from when they expired or were ended. */
  sessions: 7,
  /** Rate-limit counters. */
  rate_limits: 1,
  /** Invitations and password reset tokens, once expired or used. */
  account_tokens: 30,
  /** Single sign-on requests that were never completed. */
  oidc_states: 1,
  /** Data-subject request records (kept as proof the request was honoured). */
  data_subject_requests: 365,
} as const;

export type RetentionType = keyof typeof RETENTION_DEFAULT_DAYS;
export const RETENTION_TYPES = Object.keys(RETENTION_DEFAULT_DAYS) as RetentionType[];
