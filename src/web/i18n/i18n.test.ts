import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber, formatPercent, translate } from './i18n.js';

describe('i18n', () => {
  it('formats numbers the Indonesian way: dot for thousands, comma for decimals', () => {
    expect(formatNumber('id', 1458)).toBe('1.458');
    expect(formatPercent('id', 0.125)).toBe('12,5%');
    expect(formatNumber('en', 1458)).toBe('1,458');
  });

  it('fills the read count with a formatted number', () => {
    expect(translate('id', 'portal.readCount', { count: 1458 })).toBe('Dibaca 1.458 kali');
    expect(translate('en', 'portal.readCount', { count: 1458 })).toBe('Read 1,458 times');
  });

  it('shows dates in WIB by default, with Indonesian month and weekday names', () => {
    const date = new Date('2026-11-27T07:05:00Z');
    expect(formatDate('id', date)).toBe('27 November 2026');
    expect(formatDateTime('id', date)).toMatch(/^Jumat, 27 November 2026( pukul)? 14[.:]05 WIB$/);
    expect(formatDate('id', new Date('2026-11-27T20:00:00Z'))).toBe('28 November 2026');
  });
});
