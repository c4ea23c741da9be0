/**
 * The periodic alert check: every active rule's saved search is run over its window ending
 * now, inside the rule owner's *current* agency scope (a user who lost access stops getting
 * alerts), and an alert is recorded when the rule's condition holds:
 *   volume          mentions in the window ≥ threshold
 *   negative_share  negative ÷ mentions ≥ threshold, with ≥ min_mentions mentions
 *   spike           mentions ≥ threshold × mean of the previous baseline windows, with ≥ min_mentions
 * A rule fires at most once per window length (no repeats while one surge lasts).
 */
import type { Db } from '../../db/db.js';
import { listAlertRules, type AlertRule } from '../../db/queries/alerts/list-alert-rules.js';
import { recordAlertEvaluation, type FiredAlert } from '../../db/queries/alerts/record-alert-evaluation.js';
import { countMentionWindows } from '../../db/queries/explorer/count-mention-windows.js';
import { listUserMemberships } from '../../db/queries/users/list-user-memberships.js';
import type { Logger } from '../../lib/logger.js';
import { resolveAgencyScope } from '../../security/permissions/agency-scope.js';
import { userPrincipal } from '../../security/permissions/principal.js';
import { resolveFilters } from '../analytics/analytics-request.js';
import { parseQueryOrThrow } from '../analytics/explorer/explorer-request.js';
import { parseSavedFilters } from './saved-search-filters.js';

export interface Evaluation {
  fired: boolean;
  mentions: number;
  value: number;
}

/** The pure decision, given counts per window (index 0 = the current window). */
export function decideAlert(rule: Pick<AlertRule, 'kind' | 'threshold' | 'minMentions' | 'baselineWindows'>, windows: readonly { window: number; mentions: number; negative: number }[]): Evaluation {
  const at = (i: number) => windows.find((w) => w.window === i) ?? { mentions: 0, negative: 0 };
  const current = at(0);
  switch (rule.kind) {
    case 'volume':
      return { fired: current.mentions >= rule.threshold, mentions: current.mentions, value: current.mentions };
    case 'negative_share': {
      const share = current.mentions > 0 ? current.negative / current.mentions : 0;
      return { fired: current.mentions >= rule.minMentions && share >= rule.threshold, mentions: current.mentions, value: share };
    }
    case 'spike': {
      let sum = 0;
      for (let i = 1; i <= rule.baselineWindows; i++) sum += at(i).mentions;
      const baseline = sum / rule.baselineWindows;
      // Ratio to the baseline; a baseline under one mention counts as one, so silence → 5 posts is 5×.
      const ratio = current.mentions / Math.max(baseline, 1);
      return { fired: current.mentions >= rule.minMentions && ratio >= rule.threshold, mentions: current.mentions, value: ratio };
    }
  }
}

export async function evaluateAlertRules(db: Db, options: { now?: Date; logger?: Logger } = {}): Promise<{ evaluated: number; fired: number }> {
  // Minute precision: the window end is the alert's identity, and two runs in one minute agree.
  const now = new Date(Math.floor((options.now ?? new Date()).getTime() / 60_000) * 60_000);
  let evaluated = 0;
  let fired = 0;
  for (const rule of await listAlertRules(db, { dueBefore: now })) {
    try {
      const alertId = await evaluateRule(db, rule, now);
      evaluated++;
      if (alertId !== null) fired++;
    } catch (error) {
      // One broken rule (a saved query the parser now refuses, an agency out of scope) must not stop the others.
      options.logger?.warn({ task: 'alerts', ruleId: rule.id, err: error }, 'alert rule could not be evaluated');
      await db.transaction((tx) => recordAlertEvaluation(tx, rule.id, rule.agencyId, now, null));
    }
  }
  return { evaluated, fired };
}

async function evaluateRule(db: Db, rule: AlertRule, now: Date): Promise<number | null> {
  const principal = userPrincipal(rule.userId, await listUserMemberships(db, rule.userId));
  const scope = await resolveAgencyScope(db, principal, 'mentions.read');
  const windowMs = rule.windowMinutes * 60_000;
  const { filter } = await resolveFilters(db, scope, parseSavedFilters(rule.filters), now);
  const { from: _from, to: _to, ...search } = filter;
  const windows = await countMentionWindows(db, { ...search, query: parseQueryOrThrow(rule.query) }, now, windowMs, rule.kind === 'spike' ? rule.baselineWindows + 1 : 1);
  const decision = decideAlert(rule, windows);
  const coolingDown = rule.lastFiredAt !== null && now.getTime() - new Date(rule.lastFiredAt).getTime() < windowMs;
  const alert: FiredAlert | null =
    decision.fired && !coolingDown
      ? {
          windowStart: new Date(now.getTime() - windowMs),
          windowEnd: now,
          mentions: decision.mentions,
          value: decision.value,
          threshold: rule.threshold,
          delivery: rule.webhookUrl ? 'pending' : 'none',
        }
      : null;
  return db.transaction((tx) => recordAlertEvaluation(tx, rule.id, rule.agencyId, now, alert));
}
