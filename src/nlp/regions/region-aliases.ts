/**
 * Hand-written region aliases the official list lacks: province abbreviations used in news and
 * posts, popular city names, and bare names that are also common words.
 */

/** Alias → province code. */
export const PROVINCE_ALIASES: Readonly<Record<string, string>> = {
  nad: '11', sumut: '12', sumbar: '13', sumsel: '16', babel: '19', 'bangka belitung': '19', kepri: '21',
  dki: '31', jakarta: '31', 'dki jakarta': '31', jabar: '32', jateng: '33', diy: '34', jogja: '34',
  jogjakarta: '34', yogya: '34', yogyakarta: '34', 'di yogyakarta': '34', jatim: '35', ntb: '52', ntt: '53',
  kalbar: '61', kalteng: '62', kalsel: '63', kaltim: '64', kaltara: '65', sulut: '71', sulteng: '72',
  sulsel: '73', sultra: '74', sulbar: '76', malut: '82', pabar: '92', 'papua barat daya': '96',
};

/** Alias → regency/city code (names people use instead of the official one). */
export const REGENCY_ALIASES: Readonly<Record<string, string>> = {
  solo: '33.72', jaksel: '31.74', jakut: '31.72', jakbar: '31.73', jaktim: '31.75', jakpus: '31.71',
  bandar: '18.71', 'kota bandar lampung': '18.71', makasar: '73.71', 'kota makasar': '73.71',
};

/**
 * Bare names that are also everyday words ("malang" unlucky, "batu" stone, "padang" field,
 * "serang" attack, "palu" hammer). Without "Kota"/"Kabupaten"/"Pemkot"… they count only when
 * written with a capital letter in mixed-case text.
 */
export const COMMON_WORD_NAMES: ReadonlySet<string> = new Set([
  'batang', 'pati', 'malang', 'serang', 'padang', 'palu', 'metro', 'batu', 'karo', 'landak', 'buru',
  'puncak', 'bone', 'tegal', 'kuningan', 'banjar', 'ende', 'malaka', 'toba', 'lebak', 'kapuas', 'paser',
  'kudus', 'medan', 'lahat', 'ketapang', 'bungo', 'agam', 'bima', 'seribu', 'bandar', 'solok', 'asahan',
  'sigi', 'muna', 'alor', 'belu', 'kendal', 'tuban', 'barru', 'siak', 'nias', 'lingga', 'dompu', 'sikka',
]);

/** Words that must never be read as a region on their own (islands, directions). */
export const NOT_REGIONS: ReadonlySet<string> = new Set(['jawa', 'sumatera', 'sumatra', 'kalimantan', 'sulawesi', 'nusa', 'lombok', 'flores', 'timor', 'seram', 'halmahera']);

/**
 * Words that, right after a sentence-initial everyday-word name, show the everyday reading: "Batu
 * besar…", "Medan perang…", "Padang rumput…", "Malang sekali…". At a sentence start the capital
 * says nothing, so only the next word can tell. Written by the project.
 */
export const EVERYDAY_READING_AFTER: ReadonlySet<string> = new Set([
  'besar', 'kecil', 'berat', 'ringan', 'sulit', 'terjal', 'licin', 'keras', 'tajam', 'runcing',
  'sekali', 'nian', 'benar', 'betul', 'amat', 'banget', 'bgt', 'nasib', 'nasibnya',
  'perang', 'tempur', 'laga', 'magnet', 'listrik', 'juang', 'rumput', 'pasir', 'ilalang', 'gurun',
  'balik', 'hakim', 'godam', 'singkong', 'jagung', 'kanji', 'kerikil', 'kali', 'bata', 'akik',
  'nisan', 'sandungan', 'loncatan', 'giok', 'apung', 'permata', 'es',
]);

/** Words before an everyday-word name that show the everyday reading anywhere: "Roh Kudus", "nasib Malang". */
export const EVERYDAY_READING_BEFORE: ReadonlySet<string> = new Set(['roh', 'nasib', 'sungguh', 'sangat', 'amat', 'begitu', 'terlalu']);
