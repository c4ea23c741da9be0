/**
 * Published demo news, written the way agency PR bureaus write: a headline, a lead, and a
 * few paragraphs quoting an official. Spread over the demo window across agencies.
 */
import { escapeHtml } from '../lib/html.js';

export interface DemoArticle {
  agencySlug: string;
  authorEmail: string | null;
  slug: string;
  title: string;
  summary: string;
  paragraphs: readonly string[];
  tags: readonly string[];
  /** Days before the end of the demo window. */
  daysAgo: number;
  readCount: number;
}

export const DEMO_ARTICLES: readonly DemoArticle[] = [
  {
    agencySlug: 'pemprov-jabar',
    authorEmail: 'penulis.jabar@humas.test',
    slug: 'posko-pengaduan-spmb-dibuka-di-seluruh-kabupaten-kota',
    title: 'Posko Pengaduan SPMB Dibuka di Seluruh Kabupaten dan Kota',
    summary: 'Pemerintah Provinsi Jawa Barat membuka posko pengaduan Sistem Penerimaan Murid Baru di 27 kabupaten dan kota.',
    paragraphs: [
      'Pemerintah Provinsi Jawa Barat membuka posko pengaduan Sistem Penerimaan Murid Baru (SPMB) di seluruh kabupaten dan kota. Posko melayani orang tua yang mengalami kendala pendaftaran, termasuk verifikasi domisili dan dokumen kependudukan.',
      'Kepala Dinas Pendidikan Jawa Barat menyampaikan bahwa setiap laporan akan ditindaklanjuti paling lambat dalam tiga hari kerja. "Kami ingin proses penerimaan berjalan transparan dan adil bagi semua anak," ujarnya.',
      'Masyarakat juga dapat menyampaikan pengaduan melalui kanal LAPOR! dan media sosial resmi Pemprov Jabar.',
    ],
    tags: ['pendidikan', 'spmb'],
    daysAgo: 25,
    readCount: 4_812,
  },
  {
    agencySlug: 'kemenkes',
    authorEmail: 'penulis.kemenkes@humas.test',
    slug: 'pekan-imunisasi-nasional-polio-tahap-kedua-dimulai',
    title: 'Pekan Imunisasi Nasional Polio Tahap Kedua Dimulai',
    summary: 'Kementerian Kesehatan menargetkan cakupan imunisasi polio tahap kedua mencapai 95 persen anak usia 0–7 tahun.',
    paragraphs: [
      'Kementerian Kesehatan memulai Pekan Imunisasi Nasional (PIN) Polio tahap kedua di seluruh provinsi. Imunisasi diberikan gratis di puskesmas, posyandu, dan sekolah.',
      'Juru bicara Kementerian Kesehatan mengimbau orang tua membawa anak usia 0–7 tahun ke pos imunisasi terdekat dengan membawa buku Kesehatan Ibu dan Anak (KIA).',
      'Kementerian Kesehatan juga meminta masyarakat tidak mempercayai informasi keliru tentang keamanan vaksin yang beredar di media sosial. Vaksin polio telah melalui uji keamanan dan mendapat izin edar dari BPOM.',
    ],
    tags: ['kesehatan', 'imunisasi'],
    daysAgo: 17,
    readCount: 12_406,
  },
  {
    agencySlug: 'kemensos',
    authorEmail: null,
    slug: 'penyaluran-bansos-tahap-keempat-capai-90-persen',
    title: 'Penyaluran Bansos Tahap Keempat Capai 90 Persen',
    summary: 'Kementerian Sosial mencatat penyaluran bantuan sosial tahap keempat telah menjangkau 90 persen keluarga penerima manfaat.',
    paragraphs: [
      'Kementerian Sosial mencatat penyaluran bantuan sosial tahap keempat telah menjangkau 90 persen keluarga penerima manfaat (KPM). Sisanya ditargetkan tersalurkan sebelum akhir bulan.',
      'Menteri Sosial menegaskan bahwa penyaluran dilakukan langsung ke rekening penerima atau melalui PT Pos Indonesia, tanpa potongan apa pun. Warga yang menemukan pungutan diminta melapor.',
      'Kementerian Sosial mengingatkan bahwa pendaftaran bansos tidak dilakukan melalui tautan di media sosial. Informasi resmi hanya disampaikan melalui situs dan aplikasi Cek Bansos.',
    ],
    tags: ['bansos', 'perlindungan-sosial'],
    daysAgo: 19,
    readCount: 9_233,
  },
  {
    agencySlug: 'bmkg',
    authorEmail: null,
    slug: 'bmkg-keluarkan-peringatan-dini-cuaca-ekstrem-sepekan-ke-depan',
    title: 'BMKG Keluarkan Peringatan Dini Cuaca Ekstrem Sepekan ke Depan',
    summary: 'Hujan lebat disertai angin kencang diprakirakan terjadi di sebagian besar wilayah Jawa, Kalimantan, dan Sulawesi.',
    paragraphs: [
      'Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) mengeluarkan peringatan dini cuaca ekstrem untuk sepekan ke depan. Hujan lebat disertai kilat dan angin kencang diprakirakan terjadi di sebagian besar wilayah Jawa, Kalimantan, dan Sulawesi.',
      'Masyarakat di daerah rawan banjir dan longsor diimbau meningkatkan kewaspadaan serta memantau informasi resmi melalui aplikasi InfoBMKG.',
    ],
    tags: ['cuaca', 'kebencanaan'],
    daysAgo: 8,
    readCount: 21_577,
  },
  {
    agencySlug: 'pemprov-dki-jakarta',
    authorEmail: null,
    slug: 'pemprov-dki-siagakan-pompa-dan-posko-banjir',
    title: 'Pemprov DKI Siagakan Pompa dan Posko Banjir',
    summary: 'Sebanyak 487 pompa stasioner dan mobile disiagakan untuk mengantisipasi banjir selama puncak musim hujan.',
    paragraphs: [
      'Pemerintah Provinsi DKI Jakarta menyiagakan 487 pompa stasioner dan mobile untuk mengantisipasi banjir selama puncak musim hujan. Posko banjir dibuka di setiap kelurahan rawan genangan.',
      'Warga dapat melaporkan genangan melalui aplikasi JAKI atau menghubungi layanan darurat 112 yang aktif 24 jam.',
    ],
    tags: ['banjir', 'kebencanaan'],
    daysAgo: 6,
    readCount: 7_115,
  },
  {
    agencySlug: 'kemen-esdm',
    authorEmail: null,
    slug: 'penjelasan-pemerintah-tentang-penyesuaian-harga-bbm-bersubsidi',
    title: 'Penjelasan Pemerintah tentang Penyesuaian Harga BBM Bersubsidi',
    summary: 'Kementerian ESDM menjelaskan alasan penyesuaian harga dan pengalihan subsidi agar lebih tepat sasaran.',
    paragraphs: [
      'Kementerian Energi dan Sumber Daya Mineral menjelaskan bahwa penyesuaian harga bahan bakar minyak bersubsidi dilakukan agar subsidi lebih tepat sasaran. Selama ini sebagian besar subsidi dinikmati kelompok mampu.',
      'Dana yang dihemat akan dialihkan menjadi bantuan langsung bagi masyarakat rentan, pengemudi ojek, dan nelayan. Pemerintah juga memperluas penggunaan kode QR untuk pembelian Pertalite.',
    ],
    tags: ['energi', 'bbm'],
    daysAgo: 11,
    readCount: 33_904,
  },
  {
    agencySlug: 'pemkot-bandung',
    authorEmail: null,
    slug: 'perbaikan-drainase-di-lima-kecamatan-rampung',
    title: 'Perbaikan Drainase di Lima Kecamatan Rampung',
    summary: 'Pemerintah Kota Bandung menyelesaikan perbaikan saluran drainase di lima kecamatan rawan genangan.',
    paragraphs: [
      'Pemerintah Kota Bandung menyelesaikan perbaikan saluran drainase di lima kecamatan rawan genangan, termasuk Buahbatu dan Rancasari.',
      'Wali Kota Bandung meminta warga tidak membuang sampah ke saluran air agar drainase berfungsi optimal saat hujan deras.',
    ],
    tags: ['infrastruktur', 'banjir'],
    daysAgo: 3,
    readCount: 1_458,
  },
  {
    agencySlug: 'bgn',
    authorEmail: null,
    slug: 'bgn-perketat-standar-keamanan-pangan-dapur-mbg',
    title: 'BGN Perketat Standar Keamanan Pangan Dapur MBG',
    summary: 'Badan Gizi Nasional mewajibkan sertifikasi laik higiene bagi seluruh satuan pelayanan pemenuhan gizi.',
    paragraphs: [
      'Badan Gizi Nasional (BGN) memperketat standar keamanan pangan di seluruh satuan pelayanan pemenuhan gizi (SPPG) yang melayani program Makan Bergizi Gratis.',
      'Setiap dapur wajib memiliki sertifikat laik higiene sanitasi dan menyimpan sampel makanan selama 48 jam untuk keperluan pemeriksaan. BGN bekerja sama dengan BPOM dan dinas kesehatan dalam pengawasan.',
    ],
    tags: ['gizi', 'mbg'],
    daysAgo: 13,
    readCount: 15_020,
  },
  {
    agencySlug: 'pemkot-surabaya',
    authorEmail: null,
    slug: 'layanan-adminduk-kini-bisa-diurus-di-balai-rw',
    title: 'Layanan Administrasi Kependudukan Kini Bisa Diurus di Balai RW',
    summary: 'Warga Surabaya dapat mengurus KTP, KK, dan akta kelahiran di balai RW tanpa harus datang ke kantor dinas.',
    paragraphs: [
      'Pemerintah Kota Surabaya memperluas layanan administrasi kependudukan hingga ke balai RW. Warga dapat mengurus KTP elektronik, kartu keluarga, dan akta kelahiran tanpa harus datang ke kantor dinas.',
      'Layanan ini didukung petugas kelurahan dan aplikasi Klampid yang terhubung langsung dengan Dinas Kependudukan dan Pencatatan Sipil.',
    ],
    tags: ['pelayanan-publik', 'adminduk'],
    daysAgo: 21,
    readCount: 3_377,
  },
  {
    agencySlug: 'bpjs-kesehatan',
    authorEmail: null,
    slug: 'antrean-online-mobile-jkn-diperluas-ke-seluruh-rumah-sakit',
    title: 'Antrean Online Mobile JKN Diperluas ke Seluruh Rumah Sakit Mitra',
    summary: 'Peserta JKN kini dapat mengambil nomor antrean rumah sakit dari rumah melalui aplikasi Mobile JKN.',
    paragraphs: [
      'BPJS Kesehatan memperluas layanan antrean online melalui aplikasi Mobile JKN ke seluruh rumah sakit mitra. Peserta dapat mengambil nomor antrean dan memantau estimasi waktu pelayanan dari rumah.',
      'Peserta yang mengalami kendala dapat menghubungi BPJS Kesehatan Care Center 165.',
    ],
    tags: ['kesehatan', 'jkn'],
    daysAgo: 15,
    readCount: 6_644,
  },
  {
    agencySlug: 'pemkab-bogor',
    authorEmail: null,
    slug: 'perbaikan-jalan-kabupaten-dikebut-sebelum-akhir-tahun',
    title: 'Perbaikan Jalan Kabupaten Dikebut Sebelum Akhir Tahun',
    summary: 'Pemerintah Kabupaten Bogor menargetkan perbaikan 120 kilometer jalan kabupaten rampung sebelum akhir tahun.',
    paragraphs: [
      'Pemerintah Kabupaten Bogor menargetkan perbaikan 120 kilometer jalan kabupaten rampung sebelum akhir tahun. Prioritas diberikan pada ruas yang menghubungkan sentra ekonomi dan sekolah.',
      'Warga dapat melaporkan jalan rusak melalui kanal pengaduan resmi Pemkab Bogor.',
    ],
    tags: ['infrastruktur', 'jalan'],
    daysAgo: 9,
    readCount: 2_981,
  },
  {
    agencySlug: 'komdigi',
    authorEmail: null,
    slug: 'hoaks-bansos-rp600-ribu-lewat-tautan-pendaftaran',
    title: '[HOAKS] Bansos Rp600 Ribu untuk Semua Pemilik KTP lewat Tautan Pendaftaran',
    summary: 'Beredar pesan berantai tentang bansos Rp600 ribu yang dapat didaftarkan lewat tautan. Informasi tersebut tidak benar.',
    paragraphs: [
      'Beredar pesan berantai di media sosial yang menyebutkan bantuan sosial tunai Rp600 ribu untuk semua pemilik KTP dapat didaftarkan melalui tautan tertentu.',
      'Faktanya, Kementerian Sosial tidak pernah membuka pendaftaran bansos melalui tautan di media sosial. Tautan tersebut berpotensi mencuri data pribadi. Masyarakat diimbau memeriksa informasi melalui kanal resmi.',
    ],
    tags: ['hoaks', 'bansos'],
    daysAgo: 18,
    readCount: 27_310,
  },
];

/** The article body as HTML: paragraphs escaped and wrapped (generated, not user input). */
export function renderDemoArticleBody(article: DemoArticle): string {
  return article.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
}
