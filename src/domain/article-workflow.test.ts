import { describe, expect, it } from 'vitest';
import type { ArticleStatus } from './article.js';
import { ACTION_RULES, ARTICLE_ACTIONS, availableActions, editPermission, isDueForPublication, planTransition, type NewsroomPermission } from './article-workflow.js';

const now = new Date('2026-11-27T03:00:00Z');
const everything = () => true;
const only = (...held: NewsroomPermission[]) => (p: NewsroomPermission) => held.includes(p);

describe('article workflow rules', () => {
  it('walks draft → in_review → approved → published → unpublished → draft', () => {
    let state: { status: ArticleStatus; scheduledAt: Date | null } = { status: 'draft', scheduledAt: null };
    for (const [action, to] of [['submit', 'in_review'], ['approve', 'approved'], ['publish', 'published'], ['unpublish', 'unpublished'], ['reopen', 'draft']] as const) {
      const result = planTransition(state, { action, now, can: everything, wasPublished: false });
      expect(result.ok && result.plan.to).toBe(to);
      state = { status: to, scheduledAt: null };
    }
  });

  it('refuses a writer approving or publishing, before looking at the state', () => {
    const writer = only('articles.write');
    expect(planTransition({ status: 'in_review', scheduledAt: null }, { action: 'approve', now, can: writer, wasPublished: false })).toEqual({
      ok: false,
      refusal: { reason: 'forbidden', permission: 'articles.review' },
    });
    expect(planTransition({ status: 'draft', scheduledAt: null }, { action: 'publish', now, can: writer, wasPublished: false })).toEqual({
      ok: false,
      refusal: { reason: 'forbidden', permission: 'articles.publish' },
    });
  });

  it('refuses actions that do not start from the current state', () => {
    expect(planTransition({ status: 'draft', scheduledAt: null }, { action: 'publish', now, can: everything, wasPublished: false })).toEqual({
      ok: false,
      refusal: { reason: 'invalid_transition', from: 'draft', action: 'publish' },
    });
  });

  it('schedules only into the future and within a year, and publishing clears the schedule', () => {
    const approved = { status: 'approved' as const, scheduledAt: null };
    const plan = (scheduleAt: Date | null) => planTransition(approved, { action: 'schedule', scheduleAt, now, can: everything, wasPublished: false });
    expect(plan(null)).toMatchObject({ ok: false, refusal: { reason: 'schedule_missing' } });
    expect(plan(new Date(now.getTime() - 1))).toMatchObject({ ok: false, refusal: { reason: 'schedule_in_past' } });
    expect(plan(new Date(now.getTime() + 400 * 86_400_000))).toMatchObject({ ok: false, refusal: { reason: 'schedule_too_far' } });
    const at = new Date(now.getTime() + 3_600_000);
    expect(plan(at)).toMatchObject({ ok: true, plan: { to: 'approved', scheduledAt: at, goesLive: false } });
    const published = planTransition({ status: 'approved', scheduledAt: at }, { action: 'publish', now, can: everything, wasPublished: false });
    expect(published).toMatchObject({ ok: true, plan: { to: 'published', scheduledAt: null, goesLive: true, syndicate: true } });
    expect(planTransition(approved, { action: 'unschedule', now, can: everything, wasPublished: false })).toMatchObject({ ok: false, refusal: { reason: 'not_scheduled' } });
  });

  it('syndicates only the first publication, not a republication', () => {
    const again = planTransition({ status: 'unpublished', scheduledAt: null }, { action: 'republish', now, can: everything, wasPublished: true });
    expect(again).toMatchObject({ ok: true, plan: { goesLive: true, syndicate: false, audit: 'article.republished' } });
  });

  it('offers only the actions the caller may take now', () => {
    expect(availableActions({ status: 'in_review', scheduledAt: null }, only('articles.write'))).toEqual([]);
    expect(availableActions({ status: 'in_review', scheduledAt: null }, everything)).toEqual(['return', 'approve']);
    expect(availableActions({ status: 'approved', scheduledAt: null }, everything)).toEqual(['withdraw', 'schedule', 'publish']);
    expect(availableActions({ status: 'approved', scheduledAt: now }, only('articles.publish'))).toEqual(['schedule', 'unschedule', 'publish']);
  });

  it('lets writers edit drafts, reviewers edit in review, and nobody edit approved or published text', () => {
    expect(editPermission('draft')).toBe('articles.write');
    expect(editPermission('in_review')).toBe('articles.review');
    expect(editPermission('approved')).toBeNull();
    expect(editPermission('published')).toBeNull();
  });

  it('names every action with an audit action', () => {
    for (const action of ARTICLE_ACTIONS) expect(ACTION_RULES[action].audit).toMatch(/^article\.[a-z_]+$/);
  });

  it('treats an approved article as due once its time has come', () => {
    expect(isDueForPublication({ status: 'approved', scheduledAt: now }, now)).toBe(true);
    expect(isDueForPublication({ status: 'approved', scheduledAt: new Date(now.getTime() + 1) }, now)).toBe(false);
    expect(isDueForPublication({ status: 'in_review', scheduledAt: now }, now)).toBe(false);
  });
});
