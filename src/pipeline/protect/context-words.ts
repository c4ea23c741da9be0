/**
 * The words before a number that say what it is ("NIK", "no rek BCA", "wa", "resi"). Context
 * is counted in words, skipping numbers, e-mail addresses and placeholders, so redacting one
 * number never changes how the next one is read (the stage stays idempotent).
 */

export type ContextKind = 'NIK' | 'KK' | 'NPWP' | 'TELEPON' | 'BANK' | 'OTHER_ID';

const SINGLE: Record<string, ContextKind> = {
  nik: 'NIK',
  ktp: 'NIK',
  'e-ktp': 'NIK',
  ektp: 'NIK',
  kependudukan: 'NIK',
  kk: 'KK',
  nkk: 'KK',
  npwp: 'NPWP',
  hp: 'TELEPON',
  nohp: 'TELEPON',
  wa: 'TELEPON',
  whatsapp: 'TELEPON',
  whatsap: 'TELEPON',
  telp: 'TELEPON',
  tlp: 'TELEPON',
  telepon: 'TELEPON',
  telpon: 'TELEPON',
  telephone: 'TELEPON',
  phone: 'TELEPON',
  ponsel: 'TELEPON',
  handphone: 'TELEPON',
  hubungi: 'TELEPON',
  kontak: 'TELEPON',
  contact: 'TELEPON',
  call: 'TELEPON',
  sms: 'TELEPON',
  dana: 'TELEPON',
  ovo: 'TELEPON',
  gopay: 'TELEPON',
  shopeepay: 'TELEPON',
  rek: 'BANK',
  rekening: 'BANK',
  norek: 'BANK',
  'a/n': 'BANK',
  atm: 'BANK',
  bank: 'BANK',
  bri: 'BANK',
  bca: 'BANK',
  bni: 'BANK',
  mandiri: 'BANK',
  bsi: 'BANK',
  btn: 'BANK',
  cimb: 'BANK',
  niaga: 'BANK',
  danamon: 'BANK',
  permata: 'BANK',
  ocbc: 'BANK',
  nisp: 'BANK',
  panin: 'BANK',
  maybank: 'BANK',
  muamalat: 'BANK',
  bjb: 'BANK',
  btpn: 'BANK',
  jenius: 'BANK',
  jago: 'BANK',
  seabank: 'BANK',
  sinarmas: 'BANK',
  bukopin: 'BANK',
  resi: 'OTHER_ID',
  awb: 'OTHER_ID',
  pesanan: 'OTHER_ID',
  order: 'OTHER_ID',
  invoice: 'OTHER_ID',
  inv: 'OTHER_ID',
  faktur: 'OTHER_ID',
  tiket: 'OTHER_ID',
  booking: 'OTHER_ID',
  kode: 'OTHER_ID',
  pelanggan: 'OTHER_ID',
  nip: 'OTHER_ID',
  nrp: 'OTHER_ID',
  nisn: 'OTHER_ID',
  nuptk: 'OTHER_ID',
  isbn: 'OTHER_ID',
  imei: 'OTHER_ID',
  serial: 'OTHER_ID',
  transaksi: 'OTHER_ID',
  referensi: 'OTHER_ID',
  ref: 'OTHER_ID',
  tracking: 'OTHER_ID',
  va: 'OTHER_ID',
  virtual: 'OTHER_ID',
  perkara: 'OTHER_ID',
  surat: 'OTHER_ID',
  registrasi: 'OTHER_ID',
  antrean: 'OTHER_ID',
  antrian: 'OTHER_ID',
  meteran: 'OTHER_ID',
  idpel: 'OTHER_ID',
  token: 'OTHER_ID',
  bpjs: 'OTHER_ID',
};

/** Two-word phrases read before single words ("kartu keluarga", "nomor induk"). */
const PAIRS: Record<string, ContextKind> = {
  'kartu keluarga': 'KK',
  'nomor induk': 'NIK',
  'no induk': 'NIK',
  'kartu kredit': 'OTHER_ID',
  'call center': 'OTHER_ID',
};

const PLACEHOLDER = /^\[(NIK|KK|NPWP|TELEPON|EMAIL|REKENING)\]$/;
const HOW_FAR = 6;
/** Words that end in a full stop without ending a sentence. */
const ABBREVIATIONS = new Set(['no', 'a.n', 'an', 'rek', 'tel', 'telp', 'tlp', 'hp', 'jl', 'rp', 'no.rek', 'no.hp', 'no.kk', 'bpk', 'ibu', 'sdr', 'sdri']);

export interface Token {
  start: number;
  end: number;
  /** Lower case, stripped of punctuation at both ends. */
  word: string;
}

/** Splits text into whitespace-separated tokens with their positions. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const re = /\S+/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const word = m[0].toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    tokens.push({ start: m.index, end: m.index + m[0].length, word });
  }
  return tokens;
}

function isContextWord(raw: string, word: string): boolean {
  if (word === '' || /\d/.test(word) || raw.includes('@') || PLACEHOLDER.test(raw)) return false;
  return /\p{L}/u.test(word);
}

/**
 * The kind named by the nearest context word before position `at` (within six words), or
 * null. `tokens` come from `tokenize(text)`; `glued` is a word stuck to the number ("nik3273…").
 */
export function findContext(text: string, tokens: readonly Token[], at: number, glued: string | null): ContextKind | null {
  if (glued) {
    const kind = SINGLE[glued];
    if (kind) return kind;
  }
  // Index of the last token that ends at or before `at`.
  let lo = 0;
  let hi = tokens.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= at) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const words: string[] = [];
  for (let i = last; i >= 0 && words.length < HOW_FAR; i--) {
    const token = tokens[i]!;
    const raw = text.slice(token.start, token.end);
    // A label names the next number only, and does not reach into the previous sentence.
    if (/\d/.test(raw) || PLACEHOLDER.test(raw.replace(/[^\p{L}\p{N}[\]]+$/gu, ''))) break;
    if (i < last && /[.!?;]$/.test(raw) && !ABBREVIATIONS.has(token.word)) break;
    if (!isContextWord(raw, token.word)) continue;
    // "No.KK:" and "NIK/KTP" are one token holding the word that matters.
    const pieces = /^a[./]n$/.test(token.word) ? ['a/n'] : token.word.split(/[.:/]+/).filter(Boolean);
    for (let p = pieces.length - 1; p >= 0; p--) words.push(pieces[p]!);
  }
  for (let i = 0; i < words.length && i < HOW_FAR; i++) {
    const next = words[i + 1];
    if (next !== undefined) {
      const pair = PAIRS[`${next} ${words[i]}`];
      if (pair) return pair;
    }
    const kind = SINGLE[words[i]!];
    if (kind) return kind;
  }
  return null;
}

/** True when the word right after a number makes it an amount ("50 ribu", "1.500.000,-"). */
export function isAmountSuffix(after: string): boolean {
  return /^\s*(?:,-|,00\b|rb\b|ribu\b|jt\b|juta\b|miliar\b|milyar\b|triliun\b|rupiah\b|rp\b|k\b|%|x\b|kali\b|jiwa\b|orang\b|kg\b|km\b|m2\b|ha\b)/i.test(after);
}

/** True when what stands right before a number makes it an amount ("Rp 1.500.000", "IDR"). */
export function isAmountPrefix(before: string): boolean {
  return /(?:\brp\.?|\bidr|\busd|\$|€)\s*$/i.test(before);
}
