/**
 * Who acts in the newsroom and what they hold where. The web layer builds it from the
 * session's memberships (agency scope per permission); the scheduled publisher acts as the
 * system. Services ask `holds` for the article's own agency, never for "somewhere".
 */
import type { Db } from '../../db/db.js';
import type { NewsroomPermission } from '../../domain/article-workflow.js';
import type { Keyring } from '../../security/keys/keyring.js';

export interface NewsroomActor {
  userId: number;
  holds(permission: NewsroomPermission, agencyId: number): Promise<boolean>;
}

export interface NewsroomDeps {
  db: Db;
  keyring: Keyring;
  /** Attempts per syndication delivery before it is given up. */
  maxDeliveryAttempts: number;
}
