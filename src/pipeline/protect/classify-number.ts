/**
 * Decides what a number is from its digits, how it is written, and the word before it:
 * NIK and KK need a real regency code and a date-shaped middle; NPWP its own layout or the
 * word "NPWP"; mobile numbers an Indonesian mobile prefix; bank accounts a bank nearby.
 */
import type { PiiType } from '../../domain/personal-data.js';
import type { ContextKind } from './context-words.js';
import { isKnownRegencyCode } from './region-codes.js';

const NPWP_15_LAYOUT = /^\d{2}\.\d{3}\.\d{3}\.\d-\d{3}\.\d{3}$/;
const NPWP_16_LAYOUT = /^\d{4}\.\d{4}\.\d{4}\.\d{4}$|^0\d{2}\.\d{3}\.\d{3}\.\d-\d{3}\.\d{3}$/;

/** 99.999.999.9-999.999 (or its 16-digit form with a leading 0): only ever an NPWP. */
export function isNpwpLayout(raw: string): boolean {
  return NPWP_15_LAYOUT.test(raw) || /^0\d{2}\.\d{3}\.\d{3}\.\d-\d{3}\.\d{3}$/.test(raw);
}

export function classifyNumber(digits: string, raw: string, context: ContextKind | null): PiiType | null {
  if (isNpwpLayout(raw) || (context === 'NPWP' && NPWP_16_LAYOUT.test(raw))) return 'NPWP';
  if (context === 'OTHER_ID') return null;
  const length = digits.length;
  if (length === 16) {
    if (context === 'NPWP' && (digits.startsWith('0') || isNikShaped(digits))) return 'NPWP';
    if (context === 'KK' && hasRegionPrefix(digits)) return 'KK';
    if (context === 'NIK' && hasRegionPrefix(digits)) return 'NIK';
    if (context === 'BANK' && !isNikShaped(digits)) return 'REKENING';
    if (isNikShaped(digits)) return 'NIK';
    return null;
  }
  if (length === 15 && context === 'NPWP') return 'NPWP';
  if (isMobileNumber(digits, raw)) {
    // "BCA 0812345678": a ten-digit account right after a bank name, not a phone.
    return context === 'BANK' ? 'REKENING' : 'TELEPON';
  }
  if (context === 'BANK' && length >= 9 && length <= 16) return 'REKENING';
  return null;
}

function hasRegionPrefix(digits: string): boolean {
  return isKnownRegencyCode(digits.slice(0, 4)) && digits.slice(4, 6) !== '00';
}

/**
 * A NIK: regency code (4), district (2, not 00), birth date DDMMYY with 40 added to the day
 * for women, and a serial that is not 0000.
 */
export function isNikShaped(digits: string): boolean {
  if (digits.length !== 16 || !hasRegionPrefix(digits)) return false;
  const day = Number(digits.slice(6, 8));
  const month = Number(digits.slice(8, 10));
  const dayOk = (day >= 1 && day <= 31) || (day >= 41 && day <= 71);
  return dayOk && month >= 1 && month <= 12 && digits.slice(12) !== '0000';
}

/** 08…, 62 8… or +62 8…: an Indonesian mobile number of 10–13 digits in national form. */
export function isMobileNumber(digits: string, raw: string): boolean {
  let national: string;
  if (digits.startsWith('628') && (raw.includes('+') || digits.length >= 11)) national = `0${digits.slice(2)}`;
  else if (digits.startsWith('08')) national = digits;
  else return false;
  return /^08[1235789]\d{7,10}$/.test(national);
}
