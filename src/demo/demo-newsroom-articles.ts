/**
 * Newsroom demo: articles still in the workflow (drafts, in review, approved and scheduled),
 * so the console shows work in progress beside the published news of demo-articles.ts.
 * Bodies are Markdown, as writers type them.
 */
import type { ArticleStatus } from '../domain/article.js';
import type { ArticleTopic } from '../domain/article-topics.js';

export interface DemoNewsroomArticle {
  agencySlug: string;
  authorEmail: string;
  slug: string;
  title: string;
  summary: string;
  markdown: string;
  tags: readonly string[];
  topic: ArticleTopic;
  status: Extract<ArticleStatus, 'draft' | 'in_review' | 'approved'>;
  /** For approved articles: publish this many hours after the end of the demo window. */
  scheduledHoursAfterEnd?: number;
}

export const DEMO_NEWSROOM_ARTICLES: readonly DemoNewsroomArticle[] = [
  {
    agencySlug: 'pemprov-jabar',
    authorEmail: 'penulis.jabar@humas.test',
    slug: 'jadwal-uji-emisi-kendaraan-dinas-2027',
    title: 'Jadwal Uji Emisi Kendaraan Dinas 2027',
    summary: 'Seluruh kendaraan dinas Pemprov Jawa Barat wajib lulus uji emisi sebelum Maret 2027.',
    markdown: [
      'Pemerintah Provinsi Jawa Barat mewajibkan **seluruh kendaraan dinas** mengikuti uji emisi sebelum akhir Maret 2027.',
      '## Lokasi uji',
      '- Kantor Dinas Lingkungan Hidup, Bandung\n- UPTD Pengelolaan Pendapatan Daerah di 27 kabupaten/kota',
      'Informasi lengkap tersedia di [situs resmi Pemprov Jabar](https://jabarprov.go.id/).',
    ].join('\n\n'),
    tags: ['lingkungan', 'uji emisi'],
    topic: 'lingkungan',
    status: 'draft',
  },
  {
    agencySlug: 'pemprov-jabar',
    authorEmail: 'penulis.jabar@humas.test',
    slug: 'pendaftaran-beasiswa-jabar-future-leaders-dibuka',
    title: 'Pendaftaran Beasiswa Jabar Future Leaders Dibuka',
    summary: 'Beasiswa untuk 5.000 mahasiswa berprestasi dari keluarga kurang mampu dibuka hingga 15 Januari.',
    markdown: [
      'Pemerintah Provinsi Jawa Barat membuka pendaftaran beasiswa **Jabar Future Leaders** bagi 5.000 mahasiswa.',
      'Pendaftaran dilakukan secara daring dan **tidak dipungut biaya**. Waspadai pihak yang meminta imbalan atas nama panitia.',
      '> "Beasiswa ini untuk anak muda yang ingin membangun Jawa Barat," kata Kepala Dinas Pendidikan.',
    ].join('\n\n'),
    tags: ['pendidikan', 'beasiswa'],
    topic: 'pendidikan',
    status: 'in_review',
  },
  {
    agencySlug: 'kemenkes',
    authorEmail: 'penulis.kemenkes@humas.test',
    slug: 'skrining-kesehatan-gratis-di-puskesmas-mulai-januari',
    title: 'Skrining Kesehatan Gratis di Puskesmas Mulai Januari',
    summary: 'Warga dapat memeriksakan kesehatan gratis di puskesmas pada hari ulang tahunnya.',
    markdown: [
      'Kementerian Kesehatan memperluas program **cek kesehatan gratis** ke seluruh puskesmas mulai Januari.',
      'Warga cukup membawa KTP elektronik. Pemeriksaan meliputi tekanan darah, gula darah, dan skrining kanker.',
    ].join('\n\n'),
    tags: ['kesehatan', 'skrining'],
    topic: 'kesehatan',
    status: 'approved',
    scheduledHoursAfterEnd: 24,
  },
  {
    agencySlug: 'kemenkes',
    authorEmail: 'penulis.kemenkes@humas.test',
    slug: 'klarifikasi-hoaks-vaksin-mengandung-chip',
    title: 'Klarifikasi: Vaksin Tidak Mengandung Chip',
    summary: 'Kementerian Kesehatan meluruskan informasi keliru yang beredar di media sosial.',
    markdown: '[HOAKS] Beredar pesan berantai yang menyebut vaksin mengandung *microchip*. Informasi tersebut **tidak benar**.',
    tags: ['hoaks', 'vaksin'],
    topic: 'kesehatan',
    status: 'draft',
  },
];
