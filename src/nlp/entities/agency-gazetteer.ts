/**
 * National ministries and agencies (Kabinet Merah Putih, 2024–2029) with official names,
 * abbreviations and common aliases, keyed by a stable lower-case `code` shared with the
 * `agencies` table. Former names stay as aliases (Kominfo → Komdigi) with the date they ended.
 */

export interface AgencyEntry {
  code: string;
  name: string;
  abbreviation: string;
  kind: 'ministry' | 'agency';
  /** Other ways people write it: earlier names, minister titles, hashtags without spaces. */
  aliases: readonly string[];
  /** ISO date the current name took effect, when it changed recently. */
  validFrom?: string;
}

export const NATIONAL_AGENCIES: readonly AgencyEntry[] = [
  { code: 'komdigi', name: 'Kementerian Komunikasi dan Digital', abbreviation: 'Komdigi', kind: 'ministry', validFrom: '2024-10-21',
    aliases: ['kementerian kominfo', 'kominfo', 'kemkominfo', 'kemenkominfo', 'kementerian komunikasi dan informatika', 'menkomdigi', 'menkominfo', 'menteri komunikasi dan digital', 'kemkomdigi'] },
  { code: 'kemenkes', name: 'Kementerian Kesehatan', abbreviation: 'Kemenkes', kind: 'ministry',
    aliases: ['kemkes', 'menkes', 'menteri kesehatan', 'kemenkes ri', 'kementerian kesehatan ri'] },
  { code: 'kemensos', name: 'Kementerian Sosial', abbreviation: 'Kemensos', kind: 'ministry',
    aliases: ['mensos', 'menteri sosial', 'kemsos'] },
  { code: 'kemendikdasmen', name: 'Kementerian Pendidikan Dasar dan Menengah', abbreviation: 'Kemendikdasmen', kind: 'ministry', validFrom: '2024-10-21',
    aliases: ['mendikdasmen', 'menteri pendidikan dasar dan menengah', 'kemendikbud', 'kemendikbudristek', 'kementerian pendidikan dan kebudayaan', 'mendikbud', 'kemdikbud'] },
  { code: 'kemendiktisaintek', name: 'Kementerian Pendidikan Tinggi, Sains, dan Teknologi', abbreviation: 'Kemendiktisaintek', kind: 'ministry', validFrom: '2024-10-21',
    aliases: ['kemdiktisaintek', 'mendiktisaintek', 'kementerian pendidikan tinggi sains dan teknologi'] },
  { code: 'kemenkeu', name: 'Kementerian Keuangan', abbreviation: 'Kemenkeu', kind: 'ministry',
    aliases: ['menkeu', 'menteri keuangan', 'kemkeu'] },
  { code: 'kemendagri', name: 'Kementerian Dalam Negeri', abbreviation: 'Kemendagri', kind: 'ministry',
    aliases: ['mendagri', 'menteri dalam negeri', 'kemdagri'] },
  { code: 'kementan', name: 'Kementerian Pertanian', abbreviation: 'Kementan', kind: 'ministry',
    aliases: ['mentan', 'menteri pertanian'] },
  { code: 'kemenpu', name: 'Kementerian Pekerjaan Umum', abbreviation: 'Kementerian PU', kind: 'ministry', validFrom: '2024-10-21',
    aliases: ['kementerian pu', 'kemenpu', 'kempu', 'menteri pu', 'menteri pekerjaan umum', 'kementerian pupr', 'kemenpupr', 'kempupr', 'pupr', 'menpupr', 'kementerian pekerjaan umum dan perumahan rakyat'] },
  { code: 'kemenhub', name: 'Kementerian Perhubungan', abbreviation: 'Kemenhub', kind: 'ministry',
    aliases: ['menhub', 'menteri perhubungan', 'kemhub'] },
  { code: 'kemen-esdm', name: 'Kementerian Energi dan Sumber Daya Mineral', abbreviation: 'Kementerian ESDM', kind: 'ministry',
    aliases: ['kementerian esdm', 'kemen esdm', 'esdm', 'menteri esdm', 'kesdm'] },
  { code: 'kemenag', name: 'Kementerian Agama', abbreviation: 'Kemenag', kind: 'ministry', aliases: ['menag', 'menteri agama', 'kemenag ri'] },
  { code: 'kemnaker', name: 'Kementerian Ketenagakerjaan', abbreviation: 'Kemnaker', kind: 'ministry', aliases: ['kemenaker', 'menaker', 'menteri ketenagakerjaan'] },
  { code: 'kemendag', name: 'Kementerian Perdagangan', abbreviation: 'Kemendag', kind: 'ministry', aliases: ['mendag', 'menteri perdagangan'] },
  { code: 'kemenperin', name: 'Kementerian Perindustrian', abbreviation: 'Kemenperin', kind: 'ministry', aliases: ['menperin', 'menteri perindustrian'] },
  { code: 'kemenlu', name: 'Kementerian Luar Negeri', abbreviation: 'Kemlu', kind: 'ministry', aliases: ['kemlu', 'menlu', 'menteri luar negeri'] },
  { code: 'kemhan', name: 'Kementerian Pertahanan', abbreviation: 'Kemhan', kind: 'ministry', aliases: ['kemenhan', 'menhan', 'menteri pertahanan'] },
  { code: 'kemenpar', name: 'Kementerian Pariwisata', abbreviation: 'Kemenpar', kind: 'ministry', aliases: ['menpar', 'menteri pariwisata', 'kemenparekraf'] },
  { code: 'kemenpan-rb', name: 'Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi', abbreviation: 'KemenPAN-RB', kind: 'ministry',
    aliases: ['kemenpan rb', 'kemenpanrb', 'menpan rb', 'menpanrb', 'kemenpan'] },
  { code: 'kemen-lh', name: 'Kementerian Lingkungan Hidup', abbreviation: 'KLH', kind: 'ministry', validFrom: '2024-10-21', aliases: ['klh', 'klhk', 'menteri lingkungan hidup', 'menlh'] },
  { code: 'kemenhut', name: 'Kementerian Kehutanan', abbreviation: 'Kemenhut', kind: 'ministry', validFrom: '2024-10-21', aliases: ['menhut', 'menteri kehutanan'] },
  { code: 'kkp', name: 'Kementerian Kelautan dan Perikanan', abbreviation: 'KKP', kind: 'ministry', aliases: ['kkp', 'menteri kelautan dan perikanan'] },
  { code: 'kemenpkp', name: 'Kementerian Perumahan dan Kawasan Permukiman', abbreviation: 'Kementerian PKP', kind: 'ministry', validFrom: '2024-10-21', aliases: ['kementerian pkp', 'menteri pkp'] },
  { code: 'kemenkumham', name: 'Kementerian Hukum', abbreviation: 'Kemenkum', kind: 'ministry', validFrom: '2024-10-21', aliases: ['kemenkum', 'kemenkumham', 'menkum', 'menkumham', 'menteri hukum'] },
  { code: 'kemendes', name: 'Kementerian Desa dan Pembangunan Daerah Tertinggal', abbreviation: 'Kemendes PDT', kind: 'ministry', aliases: ['kemendes pdt', 'kemendes pdtt', 'mendes', 'mendes pdt'] },
  { code: 'bappenas', name: 'Kementerian PPN/Bappenas', abbreviation: 'Bappenas', kind: 'ministry', aliases: ['kementerian ppn', 'menteri ppn'] },
  { code: 'kemensetneg', name: 'Kementerian Sekretariat Negara', abbreviation: 'Kemensetneg', kind: 'ministry', aliases: ['setneg', 'mensesneg'] },
  { code: 'bmkg', name: 'Badan Meteorologi, Klimatologi, dan Geofisika', abbreviation: 'BMKG', kind: 'agency', aliases: ['badan meteorologi klimatologi dan geofisika', 'kepala bmkg'] },
  { code: 'bnpb', name: 'Badan Nasional Penanggulangan Bencana', abbreviation: 'BNPB', kind: 'agency', aliases: ['kepala bnpb'] },
  { code: 'polri', name: 'Kepolisian Negara Republik Indonesia', abbreviation: 'Polri', kind: 'agency', aliases: ['kapolri', 'mabes polri', 'kepolisian ri', 'kepolisian republik indonesia'] },
  { code: 'bpjs-kesehatan', name: 'BPJS Kesehatan', abbreviation: 'BPJS Kesehatan', kind: 'agency', aliases: ['bpjs kes', 'bpjskes', 'jkn', 'bpjs'] },
  { code: 'bpjs-ketenagakerjaan', name: 'BPJS Ketenagakerjaan', abbreviation: 'BPJS Ketenagakerjaan', kind: 'agency', aliases: ['bpjs tk', 'bpjamsostek', 'bp jamsostek'] },
  { code: 'bpom', name: 'Badan Pengawas Obat dan Makanan', abbreviation: 'BPOM', kind: 'agency', aliases: ['badan pom', 'kepala bpom'] },
  { code: 'bps', name: 'Badan Pusat Statistik', abbreviation: 'BPS', kind: 'agency', aliases: ['kepala bps'] },
  { code: 'bssn', name: 'Badan Siber dan Sandi Negara', abbreviation: 'BSSN', kind: 'agency', aliases: [] },
  { code: 'basarnas', name: 'Badan Nasional Pencarian dan Pertolongan', abbreviation: 'Basarnas', kind: 'agency', aliases: ['tim sar gabungan'] },
  { code: 'kpk', name: 'Komisi Pemberantasan Korupsi', abbreviation: 'KPK', kind: 'agency', aliases: ['ketua kpk'] },
  { code: 'bgn', name: 'Badan Gizi Nasional', abbreviation: 'BGN', kind: 'agency', validFrom: '2024-08-15', aliases: ['kepala bgn'] },
  { code: 'tni', name: 'Tentara Nasional Indonesia', abbreviation: 'TNI', kind: 'agency', aliases: ['panglima tni'] },
  { code: 'bnn', name: 'Badan Narkotika Nasional', abbreviation: 'BNN', kind: 'agency', aliases: ['kepala bnn'] },
  { code: 'kpu', name: 'Komisi Pemilihan Umum', abbreviation: 'KPU', kind: 'agency', aliases: ['ketua kpu'] },
  { code: 'bawaslu', name: 'Badan Pengawas Pemilihan Umum', abbreviation: 'Bawaslu', kind: 'agency', aliases: [] },
  { code: 'ojk', name: 'Otoritas Jasa Keuangan', abbreviation: 'OJK', kind: 'agency', aliases: [] },
  { code: 'bi', name: 'Bank Indonesia', abbreviation: 'BI', kind: 'agency', aliases: ['gubernur bi'] },
  { code: 'pln', name: 'PT PLN (Persero)', abbreviation: 'PLN', kind: 'agency', aliases: ['pt pln', 'pln persero'] },
];
