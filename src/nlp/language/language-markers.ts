/**
 * Marker words per language, written by the project from its knowledge of the languages and of
 * chat usage. Malay and Indonesian share most vocabulary and the character model saw little
 * Malay; short Javanese and Sundanese posts carry few characters. A few telling words fix both.
 */

/** Common in Malay, rare or different in Indonesian. */
export const MALAY_MARKERS: ReadonlySet<string> = new Set([
  'kerajaan', 'awak', 'nak', 'sekejap', 'mahu', 'kerana', 'sahaja', 'je', 'jer', 'pejabat', 'syarikat',
  'percuma', 'wang', 'duit', 'kereta', 'teksi', 'bas', 'kedai', 'hospital', 'doktor', 'ubat', 'polis',
  'universiti', 'kualiti', 'aktiviti', 'komuniti', 'peratus', 'maklumat', 'makluman', 'maklum', 'mesyuarat',
  'bahawa', 'baharu', 'selepas', 'semalam', 'esok', 'bila', 'sikit', 'betul', 'tahniah', 'syabas', 'berjaya',
  'kenderaan', 'lebuh', 'bandar', 'bandaraya', 'cukai', 'belanjawan', 'sila', 'ramai', 'awam', 'berkuasa',
  'kakitangan', 'kenyataan', 'kadar', 'bilangan', 'mesti', 'hendak', 'hendaklah', 'teruk', 'rosak', 'cakap',
  'tengok', 'faham', 'macam', 'pulak', 'lepas', 'ni', 'tu', 'asyik', 'kongsi', 'telus', 'perniagaan',
  'lesen', 'membazir', 'bertimbun', 'bekalan', 'empangan', 'jambatan', 'sesiapa', 'apa-apa', 'kaunter',
  'aduan', 'perkhidmatan', 'kebangsaan', 'negeri', 'ringgit', 'rm', 'malaysia', 'kuala', 'lumpur',
  'selangor', 'johor', 'sabah', 'sarawak', 'kelantan', 'terengganu', 'perdana', 'dewan', 'parlimen',
  'setiausaha', 'suruhanjaya', 'jabatan', 'pelitup', 'isnin', 'khamis', 'jumaat', 'ahad', 'cemerlang',
  'dirasai', 'dimohon', 'membantah', 'menahan', 'motosikal', 'sembuh', 'kesulitan', 'cekap', 'mesra',
  'nombor', 'berapa', 'sayang', 'kekacauan', 'bertanggungjawab', 'pekerjaan', 'talian', 'alamak',
  'lewat', 'sesak', 'tandas', 'boleh', 'tak', 'dah', 'kena', 'sebab', 'jugak', 'sangat-sangat',
]);

/** Common in Indonesian, rare or different in Malay. */
export const INDONESIAN_MARKERS: ReadonlySet<string> = new Set([
  'gak', 'nggak', 'enggak', 'ga', 'banget', 'bgt', 'udah', 'kok', 'dong', 'sih', 'deh', 'nih', 'aja',
  'kantor', 'mobil', 'uang', 'gratis', 'kapan', 'karena', 'krn', 'bahwa', 'berhasil', 'perusahaan',
  'pajak', 'kemarin', 'besok', 'baru', 'sesudah', 'setelah', 'polisi', 'dokter', 'obat', 'bus', 'toko',
  'kualitas', 'aktivitas', 'universitas', 'komunitas', 'persen', 'informasi', 'pemerintah', 'provinsi',
  'kabupaten', 'kota', 'warga', 'antre', 'antrean', 'puskesmas', 'kelurahan', 'kecamatan', 'camat',
  'lurah', 'bupati', 'walikota', 'wali', 'gubernur', 'min', 'pak', 'bu', 'mbak', 'gimana', 'bikin',
  'cuma', 'bisa', 'saja', 'jalan', 'rusak', 'mohon', 'tolong', 'kalau', 'kayak', 'gue', 'lu', 'loh',
  'dana', 'desa', 'bansos', 'bpjs', 'pdam', 'bbm', 'ktp', 'umkm', 'honorer', 'presiden', 'indonesia',
  'jakarta', 'tol', 'macet', 'hoaks', 'lapor', 'tanggapan', 'ditindaklanjuti', 'sekali', 'terus',
  'diperbaiki', 'padam', 'pemberitahuan', 'ngerti', 'tarif', 'beasiswa', 'sigap', 'ramah', 'membantu',
]);

/** Common in Javanese (ngoko and krama), rare in Indonesian. */
export const JAVANESE_MARKERS: ReadonlySet<string> = new Set([
  'wis', 'uwis', 'durung', 'ora', 'iki', 'iku', 'kuwi', 'karo', 'arep', 'maneh', 'tenan', 'lan', 'ing',
  'saka', 'marang', 'nggih', 'inggih', 'matur', 'nuwun', 'sampun', 'mboten', 'dereng', 'piye', 'kepiye',
  'opo', 'ojo', 'wong', 'padha', 'podo', 'teka', 'esuk', 'sesuk', 'wingi', 'kowe', 'dudu', 'gawean', 'kudu',
  'iso', 'isa', 'suwe', 'omah', 'ngarep', 'mangan', 'ngombe', 'apik', 'elek', 'larang', 'regane', 'lur',
  'cah', 'dalan', 'dalane', 'mlaku', 'nyuwun', 'pangapunten', 'mugi', 'enggal', 'yo', 'blas', 'menyang',
  'neng', 'nang', 'sing', 'ana', 'ono', 'ngerti', 'mbangun', 'lindhu', 'lindhune', 'kutha', 'panganan',
  'antri', 'wiwit', 'kabare', 'bengi', 'gedhe', 'cilik', 'akeh', 'sithik', 'saiki', 'mung', 'banyu',
  'banyune', 'sasi', 'telung', 'loro', 'siji', 'papat', 'nanging', 'amarga', 'sabab', 'uga',
]);

/** Common in Sundanese, rare in Indonesian. */
export const SUNDANESE_MARKERS: ReadonlySet<string> = new Set([
  'teu', 'henteu', 'pisan', 'abdi', 'anjeun', 'ieu', 'éta', 'eta', 'tos', 'parantos', 'sanes', 'sanés',
  'kedah', 'hoyong', 'bade', 'badé', 'mah', 'deui', 'naon', 'kumaha', 'iraha', 'naha', 'saé', 'sae',
  'hatur', 'nuhun', 'punten', 'acan', 'tiasa', 'sumping', 'bumi', 'tuang', 'ngeunah', 'kang', 'teh',
  'jalma', 'isukan', 'ayeuna', 'kamari', 'énjing', 'enjing', 'wengi', 'gancang', 'pareum', 'béja',
  'runtah', 'lami', 'resep', 'payun', 'payuneun', 'rahayat', 'tilu', 'hiji', 'kawijakan', 'padamelan',
  'hariwang', 'sadayana', 'damang', 'mugia', 'ngabantos', 'pulisi', 'nangkep', 'someah', 'tur', 'jeung',
  'sareng', 'kana', 'dina', 'ku', 'keur', 'sok', 'aya', 'nu', 'ka', 'ti', 'atuh', 'euy',
  'pamarentah', 'ngawangun', 'sasak', 'beas', 'cai', 'caina', 'kuring', 'dugi', 'kanggo',
  'sakola', 'ruksak', 'dibenerkeun', 'kalurahan', 'palayanan', 'wae', 'can',
]);

/** Marker words by language. */
export const LANGUAGE_MARKERS = {
  id: INDONESIAN_MARKERS,
  ms: MALAY_MARKERS,
  jv: JAVANESE_MARKERS,
  su: SUNDANESE_MARKERS,
} as const;
