/**
 * A reader's comment: the moderation hook (NLP abuse lexicon and the personal-data finder)
 * runs first; the comment is published at once only when its agency does not pre-moderate
 * and the hook found nothing, otherwise it waits for a moderator. The e-mail, if given, is
 * stored encrypted with a keyed hash for data-subject requests (docs/SECURITY.md).
 */
import type { Db } from '../../db/db.js';
import { insertComment } from '../../db/queries/comments/insert-comment.js';
import { addEngagementCount } from '../../db/queries/portal/add-engagement-count.js';
import { wibDay } from '../../domain/wib-day.js';
import { detectAbuse } from '../../nlp/abuse/detect-abuse.js';
import { redactPersonalData } from '../../pipeline/protect/redact-personal-data.js';
import { encryptPersonalData } from '../../security/keys/data-cipher.js';
import { AAD } from '../../security/keys/encrypted-columns.js';
import type { Keyring } from '../../security/keys/keyring.js';
import { emailLookupHash, normalizeEmail } from '../../security/keys/lookup-hash.js';

export interface CommentInput {
  articleId: number;
  name: string;
  email: string | null;
  body: string;
  premoderated: boolean;
}

/** Why the hook holds a comment back: abuse categories and personal data in the text. */
export function assessComment(name: string, body: string): string[] {
  const flags = detectAbuse(`${name}\n${body}`).categories.map((c) => `abuse:${c}`);
  if (Object.keys(redactPersonalData(body).found).length > 0) flags.push('personal_data');
  return flags;
}

export async function submitComment(db: Db, keyring: Keyring, input: CommentInput): Promise<{ id: number; status: 'pending' | 'approved' }> {
  const flags = assessComment(input.name, input.body);
  const status = input.premoderated || flags.length > 0 ? 'pending' : 'approved';
  const email = input.email ? normalizeEmail(input.email) : null;
  return db.transaction(async (tx) => {
    const { id, createdAt } = await insertComment(tx, {
      articleId: input.articleId,
      authorName: input.name,
      authorEmailEnc: email ? encryptPersonalData(keyring, email, AAD.commentEmail) : null,
      authorEmailHash: email ? emailLookupHash(keyring, email) : null,
      body: input.body,
      status,
      moderationFlags: flags,
    });
    if (status === 'approved') await addEngagementCount(tx, input.articleId, wibDay(createdAt), 'comments', 1);
    return { id, status };
  });
}
