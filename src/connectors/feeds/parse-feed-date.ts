/**
 * Parses the dates feeds really carry — RFC 822 and its variants, ISO 8601 / W3C-DTF, asctime,
 * and Indonesian forms such as "Jumat, 27 November 2026 14:05 WIB" or "Senin, 3 Mar 2025 08.00" —
 * into a UTC Date, or null when nothing trustworthy can be read.
 */

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, januari: 1,
  feb: 2, february: 2, februari: 2, peb: 2, pebruari: 2,
  mar: 3, march: 3, maret: 3,
  apr: 4, april: 4,
  may: 5, mei: 5,
  jun: 6, june: 6, juni: 6,
  jul: 7, july: 7, juli: 7,
  aug: 8, august: 8, agu: 8, agt: 8, ags: 8, agustus: 8,
  sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, okt: 10, oktober: 10,
  nov: 11, november: 11, nop: 11, nopember: 11,
  dec: 12, december: 12, des: 12, desember: 12,
};

/** Words only an Indonesian date has: without a zone such a date is read as WIB, not UTC. */
const INDONESIAN_WORDS = new Set([
  'senin', 'selasa', 'rabu', 'kamis', 'jumat', "jum'at", 'sabtu', 'minggu', 'ahad',
  'januari', 'februari', 'pebruari', 'maret', 'mei', 'juni', 'juli', 'agustus', 'agu', 'agt', 'ags',
  'oktober', 'okt', 'nopember', 'nop', 'desember', 'des', 'pukul', 'jam', 'wib', 'wita', 'wit',
]);

const WEEKDAYS = new Set([
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'senin', 'selasa', 'rabu', 'kamis', 'jumat', "jum'at", 'sabtu', 'minggu', 'ahad',
]);

/** Zone names in minutes east of UTC. Indonesian zones first: they are what local sites print. */
const ZONES: Record<string, number> = {
  wib: 420, wita: 480, wit: 540,
  z: 0, ut: 0, utc: 0, gmt: 0,
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
  sgt: 480, myt: 480, jst: 540, cet: 60, cest: 120, bst: 60,
};

const WIB_MINUTES = 420;
const MAX_DATE_LENGTH = 200;

export function parseFeedDate(input: string | null | undefined): Date | null {
  if (input === null || input === undefined) return null;
  const text = input.trim().replace(/\s+/g, ' ');
  if (text === '' || text.length > MAX_DATE_LENGTH) return null;
  return parseIsoDate(text) ?? parseEpoch(text) ?? parseHumanDate(text);
}

function parseIsoDate(text: string): Date | null {
  const m =
    /^(\d{4})-?(\d{2})(?:-?(\d{2}))?(?:[T ](\d{2}):?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i.exec(text);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  // "20261127" alone is a date; "202611" alone is ambiguous and rejected.
  if (d === undefined && !text.includes('-')) return null;
  const offset = zone === undefined ? 0 : parseNumericOffset(zone);
  if (offset === null) return null;
  const millis = frac ? Math.round(Number(`0.${frac}`) * 1000) : 0;
  return buildDate(Number(y), Number(mo), d ? Number(d) : 1, h ? Number(h) : 0, mi ? Number(mi) : 0, s ? Number(s) : 0, offset, millis);
}

function parseEpoch(text: string): Date | null {
  if (!/^\d{9,10}$/.test(text)) return null;
  return new Date(Number(text) * 1000);
}

interface Parts {
  day?: number;
  month?: number;
  year?: number;
  hour?: number;
  minute?: number;
  second?: number;
  offset?: number;
}

function parseHumanDate(text: string): Date | null {
  const lower = text.toLowerCase();
  const tokens = lower
    .replace(/(\d)(am|pm)\b/g, '$1 $2')
    .split(/[\s,]+/)
    .filter((token) => token !== '');
  const parts: Parts = {};
  let isIndonesian = false;
  let pm: boolean | null = null;
  const numbers: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!.replace(/\.$/, '');
    if (INDONESIAN_WORDS.has(token)) isIndonesian = true;
    if (WEEKDAYS.has(token) || token === 'pukul' || token === 'jam' || token === 'at' || token === 'pkl') continue;
    if (token === 'am' || token === 'pm') {
      pm = token === 'pm';
      continue;
    }
    const month = MONTHS[token];
    if (month !== undefined) {
      if (parts.month !== undefined) return null;
      parts.month = month;
      continue;
    }
    const time = /^(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?$/.exec(token);
    if (time && parts.hour === undefined) {
      parts.hour = Number(time[1]);
      parts.minute = Number(time[2]);
      parts.second = time[3] ? Number(time[3]) : 0;
      continue;
    }
    const numericDate = /^(\d{1,4})[/-](\d{1,2})[/-](\d{1,4})$/.exec(token);
    if (numericDate && parts.month === undefined) {
      if (!applyNumericDate(parts, numericDate)) return null;
      continue;
    }
    const zone = parseZoneToken(token, tokens[i + 1]);
    if (zone !== null) {
      // "+0700 (WIB)": the first zone given wins, the echo is ignored.
      parts.offset ??= zone.minutes;
      i += zone.consumed - 1;
      continue;
    }
    if (/^\d{4}$/.test(token)) {
      if (parts.year !== undefined) return null;
      parts.year = Number(token);
      continue;
    }
    if (/^\d{1,2}$/.test(token)) {
      numbers.push(Number(token));
      continue;
    }
    // A token we cannot place means we are guessing: better no date than a wrong one.
    return null;
  }
  if (!assignDayAndYear(parts, numbers)) return null;
  if (parts.day === undefined || parts.month === undefined || parts.year === undefined) return null;
  let hour = parts.hour ?? 0;
  if (pm !== null) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  const offset = parts.offset ?? (isIndonesian ? WIB_MINUTES : 0);
  return buildDate(parts.year, parts.month, parts.day, hour, parts.minute ?? 0, parts.second ?? 0, offset, 0);
}

/** Numbers left over are the day and (if no 4-digit year was seen) a 2-digit year, in that order. */
function assignDayAndYear(parts: Parts, numbers: number[]): boolean {
  const rest = [...numbers];
  if (parts.day === undefined) {
    if (rest.length === 0) return false;
    parts.day = rest.shift()!;
  }
  if (parts.year === undefined) {
    if (rest.length === 0) return false;
    const y = rest.shift()!;
    parts.year = y < 50 ? 2000 + y : 1900 + y;
  }
  return rest.length === 0;
}

/** 27/11/2026 and 2026-11-27 style dates; Indonesian sites write the day first. */
function applyNumericDate(parts: Parts, m: RegExpExecArray): boolean {
  const a = Number(m[1]);
  const b = Number(m[2]);
  const c = Number(m[3]);
  if (m[1]!.length === 4) {
    parts.year = a;
    parts.month = b;
    parts.day = c;
  } else if (m[3]!.length === 4 || m[3]!.length === 2) {
    parts.day = a;
    parts.month = b;
    parts.year = m[3]!.length === 2 ? 2000 + c : c;
  } else {
    return false;
  }
  return true;
}

function parseZoneToken(token: string, next: string | undefined): { minutes: number; consumed: number } | null {
  const bare = token.replace(/^\(|\)$/g, '');
  const glued = /^(?:gmt|utc|ut)([+-]\d{1,2}(?::?\d{2})?)$/.exec(bare);
  if (glued) {
    const minutes = parseNumericOffset(glued[1]!);
    return minutes === null ? null : { minutes, consumed: 1 };
  }
  const named = ZONES[bare];
  if (named !== undefined) {
    // "UTC +07:00": a zero zone name followed by the real offset.
    if (named === 0 && next !== undefined && /^[+-]\d{1,2}(?::?\d{2})?$/.test(next)) {
      const minutes = parseNumericOffset(next);
      return minutes === null ? null : { minutes, consumed: 2 };
    }
    return { minutes: named, consumed: 1 };
  }
  if (/^[+-]\d{2}:?\d{2}$/.test(bare)) {
    const minutes = parseNumericOffset(bare);
    return minutes === null ? null : { minutes, consumed: 1 };
  }
  return null;
}

/** "+07:00", "+0700", "+07", "+7", "Z" → minutes east of UTC. */
function parseNumericOffset(zone: string): number | null {
  if (zone.toUpperCase() === 'Z') return 0;
  const m = /^([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(zone);
  if (!m) return null;
  const hours = Number(m[2]);
  const minutes = m[3] ? Number(m[3]) : 0;
  if (hours > 14 || minutes > 59) return null;
  return (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

function buildDate(year: number, month: number, day: number, hour: number, minute: number, second: number, offsetMinutes: number, millis: number): Date | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  if (hour > 24 || minute > 59 || second > 60 || (hour === 24 && (minute > 0 || second > 0))) return null;
  const utc = Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59), millis) - offsetMinutes * 60_000;
  return new Date(utc);
}
