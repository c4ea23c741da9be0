/**
 * A moderator's decision on a comment (approve, reject, mark as spam), audited in the same
 * transaction. The day's engagement count follows what readers can see: +1 when a comment
 * becomes approved, −1 when an approved one is taken down, on the comment's WIB day.
 */
import type { Db } from '../../db/db.js';
import { setCommentStatus } from '../../db/queries/comments/set-comment-status.js';
import { addEngagementCount } from '../../db/queries/portal/add-engagement-count.js';
import { wibDay } from '../../domain/wib-day.js';
import { recordAudit } from '../../security/audit/record-audit.js';
import type { Keyring } from '../../security/keys/keyring.js';

export const MODERATION_DECISIONS = { approve: 'approved', reject: 'rejected', spam: 'spam' } as const;
export type ModerationDecision = keyof typeof MODERATION_DECISIONS;

export async function moderateComment(
  db: Db,
  keyring: Keyring,
  input: { commentId: number; decision: ModerationDecision; moderatorId: number },
): Promise<{ articleId: number } | null> {
  const status = MODERATION_DECISIONS[input.decision];
  return db.transaction(async (tx) => {
    const change = await setCommentStatus(tx, input.commentId, status, input.moderatorId);
    if (!change) return null;
    const delta = (status === 'approved' ? 1 : 0) - (change.previous === 'approved' ? 1 : 0);
    if (delta !== 0) await addEngagementCount(tx, change.articleId, wibDay(change.createdAt), 'comments', delta);
    await recordAudit(tx, keyring, {
      action: `comment.${status}`,
      actorUserId: input.moderatorId,
      agencyId: change.agencyId,
      targetType: 'comment',
      targetId: input.commentId,
      details: { articleId: change.articleId, from: change.previous },
    });
    return { articleId: change.articleId };
  });
}
