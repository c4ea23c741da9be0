/**
 * The issues planted in the demo conversation: what people talk about, which agencies they
 * address, how they feel, and when the talk bursts. Later stages (issue grouping, spike
 * detection, sentiment) are scored against this truth.
 *
 * Template slots: {agency} an alias of the addressed agency, {handle} its account,
 * {place} a place name, {amount} a rupiah amount, {n} a small number, {day} a weekday.
 */
import type { SentimentLabel } from '../domain/sentiment.js';

export interface Burst {
  /** Day offset from the start of the 30-day window (fractional days allowed). */
  day: number;
  /** Standard deviation of the burst in hours. */
  hours: number;
  /** Share of this issue's mentions that fall in this burst (the rest are spread out). */
  share: number;
  /** The burst's own sentiment mix, when it differs from the issue's. */
  sentiment?: Record<SentimentLabel, number>;
}

export interface PlantedIssue {
  key: string;
  label: string;
  /** Agencies addressed (by slug), with weights. */
  agencies: readonly (readonly [string, number])[];
  /** Share of all issue-related mentions. */
  weight: number;
  sentiment: Record<SentimentLabel, number>;
  bursts: readonly Burst[];
  hashtags: readonly string[];
  posts: Record<SentimentLabel, readonly string[]>;
  headlines: Record<SentimentLabel, readonly string[]>;
}

export const PLANTED_ISSUES: readonly PlantedIssue[] = [
  {
    key: 'bansos',
    label: 'Penyaluran bansos',
    agencies: [['kemensos', 5], ['pemprov-jateng', 1], ['pemprov-jatim', 1], ['pemkab-bogor', 1], ['pemkot-medan', 1]],
    weight: 0.2,
    sentiment: { positive: 0.22, neutral: 0.2, negative: 0.58 },
    bursts: [{ day: 9.5, hours: 20, share: 0.45 }],
    hashtags: ['#bansos', '#BansosTepatSasaran', '#PKH', '#BLT'],
    posts: {
      negative: [
        'bansos di {place} belum cair juga padahal sudah dijanjikan dari bulan lalu, {agency} tolong dicek',
        'kenapa bansos PKH salah sasaran terus sih? tetangga saya yang punya mobil dapat, yang janda tua malah tidak dapat {handle}',
        'sudah {n} kali bolak balik ke kantor desa tapi nama saya tidak ada di DTKS, capek banget {agency}',
        'BLT dipotong {amount} sama oknum di {place}, ini pungli namanya, mohon ditindak {handle}',
        'antrean ambil bansos di {place} dari subuh sampai siang, lansia pada pingsan, kok tidak ada sistem yang lebih manusiawi',
        'data penerima bansos kacau, yang sudah meninggal masih terdaftar, yang butuh tidak terdaftar. {agency} kerja apa',
        'katanya bansos cair hari {day}, sampai sekarang rekening masih kosong. jangan php rakyat kecil {handle}',
      ],
      neutral: [
        'cara cek penerima bansos {agency} lewat aplikasi, siapkan NIK dan nama sesuai KTP',
        'jadwal penyaluran bansos tahap berikutnya di {place} katanya mulai hari {day}, ada yang sudah dapat info?',
        'mau tanya, syarat daftar PKH di {place} apa saja ya? {handle}',
        'penyaluran bansos sembako di {place} dilakukan lewat kantor pos mulai minggu ini',
        'info dari kelurahan: pemutakhiran data DTKS dibuka sampai akhir bulan',
      ],
      positive: [
        'alhamdulillah bansos sudah cair hari ini, terima kasih {agency} 🙏',
        'penyaluran bansos di {place} kali ini rapi dan cepat, petugasnya juga ramah. mantap {handle}',
        'salut sama pendamping PKH di {place} yang datang langsung ke rumah lansia, bansos sampai tepat waktu',
        'bantuan {amount} sangat membantu buat beli beras dan biaya sekolah anak, terima kasih pemerintah',
      ],
    },
    headlines: {
      negative: ['Warga {place} Keluhkan Bansos Belum Cair', 'Dugaan Pungli Penyaluran BLT di {place} Dilaporkan ke Polisi'],
      neutral: ['{agency} Mulai Salurkan Bansos Tahap Keempat', 'Pemutakhiran Data Penerima Bansos Dibuka hingga Akhir Bulan'],
      positive: ['Penyaluran Bansos di {place} Capai 98 Persen', '{agency} Apresiasi Pendamping PKH yang Jemput Bola'],
    },
  },
  {
    key: 'subsidi-bbm',
    label: 'Subsidi BBM dan harga Pertalite',
    agencies: [['kemen-esdm', 5], ['kemenkeu', 2]],
    weight: 0.18,
    sentiment: { positive: 0.1, neutral: 0.25, negative: 0.65 },
    bursts: [{ day: 19, hours: 14, share: 0.6, sentiment: { positive: 0.05, neutral: 0.15, negative: 0.8 } }],
    hashtags: ['#BBMNaik', '#TolakKenaikanBBM', '#Pertalite', '#SubsidiTepatSasaran'],
    posts: {
      negative: [
        'harga pertalite naik lagi, ongkos ojol tidak naik, rakyat kecil makin tercekik {agency}',
        'subsidi BBM dikurangi tapi harga sembako ikut naik semua, kebijakan macam apa ini {handle}',
        'antre pertalite di SPBU {place} sampai {n} jam, stok kosong terus, tolong {agency} jangan diam saja',
        'wajib daftar aplikasi buat beli pertalite itu menyusahkan petani dan nelayan yang tidak punya hp',
        'katanya subsidi tepat sasaran, kenyataannya mobil mewah masih isi pertalite. pengawasannya mana {handle}',
        'BBM naik, gaji tidak naik, cicilan jalan terus. pemerintah tidak peka sama rakyat',
      ],
      neutral: [
        '{agency} umumkan penyesuaian harga BBM bersubsidi berlaku mulai pukul 14.30 WIB',
        'daftar kendaraan yang masih boleh pakai pertalite, cek di situs resmi {agency}',
        'ada yang tahu SPBU di {place} yang stok pertalitenya masih ada?',
        'penjelasan {agency} soal kuota BBM subsidi tahun ini, angkanya sekitar {n} juta kiloliter',
      ],
      positive: [
        'setuju subsidi BBM dialihkan ke bansos dan pendidikan, biar tepat sasaran {handle}',
        'pendaftaran QR code pertalite ternyata gampang, lima menit beres. good job {agency}',
        'SPBU di {place} sekarang lebih tertib sejak pakai QR code, tidak ada lagi pengetap',
      ],
    },
    headlines: {
      negative: ['Antrean Panjang Pertalite di {place} Usai Pengumuman Harga Baru', 'Pengemudi Ojol Protes Kenaikan Harga BBM'],
      neutral: ['{agency} Umumkan Harga Baru BBM Bersubsidi', 'Kuota Pertalite Tahun Ini Ditetapkan'],
      positive: ['Penyaluran BBM Subsidi Lewat QR Code Dinilai Lebih Tepat Sasaran'],
    },
  },
  {
    key: 'ppdb-zonasi',
    label: 'PPDB/SPMB sistem zonasi',
    agencies: [['kemendikdasmen', 3], ['pemprov-jabar', 2], ['pemprov-jatim', 1], ['pemprov-dki-jakarta', 1], ['pemkot-bandung', 1]],
    weight: 0.14,
    sentiment: { positive: 0.12, neutral: 0.3, negative: 0.58 },
    bursts: [{ day: 4.5, hours: 30, share: 0.55 }],
    hashtags: ['#PPDB', '#SPMB', '#Zonasi', '#PPDBJabar'],
    posts: {
      negative: [
        'anak saya tidak diterima di SMP negeri padahal rumah cuma {n} km dari sekolah, zonasi kok begini {handle}',
        'PPDB zonasi banyak titipan dan pindah KK mendadak, yang jujur malah tersingkir. tolong {agency} usut',
        'server PPDB {place} down terus dari pagi, orang tua panik semua, {agency} gimana ini',
        'sistem zonasi bikin anak berprestasi tidak bisa masuk sekolah favorit, tidak adil',
        'manipulasi domisili di PPDB {place} sudah jadi rahasia umum, kapan dibenahi',
      ],
      neutral: [
        'jadwal pendaftaran SPMB jalur domisili di {place} dibuka hari {day}, siapkan KK dan rapor',
        'mau tanya, kuota jalur afirmasi PPDB tahun ini berapa persen ya {handle}?',
        'cara cek jarak rumah ke sekolah di aplikasi PPDB {place}',
        '{agency} membuka posko pengaduan PPDB di setiap dinas pendidikan',
      ],
      positive: [
        'alhamdulillah anak keterima di SMA negeri lewat jalur domisili, prosesnya transparan, terima kasih {agency}',
        'posko pengaduan PPDB {place} responsif, masalah KK anak saya langsung dibantu',
        'sistem SPMB tahun ini lebih rapi daripada tahun lalu, servernya lancar {handle}',
      ],
    },
    headlines: {
      negative: ['Orang Tua Keluhkan Sistem Zonasi PPDB di {place}', 'Dugaan Manipulasi Domisili Warnai PPDB {place}'],
      neutral: ['Pendaftaran SPMB Jalur Domisili di {place} Dibuka', '{agency} Terbitkan Petunjuk Teknis SPMB'],
      positive: ['PPDB {place} Berjalan Lancar, Keluhan Menurun'],
    },
  },
  {
    key: 'vaksin',
    label: 'Imunisasi dan vaksinasi',
    agencies: [['kemenkes', 5], ['pemkot-surabaya', 1], ['pemprov-sulsel', 1], ['pemkot-makassar', 1]],
    weight: 0.1,
    sentiment: { positive: 0.5, neutral: 0.32, negative: 0.18 },
    bursts: [{ day: 13, hours: 36, share: 0.3 }],
    hashtags: ['#ImunisasiLengkap', '#VaksinPolio', '#SehatBersama'],
    posts: {
      positive: [
        'anak sudah imunisasi polio di puskesmas {place}, gratis dan cepat. terima kasih {agency} 💉',
        'salut sama kader posyandu {place} yang keliling rumah ajak imunisasi campak',
        'pekan imunisasi nasional di {place} lancar, antrean tertib, nakesnya sabar banget {handle}',
        'vaksin HPV gratis untuk anak SD itu program yang bagus sekali, semoga terus berlanjut',
      ],
      neutral: [
        'jadwal imunisasi polio tahap kedua di {place} mulai hari {day}, bawa buku KIA',
        '{agency}: cakupan imunisasi dasar lengkap baru sekitar {n}0 persen',
        'tanya dong, vaksin HPV untuk anak kelas 5 SD didaftarkan lewat sekolah atau puskesmas? {handle}',
        'daftar puskesmas di {place} yang melayani imunisasi kejar',
      ],
      negative: [
        'stok vaksin di puskesmas {place} kosong, sudah {n} kali datang disuruh pulang {handle}',
        'anak demam tinggi setelah imunisasi, petugas cuma bilang wajar. tolong {agency} beri penjelasan',
        'hoaks soal vaksin bikin mandul masih banyak beredar di grup WA keluarga, capek jelasinnya',
      ],
    },
    headlines: {
      positive: ['Cakupan Imunisasi Polio di {place} Lampaui Target', '{agency} Apresiasi Kader Posyandu'],
      neutral: ['{agency} Gelar Pekan Imunisasi Nasional', 'Vaksinasi HPV untuk Siswa SD Dimulai'],
      negative: ['Stok Vaksin di Sejumlah Puskesmas {place} Menipis'],
    },
  },
  {
    key: 'banjir',
    label: 'Banjir dan cuaca ekstrem',
    agencies: [['bnpb', 2], ['bmkg', 2], ['pemprov-dki-jakarta', 2], ['pemkot-semarang', 2], ['pemkab-bandung', 2], ['pemkot-samarinda', 1]],
    weight: 0.16,
    sentiment: { positive: 0.18, neutral: 0.37, negative: 0.45 },
    bursts: [
      { day: 23, hours: 10, share: 0.5, sentiment: { positive: 0.12, neutral: 0.33, negative: 0.55 } },
      { day: 26.5, hours: 12, share: 0.15, sentiment: { positive: 0.45, neutral: 0.35, negative: 0.2 } },
    ],
    hashtags: ['#banjir', '#SiagaBencana', '#CuacaEkstrem', '#PeringatanDini'],
    posts: {
      negative: [
        'banjir lagi di {place}, air sudah setinggi pinggang, belum ada bantuan datang {handle}',
        'tiap hujan deras {place} pasti banjir, drainase tidak pernah dibenahi, {agency} ke mana saja',
        'pengungsi banjir di {place} kekurangan selimut dan makanan bayi, tolong segera dikirim',
        'jalan utama {place} terendam, motor mogok semua, tidak ada petugas yang mengatur',
        'peringatan dini datang telat, air sudah masuk rumah baru ada info. {agency} harus evaluasi',
      ],
      neutral: [
        '{agency}: peringatan dini cuaca ekstrem untuk wilayah {place} berlaku hingga malam ini',
        'ketinggian air di {place} saat ini sekitar {n}0 cm, warga diminta waspada',
        'posko pengungsian banjir dibuka di balai desa {place}, yang butuh bantuan bisa ke sana',
        'update: {n} kelurahan di {place} terdampak banjir, data sementara {agency}',
      ],
      positive: [
        'tim SAR gerak cepat evakuasi warga {place} yang terjebak banjir, terima kasih {agency} 🙏',
        'dapur umum di posko {place} sangat membantu, relawan dan petugas luar biasa',
        'air sudah surut di {place}, petugas kebersihan langsung turun. respons {handle} cepat',
      ],
    },
    headlines: {
      negative: ['Banjir Rendam Ribuan Rumah di {place}', 'Warga {place} Kritik Lambatnya Penanganan Banjir'],
      neutral: ['{agency} Keluarkan Peringatan Dini Cuaca Ekstrem', 'Banjir di {place}: {n} Kelurahan Terdampak'],
      positive: ['Banjir di {place} Mulai Surut, Warga Kembali ke Rumah', 'Tim Gabungan Evakuasi Ratusan Warga {place}'],
    },
  },
  {
    key: 'jalan-rusak',
    label: 'Jalan rusak dan berlubang',
    agencies: [['kemenpu', 2], ['pemkab-bogor', 2], ['pemprov-sumut', 2], ['pemkab-bandung', 1], ['pemprov-banten', 1]],
    weight: 0.09,
    sentiment: { positive: 0.12, neutral: 0.18, negative: 0.7 },
    bursts: [],
    hashtags: ['#JalanRusak', '#LaporJalanRusak'],
    posts: {
      negative: [
        'jalan di {place} rusak parah dan berlubang, sudah {n} orang jatuh dari motor minggu ini {handle}',
        'jalan provinsi ke {place} seperti kubangan kerbau, tiap tahun diperbaiki tambal sulam saja',
        'lapor {agency}, lubang besar di jalan raya {place} belum juga ditutup, bahaya kalau malam',
        'pajak kendaraan jalan terus, jalan rusak tidak pernah dibenahi. ke mana uangnya',
      ],
      neutral: [
        'perbaikan jalan di {place} dijadwalkan mulai hari {day}, pengendara diminta cari jalur alternatif',
        '{agency} menerima laporan jalan rusak lewat aplikasi dan kanal LAPOR!',
        'ruas jalan {place} sedang diaspal ulang, ada buka tutup arus',
      ],
      positive: [
        'akhirnya jalan di {place} diperbaiki, mulus sekarang. terima kasih {agency}',
        'laporan jalan berlubang lewat aplikasi langsung ditindaklanjuti dalam {n} hari, keren {handle}',
      ],
    },
    headlines: {
      negative: ['Jalan Rusak di {place} Makan Korban', 'Warga {place} Tanam Pohon Pisang di Jalan Berlubang'],
      neutral: ['{agency} Anggarkan Perbaikan Jalan Provinsi', 'Perbaikan Jalan {place} Dimulai Pekan Ini'],
      positive: ['Jalan Penghubung {place} Rampung Diperbaiki'],
    },
  },
  {
    key: 'layanan-bpjs',
    label: 'Layanan BPJS Kesehatan',
    agencies: [['bpjs-kesehatan', 5], ['kemenkes', 1]],
    weight: 0.06,
    sentiment: { positive: 0.25, neutral: 0.25, negative: 0.5 },
    bursts: [],
    hashtags: ['#BPJSKesehatan', '#JKN'],
    posts: {
      negative: [
        'pakai BPJS di rumah sakit {place} disuruh antre dari subuh, pasien umum langsung dilayani. diskriminasi {handle}',
        'kartu BPJS tiba tiba nonaktif padahal iuran rutin dibayar, tolong {agency} cek',
        'rujukan BPJS ribet sekali, bolak balik puskesmas ke rumah sakit {n} kali',
        'obat untuk pasien BPJS katanya habis, disuruh beli sendiri di apotek luar',
      ],
      neutral: [
        'cara pindah faskes BPJS lewat aplikasi Mobile JKN',
        'iuran BPJS kelas 3 bulan ini berapa ya {handle}?',
        '{agency} membuka layanan pengaduan lewat care center 165',
      ],
      positive: [
        'operasi ayah saya ditanggung penuh BPJS, tidak keluar biaya sama sekali. terima kasih {agency}',
        'layanan Mobile JKN sekarang gampang, antre online jadi tidak perlu datang pagi {handle}',
      ],
    },
    headlines: {
      negative: ['Pasien BPJS di {place} Keluhkan Antrean Panjang'],
      neutral: ['{agency} Perluas Layanan Antrean Online'],
      positive: ['Kepuasan Peserta JKN Meningkat'],
    },
  },
  {
    key: 'makan-bergizi-gratis',
    label: 'Makan Bergizi Gratis (MBG)',
    agencies: [['bgn', 4], ['bpom', 1], ['pemprov-jabar', 1], ['pemkot-yogyakarta', 1]],
    weight: 0.07,
    sentiment: { positive: 0.45, neutral: 0.3, negative: 0.25 },
    bursts: [{ day: 15, hours: 9, share: 0.45, sentiment: { positive: 0.1, neutral: 0.3, negative: 0.6 } }],
    hashtags: ['#MakanBergiziGratis', '#MBG'],
    posts: {
      positive: [
        'anak saya senang sekali dapat makan bergizi gratis di sekolah, menunya ada ayam dan sayur. terima kasih {agency}',
        'program MBG di {place} berjalan baik, dapurnya bersih dan anak anak lahap makan',
        'MBG membantu sekali buat keluarga kami, uang jajan bisa ditabung {handle}',
      ],
      neutral: [
        'menu makan bergizi gratis hari ini di {place}: nasi, ikan, sayur bayam, dan buah',
        '{agency}: jumlah penerima MBG bertambah menjadi {n} juta siswa',
        'mau tanya, sekolah swasta di {place} juga dapat MBG tidak ya {handle}?',
      ],
      negative: [
        'puluhan siswa di {place} keracunan setelah makan MBG, tolong {agency} dan BPOM usut tuntas',
        'menu MBG di sekolah anak saya basi dan berbau, bagaimana pengawasannya {handle}',
        'dapur MBG di {place} belum bayar pemasok berbulan bulan, kasihan pedagang kecil',
      ],
    },
    headlines: {
      negative: ['Puluhan Siswa di {place} Diduga Keracunan Menu MBG', '{agency} Investigasi Kasus Keracunan Makanan di Sekolah'],
      neutral: ['Penerima Makan Bergizi Gratis Bertambah', '{agency} Tambah Satuan Pelayanan di {place}'],
      positive: ['Program MBG di {place} Dinilai Tingkatkan Kehadiran Siswa'],
    },
  },
];

/** Everyday talk about government services that belongs to no planted issue. */
export const BACKGROUND_POSTS: Record<SentimentLabel, readonly string[]> = {
  positive: [
    'pelayanan di mal pelayanan publik {place} cepat sekali, bikin paspor cuma sejam',
    'terima kasih {agency} sudah memperbaiki lampu jalan di kampung kami',
    'bikin KTP elektronik di disdukcapil {place} sekarang sehari jadi, mantap',
    'taman kota {place} makin bersih dan nyaman buat anak anak main',
    'petugas kelurahan ramah dan membantu, urusan surat pindah beres cepat',
    'program pelatihan UMKM dari {agency} bermanfaat sekali, omzet saya naik',
  ],
  neutral: [
    'jam layanan kantor kecamatan {place} selama libur nasional ada yang tahu?',
    'rapat koordinasi {agency} dengan pemerintah daerah digelar hari {day}',
    'besok ada car free day di {place} atau tidak ya?',
    'pengumuman: layanan samsat keliling hadir di {place} hari {day}',
    'cara lapor lewat LAPOR! itu bagaimana ya, perlu akun dulu?',
    '{agency} merilis data statistik terbaru di situs resminya',
  ],
  negative: [
    'urus izin usaha di {place} dipingpong ke sana kemari, katanya sudah online tapi tetap harus datang',
    'lampu lalu lintas di perempatan {place} mati sudah seminggu, belum diperbaiki {handle}',
    'sampah menumpuk di pinggir jalan {place}, bau sekali, petugas tidak datang {n} hari',
    'website {agency} error terus, mau daftar layanan tidak bisa',
    'pungutan liar di pasar {place} masih ada, tolong ditertibkan',
    'parkir liar di {place} bikin macet, dishub ke mana',
  ],
};

/**
 * Posts in other languages of the audience, for language identification. Each names the
 * planted issue it belongs to (or null for everyday talk).
 */
export type OtherLanguagePost = readonly [text: string, issueKey: string | null];

export const OTHER_LANGUAGE_POSTS: Record<'en' | 'jv' | 'su', Record<SentimentLabel, readonly OtherLanguagePost[]>> = {
  en: {
    positive: [
      ['Great job by {agency} on the flood response in {place}, the rescue teams were fast', 'banjir'],
      ['The new online public service portal is really easy to use, well done {handle}', null],
      ['My kids love the free school meals, thank you {agency}', 'makan-bergizi-gratis'],
    ],
    neutral: [
      ['{agency} announced a new fuel price policy today, details on their website', 'subsidi-bbm'],
      ['Does anyone know when the school registration in {place} opens?', 'ppdb-zonasi'],
      ['Polio vaccination week starts on {day} at every community health centre', 'vaksin'],
    ],
    negative: [
      ['Still no aid in {place} three days after the flood, this is unacceptable {handle}', 'banjir'],
      ['The roads in {place} are full of potholes and nobody fixes them', 'jalan-rusak'],
      ['Fuel prices up again while wages stay the same, who is this policy for?', 'subsidi-bbm'],
    ],
  },
  jv: {
    positive: [
      ['matur nuwun {agency}, bansos e wis cair, saged kangge tuku beras', 'bansos'],
      ['dalane ing {place} saiki wis apik, ora bolong maneh', 'jalan-rusak'],
      ['anakku seneng banget oleh maem gratis ning sekolah', 'makan-bergizi-gratis'],
    ],
    neutral: [
      ['sesuk pendaftaran sekolah ing {place} dibukak jam pira ya?', 'ppdb-zonasi'],
      ['ana kabar saka kelurahan babagan bansos tahap sabanjure', 'bansos'],
      ['jadwal imunisasi ning puskesmas {place} dina {day}', 'vaksin'],
    ],
    negative: [
      ['banjir maneh ing {place}, omahku kebanjiran nganti dhengkul, durung ana bantuan', 'banjir'],
      ['rega bensin munggah terus, rakyat cilik tambah susah', 'subsidi-bbm'],
      ['dalan ning {place} rusak parah, wis suwe ora didandani', 'jalan-rusak'],
    ],
  },
  su: {
    positive: [
      ['hatur nuhun {agency}, bantosanana atos dugi, kacida ngabantosna', 'bansos'],
      ['jalan di {place} ayeuna parantos saé, teu aya nu bolong deui', 'jalan-rusak'],
      ['barudak resep pisan dahar gratis di sakola', 'makan-bergizi-gratis'],
    ],
    neutral: [
      ['iraha pendaftaran sakola di {place} dibuka? aya nu terang?', 'ppdb-zonasi'],
      ['aya béja ti kelurahan ngeunaan bansos tahap salajengna', 'bansos'],
      ['jadwal imunisasi di puskesmas {place} dinten {day}', 'vaksin'],
    ],
    negative: [
      ['banjir deui di {place}, bumi abdi kakeueum, can aya bantosan', 'banjir'],
      ['harga béngsin naék deui, rahayat leutik beuki hésé', 'subsidi-bbm'],
      ['jalan di {place} ruksak parah, tos lami teu dibenerkeun', 'jalan-rusak'],
    ],
  },
};
