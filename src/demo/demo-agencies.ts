/**
 * The demo's agencies: 16 national bodies, 10 provincial governments and 14 regency or city
 * governments, with official names and the aliases people actually write. Region codes are
 * Kemendagri codes as published in idn-area-data.
 */
import type { AgencyKind, AgencyLevel } from '../domain/agency.js';

/** A place name as written, and the Kemendagri code of the region it names. */
export type Place = readonly [name: string, regionCode: string];

export interface DemoAgency {
  code: string;
  slug: string;
  name: string;
  abbreviation: string;
  level: AgencyLevel;
  kind: AgencyKind;
  parentCode: string | null;
  regionCode: string | null;
  website: string;
  /** Official social media handle, as citizens tag it. */
  handle: string;
  /** Ways people name the agency in posts (the generator picks among them). */
  aliases: readonly string[];
  /** Place names as people write them, with the region code each one means. */
  places?: readonly Place[];
}

const WEBSITES: Record<string, string> = {
  'pemprov-dki-jakarta': 'jakarta.go.id',
  'pemprov-jabar': 'jabarprov.go.id',
  'pemprov-jateng': 'jatengprov.go.id',
  'pemda-diy': 'jogjaprov.go.id',
  'pemprov-jatim': 'jatimprov.go.id',
  'pemprov-banten': 'bantenprov.go.id',
  'pemprov-sumut': 'sumutprov.go.id',
  'pemprov-sulsel': 'sulselprov.go.id',
  'pemprov-bali': 'baliprov.go.id',
  'pemprov-kaltim': 'kaltimprov.go.id',
  'pemkot-bandung': 'bandung.go.id',
  'pemkab-bandung': 'bandungkab.go.id',
  'pemkot-bogor': 'kotabogor.go.id',
  'pemkab-bogor': 'bogorkab.go.id',
  'pemkot-surabaya': 'surabaya.go.id',
  'pemkot-malang': 'malangkota.go.id',
  'pemkot-semarang': 'semarangkota.go.id',
  'pemkot-surakarta': 'surakarta.go.id',
  'pemkot-yogyakarta': 'jogjakota.go.id',
  'pemkot-medan': 'pemkomedan.go.id',
  'pemkot-makassar': 'makassarkota.go.id',
  'pemkot-denpasar': 'denpasarkota.go.id',
  'pemkot-samarinda': 'samarindakota.go.id',
  'pemkot-tangerang': 'tangerangkota.go.id',
};

const national = (
  code: string,
  name: string,
  abbreviation: string,
  kind: AgencyKind,
  handle: string,
  aliases: string[],
  website: string,
): DemoAgency => ({ code, slug: code, name, abbreviation, level: 'national', kind, parentCode: null, regionCode: null, website, handle, aliases });

const province = (code: string, slug: string, name: string, abbreviation: string, handle: string, aliases: string[], places: Place[]): DemoAgency => ({
  code,
  slug,
  name,
  abbreviation,
  level: 'province',
  kind: 'regional_government',
  parentCode: null,
  regionCode: code,
  website: `https://${WEBSITES[slug] ?? `${slug}.go.id`}`,
  handle,
  aliases,
  places,
});

const local = (
  code: string,
  level: 'regency' | 'city',
  slug: string,
  name: string,
  abbreviation: string,
  handle: string,
  aliases: string[],
  places: Place[],
): DemoAgency => ({
  code,
  slug,
  name,
  abbreviation,
  level,
  kind: 'regional_government',
  parentCode: code.split('.')[0]!,
  regionCode: code,
  website: `https://${WEBSITES[slug] ?? `${slug}.go.id`}`,
  handle,
  aliases,
  places,
});

export const DEMO_AGENCIES: readonly DemoAgency[] = [
  national('komdigi', 'Kementerian Komunikasi dan Digital', 'Komdigi', 'ministry', 'kemkomdigi', ['Komdigi', 'Kementerian Komdigi', 'Menkomdigi', 'Kementerian Komunikasi dan Digital'], 'https://komdigi.go.id'),
  national('kemenkes', 'Kementerian Kesehatan', 'Kemenkes', 'ministry', 'KemenkesRI', ['Kemenkes', 'Kementerian Kesehatan', 'Menkes', 'Kemenkes RI'], 'https://kemkes.go.id'),
  national('kemensos', 'Kementerian Sosial', 'Kemensos', 'ministry', 'KemensosRI', ['Kemensos', 'Kementerian Sosial', 'Mensos', 'Kemensos RI'], 'https://kemensos.go.id'),
  national('kemendikdasmen', 'Kementerian Pendidikan Dasar dan Menengah', 'Kemendikdasmen', 'ministry', 'Kemendikdasmen', ['Kemendikdasmen', 'Kementerian Pendidikan Dasar dan Menengah', 'Mendikdasmen', 'Kemendikdasmen RI'], 'https://kemendikdasmen.go.id'),
  national('kemenkeu', 'Kementerian Keuangan', 'Kemenkeu', 'ministry', 'KemenkeuRI', ['Kemenkeu', 'Kementerian Keuangan', 'Menkeu', 'Kemenkeu RI'], 'https://kemenkeu.go.id'),
  national('kemendagri', 'Kementerian Dalam Negeri', 'Kemendagri', 'ministry', 'kemendagri', ['Kemendagri', 'Kementerian Dalam Negeri', 'Mendagri'], 'https://kemendagri.go.id'),
  national('kementan', 'Kementerian Pertanian', 'Kementan', 'ministry', 'kementanRI', ['Kementan', 'Kementerian Pertanian', 'Mentan'], 'https://pertanian.go.id'),
  national('kemenpu', 'Kementerian Pekerjaan Umum', 'Kementerian PU', 'ministry', 'KemenPU', ['Kementerian PU', 'KemenPU', 'Kementerian Pekerjaan Umum', 'Menteri PU'], 'https://pu.go.id'),
  national('kemenhub', 'Kementerian Perhubungan', 'Kemenhub', 'ministry', 'kemenhub151', ['Kemenhub', 'Kementerian Perhubungan', 'Menhub'], 'https://dephub.go.id'),
  national('kemen-esdm', 'Kementerian Energi dan Sumber Daya Mineral', 'Kementerian ESDM', 'ministry', 'KementerianESDM', ['Kementerian ESDM', 'KESDM', 'Menteri ESDM', 'ESDM'], 'https://esdm.go.id'),
  national('bmkg', 'Badan Meteorologi, Klimatologi, dan Geofisika', 'BMKG', 'agency', 'infoBMKG', ['BMKG', 'Badan Meteorologi, Klimatologi, dan Geofisika'], 'https://bmkg.go.id'),
  national('bnpb', 'Badan Nasional Penanggulangan Bencana', 'BNPB', 'agency', 'BNPB_Indonesia', ['BNPB', 'Badan Nasional Penanggulangan Bencana'], 'https://bnpb.go.id'),
  national('polri', 'Kepolisian Negara Republik Indonesia', 'Polri', 'agency', 'DivHumas_Polri', ['Polri', 'Kepolisian', 'pihak kepolisian', 'Kapolri'], 'https://polri.go.id'),
  national('bpjs-kesehatan', 'BPJS Kesehatan', 'BPJS Kesehatan', 'agency', 'BPJSKesehatanRI', ['BPJS Kesehatan', 'BPJS', 'JKN', 'BPJS Kes'], 'https://bpjs-kesehatan.go.id'),
  national('bpom', 'Badan Pengawas Obat dan Makanan', 'BPOM', 'agency', 'BPOM_RI', ['BPOM', 'Badan POM', 'Badan Pengawas Obat dan Makanan'], 'https://pom.go.id'),
  national('bgn', 'Badan Gizi Nasional', 'BGN', 'agency', 'BadanGiziNasional', ['BGN', 'Badan Gizi Nasional'], 'https://bgn.go.id'),

  province('31', 'pemprov-dki-jakarta', 'Pemerintah Provinsi DKI Jakarta', 'Pemprov DKI', 'DKIJakarta', ['Pemprov DKI', 'Pemprov DKI Jakarta', 'Gubernur DKI'], [['Jakarta', '31'], ['DKI Jakarta', '31'], ['Jakarta Timur', '31.75'], ['Jakarta Utara', '31.72'], ['Jakarta Selatan', '31.74'], ['Jatinegara, Jakarta Timur', '31.75']]),
  province('32', 'pemprov-jabar', 'Pemerintah Provinsi Jawa Barat', 'Pemprov Jabar', 'jabarprovgoid', ['Pemprov Jabar', 'Pemprov Jawa Barat', 'Gubernur Jabar'], [['Jawa Barat', '32'], ['Jabar', '32'], ['Garut', '32.05'], ['Kabupaten Cirebon', '32.09'], ['Kota Tasikmalaya', '32.78']]),
  province('33', 'pemprov-jateng', 'Pemerintah Provinsi Jawa Tengah', 'Pemprov Jateng', 'provjateng', ['Pemprov Jateng', 'Pemprov Jawa Tengah', 'Gubernur Jateng'], [['Jawa Tengah', '33'], ['Jateng', '33'], ['Klaten', '33.10'], ['Demak', '33.21'], ['Kota Pekalongan', '33.75']]),
  province('34', 'pemda-diy', 'Pemerintah Daerah Daerah Istimewa Yogyakarta', 'Pemda DIY', 'humasjogja', ['Pemda DIY', 'Pemprov DIY', 'Gubernur DIY'], [['DIY', '34'], ['Yogyakarta', '34'], ['Sleman', '34.04'], ['Bantul', '34.02'], ['Gunungkidul', '34.03']]),
  province('35', 'pemprov-jatim', 'Pemerintah Provinsi Jawa Timur', 'Pemprov Jatim', 'jatimpemprov', ['Pemprov Jatim', 'Pemprov Jawa Timur', 'Gubernur Jatim'], [['Jawa Timur', '35'], ['Jatim', '35'], ['Sidoarjo', '35.15'], ['Jember', '35.09'], ['Banyuwangi', '35.10']]),
  province('36', 'pemprov-banten', 'Pemerintah Provinsi Banten', 'Pemprov Banten', 'bantenprov', ['Pemprov Banten', 'Gubernur Banten'], [['Banten', '36'], ['Kota Serang', '36.73'], ['Pandeglang', '36.01'], ['Lebak', '36.02']]),
  province('12', 'pemprov-sumut', 'Pemerintah Provinsi Sumatera Utara', 'Pemprov Sumut', 'sumutprov', ['Pemprov Sumut', 'Pemprov Sumatera Utara', 'Gubernur Sumut'], [['Sumatera Utara', '12'], ['Sumut', '12'], ['Deli Serdang', '12.07'], ['Kota Binjai', '12.75']]),
  province('73', 'pemprov-sulsel', 'Pemerintah Provinsi Sulawesi Selatan', 'Pemprov Sulsel', 'sulselprov', ['Pemprov Sulsel', 'Pemprov Sulawesi Selatan', 'Gubernur Sulsel'], [['Sulawesi Selatan', '73'], ['Sulsel', '73'], ['Gowa', '73.06'], ['Maros', '73.09'], ['Kabupaten Bone', '73.08']]),
  province('51', 'pemprov-bali', 'Pemerintah Provinsi Bali', 'Pemprov Bali', 'baliprov', ['Pemprov Bali', 'Gubernur Bali'], [['Bali', '51'], ['Badung', '51.03'], ['Gianyar', '51.04'], ['Tabanan', '51.02']]),
  province('64', 'pemprov-kaltim', 'Pemerintah Provinsi Kalimantan Timur', 'Pemprov Kaltim', 'kaltimprov', ['Pemprov Kaltim', 'Pemprov Kalimantan Timur', 'Gubernur Kaltim'], [['Kalimantan Timur', '64'], ['Kaltim', '64'], ['Kutai Kartanegara', '64.02'], ['Bontang', '64.74']]),

  local('32.73', 'city', 'pemkot-bandung', 'Pemerintah Kota Bandung', 'Pemkot Bandung', 'humasbdg', ['Pemkot Bandung', 'Wali Kota Bandung', 'Pemerintah Kota Bandung'], [['Kota Bandung', '32.73'], ['Bandung', '32.73'], ['Buahbatu, Bandung', '32.73']]),
  local('32.04', 'regency', 'pemkab-bandung', 'Pemerintah Kabupaten Bandung', 'Pemkab Bandung', 'pemkabbandung', ['Pemkab Bandung', 'Bupati Bandung', 'Pemerintah Kabupaten Bandung'], [['Kabupaten Bandung', '32.04'], ['Kab. Bandung', '32.04'], ['Dayeuhkolot', '32.04'], ['Baleendah', '32.04']]),
  local('32.71', 'city', 'pemkot-bogor', 'Pemerintah Kota Bogor', 'Pemkot Bogor', 'pemkotbogor', ['Pemkot Bogor', 'Wali Kota Bogor'], [['Kota Bogor', '32.71'], ['Bogor Tengah', '32.71'], ['Tanah Sareal', '32.71']]),
  local('32.01', 'regency', 'pemkab-bogor', 'Pemerintah Kabupaten Bogor', 'Pemkab Bogor', 'pemkabbogor', ['Pemkab Bogor', 'Bupati Bogor'], [['Kabupaten Bogor', '32.01'], ['Kab. Bogor', '32.01'], ['Citeureup', '32.01']]),
  local('35.78', 'city', 'pemkot-surabaya', 'Pemerintah Kota Surabaya', 'Pemkot Surabaya', 'sapawargasby', ['Pemkot Surabaya', 'Wali Kota Surabaya', 'Pemerintah Kota Surabaya'], [['Surabaya', '35.78'], ['Kota Surabaya', '35.78'], ['Rungkut', '35.78'], ['Wonokromo', '35.78']]),
  local('35.73', 'city', 'pemkot-malang', 'Pemerintah Kota Malang', 'Pemkot Malang', 'pemkotmalang', ['Pemkot Malang', 'Wali Kota Malang'], [['Kota Malang', '35.73'], ['Lowokwaru', '35.73']]),
  local('33.74', 'city', 'pemkot-semarang', 'Pemerintah Kota Semarang', 'Pemkot Semarang', 'pemkotsmg', ['Pemkot Semarang', 'Wali Kota Semarang'], [['Semarang', '33.74'], ['Kota Semarang', '33.74'], ['Genuk', '33.74'], ['Tembalang', '33.74']]),
  local('33.72', 'city', 'pemkot-surakarta', 'Pemerintah Kota Surakarta', 'Pemkot Solo', 'pemkotsolo', ['Pemkot Solo', 'Pemkot Surakarta', 'Wali Kota Solo'], [['Solo', '33.72'], ['Surakarta', '33.72'], ['Laweyan', '33.72']]),
  local('34.71', 'city', 'pemkot-yogyakarta', 'Pemerintah Kota Yogyakarta', 'Pemkot Yogyakarta', 'pemkotjogja', ['Pemkot Yogyakarta', 'Pemkot Jogja', 'Wali Kota Yogyakarta'], [['Kota Yogyakarta', '34.71'], ['Kota Jogja', '34.71'], ['Kotagede', '34.71']]),
  local('12.71', 'city', 'pemkot-medan', 'Pemerintah Kota Medan', 'Pemkot Medan', 'pemkomedan', ['Pemkot Medan', 'Wali Kota Medan'], [['Medan', '12.71'], ['Kota Medan', '12.71'], ['Medan Johor', '12.71'], ['Medan Belawan', '12.71']]),
  local('73.71', 'city', 'pemkot-makassar', 'Pemerintah Kota Makassar', 'Pemkot Makassar', 'pemkotmakassar', ['Pemkot Makassar', 'Wali Kota Makassar'], [['Makassar', '73.71'], ['Kota Makassar', '73.71'], ['Tamalanrea', '73.71'], ['Panakkukang', '73.71']]),
  local('51.71', 'city', 'pemkot-denpasar', 'Pemerintah Kota Denpasar', 'Pemkot Denpasar', 'pemkotdenpasar', ['Pemkot Denpasar', 'Wali Kota Denpasar'], [['Denpasar', '51.71'], ['Kota Denpasar', '51.71'], ['Denpasar Selatan', '51.71']]),
  local('64.72', 'city', 'pemkot-samarinda', 'Pemerintah Kota Samarinda', 'Pemkot Samarinda', 'pemkotsamarinda', ['Pemkot Samarinda', 'Wali Kota Samarinda'], [['Samarinda', '64.72'], ['Kota Samarinda', '64.72'], ['Samarinda Seberang', '64.72']]),
  local('36.71', 'city', 'pemkot-tangerang', 'Pemerintah Kota Tangerang', 'Pemkot Tangerang', 'pemkottangerang', ['Pemkot Tangerang', 'Wali Kota Tangerang'], [['Kota Tangerang', '36.71'], ['Karawaci', '36.71']]),
];

export function findDemoAgency(slug: string): DemoAgency {
  const agency = DEMO_AGENCIES.find((a) => a.slug === slug);
  if (!agency) throw new Error(`unknown demo agency ${slug}`);
  return agency;
}
