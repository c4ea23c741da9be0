/**
 * The newsroom's rules as pure functions: which actions move an article between states, who
 * may take them, when its content may be edited. The service asks these functions and only
 * then writes, so the rules are in one place and tested without a database.
 *
 *   draft ──submit──► in_review ──approve──► approved ──publish / schedule──► published
 *     ▲                 │ return               │ withdraw                      │ unpublish
 *     └─────────────────┴──────────────────────┘                               ▼
 *     └───────────────────────── reopen ◄──────────────────────────── unpublished ──republish──► published
 */
import type { ArticleStatus } from './article.js';

/** The three newsroom permissions (a subset of security/permissions/permission.ts). */
export type NewsroomPermission = 'articles.write' | 'articles.review' | 'articles.publish';

export const ARTICLE_ACTIONS = ['submit', 'return', 'approve', 'withdraw', 'schedule', 'unschedule', 'publish', 'unpublish', 'republish', 'reopen'] as const;
export type ArticleAction = (typeof ARTICLE_ACTIONS)[number];

interface ActionRule {
  from: ArticleStatus;
  to: ArticleStatus;
  permission: NewsroomPermission;
  /** The audit action name written for it. */
  audit: string;
}

export const ACTION_RULES: Readonly<Record<ArticleAction, ActionRule>> = {
  submit: { from: 'draft', to: 'in_review', permission: 'articles.write', audit: 'article.submitted' },
  return: { from: 'in_review', to: 'draft', permission: 'articles.review', audit: 'article.returned' },
  approve: { from: 'in_review', to: 'approved', permission: 'articles.review', audit: 'article.approved' },
  withdraw: { from: 'approved', to: 'draft', permission: 'articles.review', audit: 'article.approval_withdrawn' },
  schedule: { from: 'approved', to: 'approved', permission: 'articles.publish', audit: 'article.scheduled' },
  unschedule: { from: 'approved', to: 'approved', permission: 'articles.publish', audit: 'article.unscheduled' },
  publish: { from: 'approved', to: 'published', permission: 'articles.publish', audit: 'article.published' },
  unpublish: { from: 'published', to: 'unpublished', permission: 'articles.publish', audit: 'article.unpublished' },
  republish: { from: 'unpublished', to: 'published', permission: 'articles.publish', audit: 'article.republished' },
  reopen: { from: 'unpublished', to: 'draft', permission: 'articles.write', audit: 'article.reopened' },
};

/** The audit action of the scheduled publisher (no person acts; the scheduler of record is in `article.scheduled`). */
export const SCHEDULED_PUBLISH_AUDIT = 'article.published';
/** A correction changes a published text and shows a note; it needs the publish permission. */
export const CORRECTION_PERMISSION: NewsroomPermission = 'articles.publish';
/** How far ahead a publication may be scheduled. */
export const MAX_SCHEDULE_AHEAD_DAYS = 366;

export interface ArticleState {
  status: ArticleStatus;
  scheduledAt: Date | null;
}

export type TransitionRefusal =
  | { reason: 'forbidden'; permission: NewsroomPermission }
  | { reason: 'invalid_transition'; from: ArticleStatus; action: ArticleAction }
  | { reason: 'schedule_missing' }
  | { reason: 'schedule_in_past' }
  | { reason: 'schedule_too_far' }
  | { reason: 'not_scheduled' };

export interface TransitionPlan {
  action: ArticleAction;
  from: ArticleStatus;
  to: ArticleStatus;
  scheduledAt: Date | null;
  /** True when the article becomes visible on the portal now (first publication or republication). */
  goesLive: boolean;
  /** True only for the first publication: syndication deliveries are created then, not on republication. */
  syndicate: boolean;
  audit: string;
}

export interface TransitionRequest {
  action: ArticleAction;
  /** For `schedule`: when to publish. */
  scheduleAt?: Date | null;
  now: Date;
  /** Whether the caller holds a permission in the article's agency. */
  can: (permission: NewsroomPermission) => boolean;
  /** Whether the article was ever published (its published_at is set). */
  wasPublished: boolean;
}

/** Decides a transition: the plan to carry out, or why it is refused. Permission is checked before state, so a writer learns "not allowed", not workflow details. */
export function planTransition(state: ArticleState, request: TransitionRequest): { ok: true; plan: TransitionPlan } | { ok: false; refusal: TransitionRefusal } {
  const rule = ACTION_RULES[request.action];
  if (!request.can(rule.permission)) return { ok: false, refusal: { reason: 'forbidden', permission: rule.permission } };
  if (state.status !== rule.from) return { ok: false, refusal: { reason: 'invalid_transition', from: state.status, action: request.action } };
  let scheduledAt = state.scheduledAt;
  if (request.action === 'schedule') {
    const at = request.scheduleAt;
    if (!at) return { ok: false, refusal: { reason: 'schedule_missing' } };
    if (at.getTime() <= request.now.getTime()) return { ok: false, refusal: { reason: 'schedule_in_past' } };
    if (at.getTime() - request.now.getTime() > MAX_SCHEDULE_AHEAD_DAYS * 86_400_000) return { ok: false, refusal: { reason: 'schedule_too_far' } };
    scheduledAt = at;
  } else if (request.action === 'unschedule') {
    if (!state.scheduledAt) return { ok: false, refusal: { reason: 'not_scheduled' } };
    scheduledAt = null;
  } else if (rule.to !== 'approved') {
    // Leaving "approved" (publishing, withdrawing) ends any schedule.
    scheduledAt = null;
  }
  const goesLive = rule.to === 'published';
  return {
    ok: true,
    plan: {
      action: request.action,
      from: state.status,
      to: rule.to,
      scheduledAt,
      goesLive,
      syndicate: goesLive && !request.wasPublished,
      audit: rule.audit,
    },
  };
}

/** The actions a caller could take now (for the buttons on the article page). */
export function availableActions(state: ArticleState, can: (permission: NewsroomPermission) => boolean): ArticleAction[] {
  return ARTICLE_ACTIONS.filter((action) => {
    const rule = ACTION_RULES[action];
    if (rule.from !== state.status || !can(rule.permission)) return false;
    if (action === 'unschedule') return state.scheduledAt !== null;
    return true;
  });
}

/**
 * Who may change the text in each state: writers work on drafts; while in review only
 * reviewers touch it (copy-editing); approved text is frozen (withdraw to change it); a
 * published text changes only through a correction with a visible note.
 */
export function editPermission(status: ArticleStatus): NewsroomPermission | null {
  if (status === 'draft') return 'articles.write';
  if (status === 'in_review') return 'articles.review';
  return null;
}

/** Whether a scheduled article is due: the scheduled publisher publishes exactly these. */
export function isDueForPublication(state: ArticleState, now: Date): boolean {
  return state.status === 'approved' && state.scheduledAt !== null && state.scheduledAt.getTime() <= now.getTime();
}
