/**
 * Copy-paste amplification campaigns planted in the demo: many young, low-follower accounts
 * posting the same text, lightly varied, within a few hours. De-duplication should group each
 * campaign into one cluster and report its amplification.
 */
import type { SentimentLabel } from '../domain/sentiment.js';

export interface PlantedCampaign {
  id: string;
  issueKey: string;
  agencySlug: string;
  sentiment: SentimentLabel;
  /** Day offset of the campaign's peak in the 30-day window. */
  day: number;
  /** Standard deviation of posting times, in hours. */
  hours: number;
  /** Posts per 100,000 demo mentions. */
  sizePer100k: number;
  text: string;
  hashtags: readonly string[];
}

export const PLANTED_CAMPAIGNS: readonly PlantedCampaign[] = [
  {
    id: 'kampanye-mbg-sukses',
    issueKey: 'makan-bergizi-gratis',
    agencySlug: 'bgn',
    sentiment: 'positive',
    day: 16.2,
    hours: 2,
    sizePer100k: 700,
    text: 'Program Makan Bergizi Gratis terbukti menyehatkan jutaan anak Indonesia. Jangan termakan isu negatif, dukung terus demi generasi emas 2045!',
    hashtags: ['#MBGSukses', '#MakanBergiziGratis', '#GenerasiEmas'],
  },
  {
    id: 'kampanye-tolak-bbm',
    issueKey: 'subsidi-bbm',
    agencySlug: 'kemen-esdm',
    sentiment: 'negative',
    day: 19.4,
    hours: 3,
    sizePer100k: 900,
    text: 'Rakyat sudah susah, harga BBM malah dinaikkan. Kami menolak kenaikan harga Pertalite dan menuntut pemerintah membatalkan kebijakan ini sekarang juga!',
    hashtags: ['#TolakKenaikanBBM', '#BBMNaik', '#RakyatMenjerit'],
  },
  {
    id: 'kampanye-hoaks-bansos',
    issueKey: 'bansos',
    agencySlug: 'kemensos',
    sentiment: 'neutral',
    day: 11,
    hours: 4,
    sizePer100k: 500,
    text: 'INFO PENTING: bantuan sosial tunai Rp600.000 untuk semua pemilik KTP sudah cair. Daftar sekarang lewat tautan di bio sebelum kuota habis, sebarkan ke keluarga!',
    hashtags: ['#BansosCair', '#InfoBansos'],
  },
  {
    id: 'kampanye-ppdb-curang',
    issueKey: 'ppdb-zonasi',
    agencySlug: 'pemprov-jabar',
    sentiment: 'negative',
    day: 5.3,
    hours: 3,
    sizePer100k: 400,
    text: 'PPDB zonasi penuh kecurangan dan titipan pejabat. Anak-anak yang jujur jadi korban. Usut tuntas dan evaluasi total sistem zonasi!',
    hashtags: ['#PPDBCurang', '#EvaluasiZonasi', '#PPDBJabar'],
  },
  {
    id: 'kampanye-banjir-gagal',
    issueKey: 'banjir',
    agencySlug: 'pemprov-dki-jakarta',
    sentiment: 'negative',
    day: 23.3,
    hours: 2.5,
    sizePer100k: 600,
    text: 'Banjir lagi, banjir lagi. Janji normalisasi sungai cuma omong kosong. Warga sudah muak, pemimpin yang gagal mengatasi banjir harus mundur!',
    hashtags: ['#JakartaBanjir', '#GagalAtasiBanjir'],
  },
  {
    id: 'kampanye-hoaks-vaksin',
    issueKey: 'vaksin',
    agencySlug: 'kemenkes',
    sentiment: 'negative',
    day: 13.6,
    hours: 3,
    sizePer100k: 400,
    text: 'Waspada! Vaksin polio yang dibagikan di sekolah mengandung zat berbahaya yang bisa membuat anak mandul. Jangan izinkan anak Anda divaksin, sebarkan!',
    hashtags: ['#TolakVaksin', '#LindungiAnak'],
  },
];
