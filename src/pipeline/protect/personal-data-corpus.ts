/**
 * A generated test corpus for the protect stage: posts the way citizens write them, with
 * personal data in the many shapes it really takes, and numbers that only look like it
 * (dates, prices, order and invoice numbers, civil-servant NIPs, parcel tracking numbers,
 * landlines and hotlines). Every planted value's position and type is known, so recall and
 * precision can be measured.
 */
import { Random } from '../../demo/random.js';
import type { PiiType } from '../../domain/personal-data.js';
import { listRegencyCodes } from './region-codes.js';

export interface PlantedValue {
  start: number;
  end: number;
  /** The personal-data type, or null for a look-alike that must be left alone. */
  type: PiiType | null;
  /** What the value is, for reports ("nik-spaced", "price", "nip"…). */
  shape: string;
}

export interface CorpusDocument {
  text: string;
  planted: PlantedValue[];
}

/** Text, a planted value, or a label written without a space before the value ("NIK:3273…"). */
type Piece = string | { value: string; type: PiiType | null; shape: string } | { glued: string };

const REGENCIES = listRegencyCodes();
const OPENERS = [
  'Mohon bantuannya min,',
  'Tolong dicek ya',
  'Saya sudah lapor dari minggu lalu,',
  'Halo kak,',
  'Permisi mau tanya,',
  'Selamat pagi admin,',
  'ini data saya:',
  'Pak/Bu mohon diproses,',
  'udah 3x ke kantor desa tp blm beres,',
  'Assalamualaikum,',
  '',
];
const CLOSERS = ['terima kasih', 'mohon dibantu 🙏', 'makasih min', 'ditunggu kabarnya', 'tolong segera ya', '', '', 'gimana solusinya?'];
const FIRST = ['budi', 'siti', 'agus', 'dewi', 'rina', 'joko', 'ayu', 'dimas', 'nur', 'fajar', 'wulan', 'asep', 'made', 'ketut', 'putri', 'yusuf'];
const LAST = ['santoso', 'wijaya', 'saputra', 'lestari', 'pratama', 'hidayat', 'siregar', 'nasution', 'rahayu', 'purnomo', 'sihombing'];
const MAIL_DOMAINS = ['gmail.com', 'yahoo.co.id', 'yahoo.com', 'outlook.com', 'ymail.com', 'hotmail.com', 'mail.ugm.ac.id', 'students.itb.ac.id', 'icloud.com', 'rocketmail.com'];
const MOBILE_PREFIXES = ['811', '812', '813', '821', '822', '823', '851', '852', '853', '814', '815', '816', '855', '856', '857', '858', '817', '818', '819', '859', '877', '878', '831', '832', '833', '838', '895', '896', '897', '898', '899', '881', '882', '887', '888', '889'];

export function generatePersonalDataCorpus(options: { documents: number; seed?: number | string }): CorpusDocument[] {
  const docs: CorpusDocument[] = [];
  for (let d = 0; d < options.documents; d++) {
    const r = new Random(`pii-corpus:${options.seed ?? 1}:${d}`);
    const pieces: Piece[] = [r.pick(OPENERS)];
    const parts = r.int(1, 4);
    for (let p = 0; p < parts; p++) pieces.push(...(r.chance(0.55) ? personalData(r) : lookAlike(r)), r.pick([',', '.', '', ' dan', '. Lalu']));
    pieces.push(r.pick(CLOSERS));
    docs.push(assemble(pieces));
  }
  return docs;
}

function assemble(pieces: readonly Piece[]): CorpusDocument {
  let text = '';
  let glue = false;
  const planted: PlantedValue[] = [];
  for (const piece of pieces) {
    if (piece === '') continue;
    const sep = text === '' || glue || (typeof piece === 'string' && /^[,.]/.test(piece)) ? '' : ' ';
    text += sep;
    glue = false;
    if (typeof piece === 'string') text += piece;
    else if ('glued' in piece) {
      text += piece.glued;
      glue = true;
    } else {
      planted.push({ start: text.length, end: text.length + piece.value.length, type: piece.type, shape: piece.shape });
      text += piece.value;
    }
  }
  return { text, planted };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function regionPrefix(r: Random): string {
  return `${r.pick(REGENCIES)}${pad(r.int(1, 35), 2)}`;
}

function nikDigits(r: Random): string {
  const female = r.chance(0.5);
  return `${regionPrefix(r)}${pad(r.int(1, 28) + (female ? 40 : 0), 2)}${pad(r.int(1, 12), 2)}${pad(r.int(0, 99), 2)}${pad(r.int(1, 2500), 4)}`;
}

function layout16(r: Random, digits: string): [string, string] {
  const style = r.weighted([['plain', 70], ['spaced', 12], ['dotted', 8], ['dashed', 10]] as const);
  if (style === 'spaced') return [digits.replace(/(\d{4})(?=\d)/g, '$1 '), 'spaced'];
  if (style === 'dotted') return [`${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4, 6)}.${digits.slice(6, 12)}.${digits.slice(12)}`, 'dotted'];
  if (style === 'dashed') return [`${digits.slice(0, 6)}-${digits.slice(6, 12)}-${digits.slice(12)}`, 'dashed'];
  return [digits, 'plain'];
}

function personalData(r: Random): Piece[] {
  const type = r.weighted([['TELEPON', 30], ['NIK', 22], ['EMAIL', 16], ['REKENING', 14], ['KK', 10], ['NPWP', 8]] as const);
  switch (type) {
    case 'NIK': {
      const [value, shape] = layout16(r, nikDigits(r));
      const lead = r.pick(['NIK saya', 'NIK:', 'nik', 'No. KTP', 'nomor KTP saya', 'NIK/KTP', 'e-KTP', 'no ktp', 'data saya', 'atas nama Budi,', '']);
      if (lead === 'NIK:' && r.chance(0.4)) return [{ glued: 'NIK:' }, { value, type, shape: `nik-glued` }];
      return [lead, { value, type, shape: `nik-${shape}` }];
    }
    case 'KK': {
      const digits = `${regionPrefix(r)}${pad(r.int(1, 28), 2)}${pad(r.int(1, 12), 2)}${pad(r.int(5, 24), 2)}${pad(r.int(1, 300), 4)}`;
      const [value, shape] = layout16(r, digits);
      return [r.pick(['No. KK', 'no KK', 'KK:', 'nomor kartu keluarga', 'No.KK', 'NKK', 'kk saya']), { value, type, shape: `kk-${shape}` }];
    }
    case 'NPWP': {
      const old = `${pad(r.int(1, 99), 2)}${pad(r.int(0, 999), 3)}${pad(r.int(0, 999), 3)}${r.int(0, 9)}${pad(r.int(0, 999), 3)}${pad(r.int(0, 999), 3)}`;
      const style = r.weighted([['formatted', 55], ['plain15', 20], ['nik16', 15], ['zero16', 10]] as const);
      const value =
        style === 'formatted'
          ? `${old.slice(0, 2)}.${old.slice(2, 5)}.${old.slice(5, 8)}.${old.slice(8, 9)}-${old.slice(9, 12)}.${old.slice(12)}`
          : style === 'plain15'
            ? old
            : style === 'nik16'
              ? nikDigits(r)
              : `0${old}`;
      const lead = style === 'formatted' ? r.pick(['NPWP', 'NPWP:', 'npwp saya', 'no. NPWP', '']) : r.pick(['NPWP', 'NPWP:', 'npwp saya', 'no. NPWP']);
      return [lead, { value, type, shape: `npwp-${style}` }];
    }
    case 'TELEPON': {
      const prefix = r.pick(MOBILE_PREFIXES);
      const rest = Array.from({ length: r.int(6, 9) }, () => r.int(0, 9)).join('');
      const body = `${prefix}${rest}`;
      const style = r.weighted([['plain', 25], ['dashed', 15], ['spaced', 12], ['dotted', 6], ['intl-spaced', 12], ['intl-plain', 8], ['62-plain', 8], ['intl-dashed', 6], ['paren', 4], ['intl-paren', 4], ['wa-link', 3], ['three-groups', 3], ['letter-o', 1]] as const);
      if (style === 'wa-link') return [r.pick(['chat aja', 'wa', 'hubungi']), { value: `https://wa.me/62${body}`, type, shape: 'telepon-wa-link' }];
      // Written with the letter O to slip past filters: a miss we expect and count.
      if (style === 'letter-o') return [r.pick(['wa', 'hp', '']), { value: `O${body}`, type, shape: 'telepon-letter-o' }];
      if (style === 'three-groups') return [r.pick(['hp', 'kontak', '']), { value: `0${body.slice(0, 2)} ${body.slice(2, 5)} ${body.slice(5, 8)} ${body.slice(8)}`, type, shape: 'telepon-three-groups' }];
      const chunked = (sep: string) => `0${body.slice(0, 3)}${sep}${body.slice(3, 7)}${sep}${body.slice(7)}`;
      const value =
        style === 'plain'
          ? `0${body}`
          : style === 'dashed'
            ? chunked('-')
            : style === 'spaced'
              ? chunked(' ')
              : style === 'dotted'
                ? chunked('.')
                : style === 'intl-spaced'
                  ? `+62 ${body.slice(0, 3)} ${body.slice(3, 7)} ${body.slice(7)}`
                  : style === 'intl-plain'
                    ? `+62${body}`
                    : style === '62-plain'
                      ? `62${body}`
                      : style === 'intl-dashed'
                        ? `+62-${body.slice(0, 3)}-${body.slice(3, 7)}-${body.slice(7)}`
                        : style === 'paren'
                          ? `(0${body.slice(0, 3)}) ${body.slice(3)}`
                          : `(+62) ${body.slice(0, 3)} ${body.slice(3)}`;
      return [r.pick(['hubungi saya di', 'wa', 'WA:', 'no hp', 'no. HP saya', 'telp', 'kontak', 'call/wa', 'bisa hubungi', 'ini nomor saya', 'sms ke', '']), { value, type, shape: `telepon-${style}` }];
    }
    case 'EMAIL': {
      const first = r.pick(FIRST);
      const last = r.pick(LAST);
      const local = r.pick([`${first}.${last}`, `${first}_${last}${r.int(1, 99)}`, `${first}${last}${r.int(70, 2005)}`, `${first}${r.int(1, 999)}`, `${first.toUpperCase()}.${last}`, `${first}-${last}`]);
      const domain = r.pick(MAIL_DOMAINS);
      const style = r.weighted([['plain', 80], ['at-bracket', 5], ['at-dot-words', 3], ['plus', 4], ['upper', 4], ['angle', 4]] as const);
      const value =
        style === 'at-bracket'
          ? `${local}[at]${domain}`
          : style === 'at-dot-words'
            ? `${local} (at) ${domain.replace(/\./g, ' (dot) ')}`
            : style === 'plus'
              ? `${local}+bansos@${domain}`
              : style === 'upper'
                ? `${local}@${domain}`.toUpperCase()
                : `${local}@${domain}`;
      if (style === 'angle') return [r.pick(['email saya', 'kirim ke']), '<', { glued: '' }, { value, type, shape: 'email-angle' }, { glued: '' }, '>'];
      return [r.pick(['email saya', 'kirim ke', 'bisa email', 'email:', 'surel', 'cc', '']), { value, type, shape: `email-${style}` }];
    }
    case 'REKENING': {
      const bank = r.weighted([['BCA', 25], ['BRI', 25], ['Mandiri', 18], ['BNI', 14], ['BSI', 8], ['CIMB Niaga', 4], ['Danamon', 3], ['Bank Jatim', 3]] as const);
      const digits = (n: number) => Array.from({ length: n }, (_, i) => (i === 0 ? r.int(1, 9) : r.int(0, 9))).join('');
      let value: string;
      if (bank === 'BRI') {
        const d = digits(15);
        value = r.chance(0.4) ? `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 12)}-${d.slice(12, 14)}-${d.slice(14)}` : d;
      } else if (bank === 'Mandiri') {
        const d = digits(13);
        value = r.chance(0.4) ? `${d.slice(0, 3)}-${d.slice(3, 5)}-${d.slice(5, 12)}-${d.slice(12)}` : d;
      } else if (bank === 'CIMB Niaga') value = digits(r.pick([13, 14]));
      else {
        const d = digits(10);
        value = r.chance(0.2) ? `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}` : d;
      }
      const lead = r.pick([`transfer ke ${bank}`, `no rek ${bank}`, `rekening ${bank}`, `${bank}`, `norek ${bank}:`, `rek ${bank} a/n Siti`, `via ${bank}`, `${bank} a.n. Budi Santoso`, `rekening saya di ${bank} nomor`]);
      return [lead, { value, type: 'REKENING', shape: `rekening-${bank.toLowerCase().replace(/\s+/g, '-')}` }];
    }
    default:
      return [];
  }
}

function lookAlike(r: Random): Piece[] {
  const kind = r.weighted([
    ['date', 10], ['time', 5], ['price', 14], ['order', 9], ['invoice', 7], ['nip', 6], ['tracking', 8],
    ['landline', 6], ['hotline', 5], ['bpjs', 3], ['population', 4], ['regulation', 4], ['pln', 4],
    ['token', 3], ['bank-amount', 6], ['bank-noise', 4], ['isbn', 2], ['coordinates', 2], ['plate', 2], ['card', 3], ['imei', 2],
    ['handle', 4], ['domain', 3], ['status-url', 4], ['facebook-id', 2], ['years', 3], ['registration', 3], ['bank-hours', 2], ['bank-branch-phone', 2],
  ] as const);
  const n = (len: number) => Array.from({ length: len }, () => r.int(0, 9)).join('');
  const none = (value: string, lead: string): Piece[] => [lead, { value, type: null, shape: kind }];
  switch (kind) {
    case 'date': {
      const d = pad(r.int(1, 28), 2);
      const m = pad(r.int(1, 12), 2);
      const y = r.int(2019, 2026);
      return none(r.pick([`${d}-${m}-${y}`, `${d}/${m}/${y}`, `${y}-${m}-${d}`, `${d}.${m}.${y}`, `${d}${m}${y}`]), r.pick(['tanggal', 'sejak', 'pada', 'tgl', 'per']));
    }
    case 'time':
      return none(`${pad(r.int(6, 20), 2)}.${pad(r.pick([0, 15, 30, 45]), 2)}-${pad(r.int(10, 23), 2)}.00`, r.pick(['pukul', 'jam', 'antre dari']));
    case 'price': {
      const amount = r.int(1, 9) * 10 ** r.int(4, 10);
      const dotted = amount.toLocaleString('de-DE');
      return none(r.pick([`Rp ${dotted}`, `Rp${dotted}`, `Rp. ${dotted},-`, `Rp ${dotted},00`, `${dotted} rupiah`, `IDR ${amount.toLocaleString('en-US')}`, `Rp${amount}`]), r.pick(['harga', 'dipotong', 'bayar', 'tagihan', 'cair', 'biaya']));
    }
    case 'order':
      return none(r.pick([`${n(6)}${['QW', 'AB', 'XY'][r.int(0, 2)]}${n(6)}`, n(15), n(16), `#${n(12)}`]), r.pick(['no pesanan', 'order', 'order id', 'nomor pesanan', 'kode booking']));
    case 'invoice':
      return none(r.pick([`INV/${r.int(2022, 2026)}${pad(r.int(1, 12), 2)}${pad(r.int(1, 28), 2)}/MPL/${n(10)}`, `010.000-${r.int(20, 26)}.${n(8)}`, `${n(4)}/INV/${r.int(2020, 2026)}`]), r.pick(['invoice', 'faktur', 'no invoice', 'nomor faktur pajak']));
    case 'nip': {
      const nip = `${r.int(1965, 1999)}${pad(r.int(1, 12), 2)}${pad(r.int(1, 28), 2)}${r.int(1990, 2024)}${pad(r.int(1, 12), 2)}${r.int(1, 2)}${pad(r.int(1, 999), 3)}`;
      return none(r.chance(0.5) ? nip : `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`, r.pick(['NIP', 'NIP.', 'pegawai NIP', 'petugas dengan NIP']));
    }
    case 'tracking':
      return none(r.pick([`JP${n(10)}`, `00${n(10)}`, `CGK${n(13)}`, `RR${n(9)}ID`, `1000${n(10)}`, n(12), `JNE${n(13)}`]), r.pick(['resi', 'no resi', 'AWB', 'nomor resi JNE', 'tracking']));
    case 'landline':
      return none(r.pick([`(021) ${n(7)}`, `022-${n(7)}`, `(0274) ${n(6)}`, `021-${n(4)}-${n(4)}`, `031 ${n(7)}`]), r.pick(['telp kantor', 'kantor kelurahan', 'hubungi kantor', 'call center dinas']));
    case 'hotline':
      return none(r.pick(['112', '110', '1500-567', '0800-1-807-807', '1708', '119', `1500${n(3)}`]), r.pick(['call center', 'hotline', 'darurat', 'hubungi']));
    case 'bpjs':
      return none(`000${n(10)}`, r.pick(['BPJS', 'no kartu BPJS', 'kartu BPJS Kesehatan']));
    case 'population':
      return none(`${r.int(1, 280)}.${n(3)}.${n(3)}`, r.pick(['jumlah penduduk', 'sebanyak', 'total', 'tercatat']));
    case 'regulation':
      return none(r.pick([`Nomor ${r.int(1, 120)} Tahun ${r.int(2000, 2025)}`, `${r.int(1, 99)}/${r.int(2015, 2025)}`, `No. ${r.int(100, 999)}/${pad(r.int(1, 99), 3)}/${r.int(2020, 2025)}`]), r.pick(['PP', 'Perpres', 'Permendagri', 'surat', 'SK']));
    case 'pln':
      return none(`${r.int(1, 5)}${n(11)}`, r.pick(['ID pelanggan PLN', 'idpel', 'nomor meteran']));
    case 'token':
      return none(`${n(4)}-${n(4)}-${n(4)}-${n(4)}-${n(4)}`, r.pick(['token listrik', 'token PLN']));
    case 'bank-amount': {
      const amount = (r.int(1, 99) * 10 ** r.int(4, 8)).toLocaleString('de-DE');
      return none(r.pick([`Rp ${amount}`, `${amount}`, `Rp${amount}`]), r.pick(['transfer BRI', 'saldo BCA tinggal', 'dipotong bank Mandiri', 'BNI potong', 'tarik tunai BSI']));
    }
    case 'bank-noise':
      return none(r.pick([`Liga 1 ${r.int(2020, 2025)}`, `46`, `cabang ${r.int(1, 999)}`, `kode ${r.pick(['002', '008', '009', '014', '451'])}`, `Halo BCA 1500888`]), r.pick(['BRI', 'BNI', 'Bank Mandiri', 'BCA', 'Bank']));
    case 'isbn':
      return none(`978-602-${n(4)}-${n(2)}-${r.int(0, 9)}`, 'ISBN');
    case 'coordinates':
      return none(`-${r.int(1, 8)}.${n(6)}, ${r.int(95, 140)}.${n(6)}`, r.pick(['lokasi', 'titik']));
    case 'plate':
      return none(`${r.pick(['B', 'D', 'L', 'AB', 'F'])} ${r.int(1, 9999)} ${r.pick(['XYZ', 'ABC', 'KJ', 'UA'])}`, r.pick(['plat', 'nopol', 'mobil']));
    case 'card':
      return none(`${r.pick(['4', '5'])}${n(3)} ${n(4)} ${n(4)} ${n(4)}`, r.pick(['kartu kredit', 'nomor kartu kredit']));
    case 'imei':
      return none(`35${n(13)}`, 'IMEI');
    case 'handle':
      return none(`@${r.pick(FIRST)}_${r.pick(LAST)}${r.int(1, 99)}`, r.pick(['cc', 'tolong', 'kata']));
    case 'domain':
      return none(r.pick(['dinsos.jakarta.go.id', 'www.lapor.go.id', 'cekbansos.kemensos.go.id', 'bpjs-kesehatan.go.id']), r.pick(['cek di', 'buka', 'lapor ke']));
    case 'status-url':
      return none(`https://x.com/${r.pick(FIRST)}/status/18${n(17)}`, r.pick(['lihat', 'sumber:', 'viral']));
    case 'facebook-id':
      return none(`https://www.facebook.com/1000${n(11)}_9000${n(11)}`, r.pick(['postingan', 'link']));
    case 'years':
      return none(r.pick([`${r.int(2015, 2022)}-${r.int(2023, 2026)}`, `${r.int(2015, 2022)}/${r.int(2023, 2026)}`]), r.pick(['periode', 'tahun anggaran', 'sejak']));
    case 'registration':
      return none(n(16), r.pick(['nomor registrasi', 'no. antrean', 'kode registrasi', 'nomor transaksi']));
    case 'bank-hours':
      return none(`${pad(r.int(7, 9), 2)}.00-${pad(r.int(14, 16), 2)}.00`, r.pick(['BCA buka jam', 'BRI unit buka', 'kantor BNI buka']));
    case 'bank-branch-phone':
      return none(r.pick([`022-${n(7)}`, `(021) ${n(8)}`]), r.pick(['BRI cabang Bandung telp', 'kantor Mandiri telp', 'BCA KCU telp']));
    default:
      return [];
  }
}
