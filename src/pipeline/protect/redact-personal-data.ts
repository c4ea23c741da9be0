/**
 * The protect stage: finds Indonesian personal data in text — NIK, KK, NPWP, mobile numbers,
 * e-mail addresses, bank account numbers — and replaces each with a typed placeholder
 * ([NIK], [TELEPON], …), keeping counts per type. Pure, never throws, and idempotent:
 * redacting redacted text changes nothing.
 */
import type { PiiCounts, PiiType } from '../../domain/personal-data.js';
import { findContext, isAmountPrefix, isAmountSuffix, tokenize, type Token } from './context-words.js';
import { classifyNumber, isNpwpLayout } from './classify-number.js';

export const PROTECT_VERSION = 'p1';

export interface RedactionSpan {
  start: number;
  end: number;
  type: PiiType;
}

export interface RedactionResult {
  text: string;
  found: PiiCounts;
  /** Where the redacted values were, in the input text. */
  spans: RedactionSpan[];
}

// Local part, "@" (or an obfuscated "(at)"/"[at]"), domain labels, a top-level domain.
const EMAIL =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}](?:[\p{L}\p{N}._%+-]{0,63})(?:@|\s?[([]at[\])]\s?)[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:(?:\.|\s?[([]dot[\])]\s?)[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}))*(?:\.|\s?[([]dot[\])]\s?)[A-Za-z]{2,24}(?![A-Za-z0-9-])/giu;

// A run of digit groups joined by single separators; "+62", "(0812)" and "(+62)" included.
const NUMBER_RUN = /(?:\(?\+\s?)?\(?\d+\)?(?:[ .\-\u00a0]\(?\d+\)?)*/g;

const MAX_DIGITS = 20;

interface Group {
  start: number;
  end: number;
  digits: string;
  /** The separator before this group ('' for the first). */
  sep: string;
  /** Written as a prefix: "+62", "(0812)", "(+62)". */
  isPrefix: boolean;
}

export function redactPersonalData(input: string): RedactionResult {
  const spans: RedactionSpan[] = [];
  for (const m of input.matchAll(EMAIL)) {
    spans.push({ start: m.index, end: m.index + m[0].length, type: 'EMAIL' });
  }
  if (/\d/.test(input)) findNumberSpans(input, spans);
  spans.sort((a, b) => a.start - b.start);
  return applySpans(input, spans);
}

function findNumberSpans(input: string, spans: RedactionSpan[]): void {
  const emailSpans = spans.slice();
  let tokens: Token[] | undefined;
  for (const m of input.matchAll(NUMBER_RUN)) {
    const runStart = m.index;
    const runEnd = runStart + m[0].length;
    // Nothing shorter than nine digits is personal data here (a bank account has at least 9).
    if (m[0].replace(/\D/g, '').length < 9) continue;
    if (emailSpans.some((s) => runStart < s.end && runEnd > s.start)) continue;
    const glued = gluedWord(input, runStart);
    const groups = splitGroups(m[0], runStart);
    tokens ??= tokenize(input);
    // A first group stuck to letters is the tail of a code ("CGK0931…"); the rest may still count.
    for (let i = glued === undefined ? 1 : 0; i < groups.length; ) {
      const found = longestMatchFrom(input, groups, i, glued ?? '', tokens);
      if (found) {
        spans.push(found.span);
        i = found.next;
      } else i++;
    }
  }
}

/**
 * The letters stuck to the front of a number: '' when none, the lower-cased word when it is
 * one a number may follow without a space ("nik3273…", "wa0812…", "rp50000"), undefined when
 * the number is part of a code ("JP1234…").
 */
function gluedWord(input: string, at: number): string | undefined {
  let i = at;
  while (i > 0 && /[\p{L}]/u.test(input[i - 1]!)) i--;
  if (i === at) {
    const prev = input[at - 1];
    return prev !== undefined && /[\p{N}_]/u.test(prev) ? undefined : '';
  }
  const word = input.slice(i, at).toLowerCase();
  return /^(nik|kk|npwp|ktp|hp|wa|telp|tlp|rek|norek|rp)$/.test(word) ? word : undefined;
}

function splitGroups(run: string, offset: number): Group[] {
  const groups: Group[] = [];
  const re = /\d+/g;
  let previousEnd = -1;
  for (let m = re.exec(run); m !== null; m = re.exec(run)) {
    const between = previousEnd < 0 ? '' : run.slice(previousEnd, m.index);
    const closes = run[m.index + m[0].length] === ')';
    const opens = previousEnd < 0 ? /[(+]/.test(run.slice(0, m.index)) : between.includes('(');
    groups.push({
      start: offset + (previousEnd < 0 ? 0 : m.index),
      end: offset + m.index + m[0].length,
      digits: m[0],
      sep: between.replace(/[()]/g, '').replace('\u00a0', ' '),
      isPrefix: (opens && closes) || (previousEnd < 0 && run.startsWith('+')),
    });
    previousEnd = m.index + m[0].length + (closes ? 1 : 0);
  }
  return groups;
}

/**
 * One number is written with one separator ("3273 0152 0890 0001", "0812-3456-7890"); only a
 * prefix may differ ("+62 812-3456-7890"). So "12.12.2020 0899 9083 96545" is a date and a phone.
 */
function hasUniformSeparators(groups: readonly Group[], i: number, end: number): boolean {
  let seen: string | undefined;
  for (let k = i + 1; k <= end; k++) {
    if (k === i + 1 && groups[i]!.isPrefix) continue;
    const sep = groups[k]!.sep;
    if (seen === undefined) seen = sep;
    else if (sep !== seen) return false;
  }
  return true;
}

function longestMatchFrom(
  input: string,
  groups: readonly Group[],
  i: number,
  glued: string,
  tokens: readonly Token[],
): { span: RedactionSpan; next: number } | null {
  let digits = '';
  let j = i;
  while (j < groups.length && digits.length + groups[j]!.digits.length <= MAX_DIGITS) digits += groups[j++]!.digits;
  for (let end = j - 1; end >= i; end--) {
    const start = groups[i]!.start;
    const stop = groups[end]!.end;
    const candidate = groups
      .slice(i, end + 1)
      .map((g) => g.digits)
      .join('');
    const raw = input.slice(start, stop);
    if (!hasUniformSeparators(groups, i, end) && !isNpwpLayout(raw)) continue;
    const before = input.slice(Math.max(0, start - 6), start);
    const after = input.slice(stop, stop + 12);
    // The end of a candidate must be the end of a number, not the middle of one.
    if (/^[\p{L}_]/u.test(after) && !isAmountSuffix(after)) continue;
    if (isAmountPrefix(before) || (i === 0 && glued === 'rp') || isAmountSuffix(after) || isThousandsAmount(raw)) continue;
    const context = findContext(input, tokens, start, i === 0 ? glued || null : null);
    const type = classifyNumber(candidate, raw, context);
    if (type) return { span: { start, end: stop, type }, next: end + 1 };
  }
  return null;
}

/** "1.500.000" and "125.000.000": Indonesian thousands grouping, an amount or a count. */
function isThousandsAmount(raw: string): boolean {
  return /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(raw);
}

function applySpans(input: string, spans: readonly RedactionSpan[]): RedactionResult {
  const found: PiiCounts = {};
  const kept: RedactionSpan[] = [];
  let out = '';
  let cursor = 0;
  for (const span of spans) {
    if (span.start < cursor) continue;
    out += input.slice(cursor, span.start) + `[${span.type}]`;
    cursor = span.end;
    found[span.type] = (found[span.type] ?? 0) + 1;
    kept.push(span);
  }
  out += input.slice(cursor);
  return { text: out, found, spans: kept };
}
