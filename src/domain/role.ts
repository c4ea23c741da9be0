/**
 * Staff roles. Each is held in one agency, optionally including its sub-agencies.
 * national_admin: everything everywhere · agency_admin: people and settings of an agency ·
 * writer: drafts news · reviewer: reviews, approves and publishes news · analyst: reads
 * listening and analytics · responder: answers citizens in the inbox.
 */
export const ROLES = ['national_admin', 'agency_admin', 'writer', 'reviewer', 'analyst', 'responder'] as const;
export type Role = (typeof ROLES)[number];
