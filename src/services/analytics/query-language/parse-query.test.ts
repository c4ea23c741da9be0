import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatQuery } from './format-query.js';
import { MAX_QUERY_LENGTH, parseQuery } from './parse-query.js';

function ok(text: string) {
  const result = parseQuery(text);
  if (!result.ok) throw new Error(`expected ${text} to parse: ${result.error.message} at ${result.error.position}`);
  return result.query;
}

function error(text: string) {
  const result = parseQuery(text);
  if (result.ok) throw new Error(`expected ${text} to fail`);
  return result.error;
}

describe('parseQuery', () => {
  it('ANDs adjacent terms and maps Indonesian field names and values', () => {
    expect(ok('platform:x sentimen:negatif wilayah:jawa-barat')).toEqual({
      kind: 'and',
      children: [
        { kind: 'field', field: 'platform', value: 'x' },
        { kind: 'field', field: 'sentiment', value: 'negative' },
        { kind: 'field', field: 'region', value: 'jawa-barat' },
      ],
    });
  });

  it('binds AND tighter than OR and honours parentheses', () => {
    expect(ok('bansos OR bbm AND naik')).toEqual({
      kind: 'or',
      children: [
        { kind: 'text', value: 'bansos', phrase: false },
        { kind: 'and', children: [{ kind: 'text', value: 'bbm', phrase: false }, { kind: 'text', value: 'naik', phrase: false }] },
      ],
    });
    expect(ok('(bansos OR bbm) AND naik')).toEqual({
      kind: 'and',
      children: [
        { kind: 'or', children: [{ kind: 'text', value: 'bansos', phrase: false }, { kind: 'text', value: 'bbm', phrase: false }] },
        { kind: 'text', value: 'naik', phrase: false },
      ],
    });
  });

  it('reads exact phrases, NOT and the minus shorthand', () => {
    expect(ok('"belum cair" NOT hoaks -isu:vaksin')).toEqual({
      kind: 'and',
      children: [
        { kind: 'text', value: 'belum cair', phrase: true },
        { kind: 'not', child: { kind: 'text', value: 'hoaks', phrase: false } },
        { kind: 'not', child: { kind: 'field', field: 'issue', value: 'vaksin' } },
      ],
    });
  });

  it('keeps words that contain colons or dashes, and lower-case operators as words', () => {
    expect(ok('12:30 covid-19 :D and')).toEqual({
      kind: 'and',
      children: ['12:30', 'covid-19', ':D', 'and'].map((value) => ({ kind: 'text', value, phrase: false })),
    });
  });

  it('accepts quoted field values and strips @ and # from accounts and hashtags', () => {
    expect(ok('instansi:"pemprov jabar" akun:@humasbdg tagar:#BBMNaik')).toEqual({
      kind: 'and',
      children: [
        { kind: 'field', field: 'agency', value: 'pemprov jabar' },
        { kind: 'field', field: 'author', value: 'humasbdg' },
        { kind: 'field', field: 'hashtag', value: 'bbmnaik' },
      ],
    });
  });

  it('treats an empty or blank query as no filter', () => {
    expect(ok('')).toBeNull();
    expect(ok('   ')).toBeNull();
  });

  it.each([
    ['(bansos OR bbm', 0, 'Unclosed parenthesis'],
    ['bansos)', 6, 'Closing parenthesis without an opening one'],
    ['bansos AND', 10, 'Expected a term after AND'],
    ['OR bansos', 0, 'Expected a term, found OR'],
    ['"belum cair', 0, 'Unclosed quotation mark'],
    ['warna:merah', 0, 'Unknown field "warna"'],
    ['sentimen:marah', 9, 'Unknown sentiment "marah"'],
    ['platform:', 9, 'Field platform: needs a value'],
    ['()', 1, 'Empty parentheses'],
    ['NOT', 3, 'Expected a term after NOT'],
  ])('reports %j at position %i', (text, position, message) => {
    const e = error(text);
    expect(e.position).toBe(position);
    expect(e.message).toContain(message);
  });

  it('refuses queries that are too long or nested too deep, without recursion errors', () => {
    expect(error('a'.repeat(MAX_QUERY_LENGTH + 1)).message).toContain('longer than');
    expect(error(`${'('.repeat(500)}a${')'.repeat(500)}`).message).toContain('nested');
    expect(error('NOT '.repeat(400) + 'a').message).toContain('nested');
  });
});

describe('parseQuery properties', () => {
  it('never throws, and any error names a position inside the query', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 100 }), fc.string({ unit: fc.constantFrom('(', ')', '"', ':', '-', ' ', 'a', 'OR', 'AND', 'NOT', 'platform', '\\'), maxLength: 60 })), (text) => {
        const result = parseQuery(text);
        if (!result.ok) {
          expect(result.error.position).toBeGreaterThanOrEqual(0);
          expect(result.error.position).toBeLessThanOrEqual(text.length);
          expect(result.error.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('prints every parsed query back to text that parses to the same tree', () => {
    const word = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,8}$/);
    const term = fc.oneof(
      word,
      word.map((w) => `"${w} ${w}"`),
      fc.constantFrom('platform:x', 'sentimen:positif', 'wilayah:32.73', 'akun:@budi', 'isu:"subsidi bbm"'),
    );
    const query: fc.Arbitrary<string> = fc.letrec<{ q: string }>((tie) => ({
      q: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        term,
        fc.tuple(tie('q'), fc.constantFrom(' ', ' AND ', ' OR '), tie('q')).map(([a, op, b]) => `${a}${op}${b}`),
        tie('q').map((q) => `NOT ${q}`),
        tie('q').map((q) => `(${q})`),
      ),
    })).q;
    fc.assert(
      fc.property(query, (text) => {
        const first = parseQuery(text);
        expect(first.ok).toBe(true);
        if (!first.ok) return;
        const again = parseQuery(formatQuery(first.query));
        expect(again).toEqual(first);
      }),
      { numRuns: 2000 },
    );
  });
});
