import { describe, expect, it } from 'vitest';
import { parseFeedDate } from './parse-feed-date.js';

const iso = (text: string) => parseFeedDate(text)?.toISOString() ?? null;

describe('parseFeedDate', () => {
  it.each([
    ['Fri, 27 Nov 2026 14:05:00 +0700', '2026-11-27T07:05:00.000Z'],
    ['Fri, 27 Nov 2026 14:05:00 GMT', '2026-11-27T14:05:00.000Z'],
    ['27 Nov 2026 14:05 EST', '2026-11-27T19:05:00.000Z'],
    ['Fri, 27 Nov 26 14:05:00 +0000', '2026-11-27T14:05:00.000Z'],
    ['Friday, 27 November 2026 14:05:00 UT', '2026-11-27T14:05:00.000Z'],
    ['Fri, 27 Nov 2026 14:05:00 +07:00', '2026-11-27T07:05:00.000Z'],
    ['Fri Nov 27 14:05:00 2026', '2026-11-27T14:05:00.000Z'],
    ['Nov 27, 2026 2:05 PM', '2026-11-27T14:05:00.000Z'],
  ])('reads the RFC 822 variant %s', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it.each([
    ['2026-11-27T14:05:00Z', '2026-11-27T14:05:00.000Z'],
    ['2026-11-27T14:05:00+07:00', '2026-11-27T07:05:00.000Z'],
    ['2026-11-27T14:05:00.123+0700', '2026-11-27T07:05:00.123Z'],
    ['2026-11-27 14:05:00', '2026-11-27T14:05:00.000Z'],
    ['2026-11-27', '2026-11-27T00:00:00.000Z'],
    ['2026-11', '2026-11-01T00:00:00.000Z'],
    ['20261127T140500Z', '2026-11-27T14:05:00.000Z'],
  ])('reads the ISO 8601 form %s', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it.each([
    ['Jumat, 27 November 2026 14:05 WIB', '2026-11-27T07:05:00.000Z'],
    ['Senin, 3 Mar 2025 08.00', '2025-03-03T01:00:00.000Z'],
    ['Kamis, 1 Agustus 2024 09:30 WITA', '2024-08-01T01:30:00.000Z'],
    ['17 Agt 2025 pukul 10.15 WIT', '2025-08-17T01:15:00.000Z'],
    ['Rabu, 31 Desember 2025', '2025-12-30T17:00:00.000Z'],
    ["Jum'at, 5 Mei 2023 19:00:00", '2023-05-05T12:00:00.000Z'],
    ['27/11/2026 14:05 WIB', '2026-11-27T07:05:00.000Z'],
  ])('reads the Indonesian form %s', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it('defaults a zone-less Indonesian date to WIB and an English one to UTC', () => {
    expect(iso('27 November 2026 14:05')).toBe('2026-11-27T14:05:00.000Z');
    expect(iso('27 Desember 2026 14:05')).toBe('2026-12-27T07:05:00.000Z');
  });

  it.each(['', 'kemarin', 'tomorrow at noon', '31 Feb 2026', '2026-13-01', 'Fri, 27 Nov 2026 25:00:00', 'x'.repeat(500), '12345'])(
    'returns null for %j instead of guessing',
    (text) => {
      expect(parseFeedDate(text)).toBeNull();
    },
  );

  it('reads a Unix timestamp in seconds', () => {
    expect(iso('1795763100')).toBe('2026-11-27T07:05:00.000Z');
  });
});
