/**
 * Informal Indonesian written by the project: abbreviations, chat spellings, common English
 * code-mixing, emoji and emoticons, each mapped to the standard form the sentiment training
 * text (SmSA, already normalised) uses. Written from our own knowledge of the language and
 * checked against the SmSA vocabulary; no public slang dictionary was copied.
 */

/** Informal spelling → standard form (may be several words). */
export const INFORMAL_WORDS: Readonly<Record<string, string>> = {
  // Negation: the most important rows for sentiment.
  gak: 'tidak', ga: 'tidak', gk: 'tidak', g: 'tidak', ngga: 'tidak', nggak: 'tidak', ngak: 'tidak',
  nggk: 'tidak', engga: 'tidak', enggak: 'tidak', kagak: 'tidak', ndak: 'tidak', nda: 'tidak',
  gaada: 'tidak ada', gada: 'tidak ada', tdk: 'tidak', tak: 'tidak', ngk: 'tidak', gakk: 'tidak',
  gpp: 'tidak apa-apa', gapapa: 'tidak apa-apa', gapp: 'tidak apa-apa', bkn: 'bukan', bukn: 'bukan',
  blm: 'belum', blom: 'belum', belom: 'belum', jgn: 'jangan', jngn: 'jangan', gausah: 'tidak usah',
  // Function words.
  yg: 'yang', yng: 'yang', dgn: 'dengan', dg: 'dengan', dng: 'dengan', sdh: 'sudah', udh: 'sudah',
  udah: 'sudah', dah: 'sudah', sudh: 'sudah', krn: 'karena', karna: 'karena', krna: 'karena',
  tp: 'tapi', tpi: 'tapi', jg: 'juga', jga: 'juga', aja: 'saja', aj: 'saja', sj: 'saja', bs: 'bisa',
  bsa: 'bisa', trs: 'terus', trus: 'terus', dr: 'dari', dri: 'dari', utk: 'untuk', untk: 'untuk',
  tuk: 'untuk', jd: 'jadi', jdi: 'jadi', lg: 'lagi', lgi: 'lagi', sm: 'sama', klo: 'kalau',
  kalo: 'kalau', kl: 'kalau', klu: 'kalau', pd: 'pada', sbg: 'sebagai', spt: 'seperti',
  sprti: 'seperti', kyk: 'kayak', kyak: 'kayak', tsb: 'tersebut', kpd: 'kepada', ttg: 'tentang',
  sblm: 'sebelum', stlh: 'setelah', dll: 'dan lain-lain', dsb: 'dan sebagainya', gmn: 'bagaimana',
  gimana: 'bagaimana', gmna: 'bagaimana', knp: 'kenapa', knapa: 'kenapa', emg: 'memang',
  emang: 'memang', emng: 'memang', mmg: 'memang', msh: 'masih', masi: 'masih', hrs: 'harus',
  hrus: 'harus', cm: 'cuma', cuman: 'cuma', doang: 'saja', sy: 'saya', sya: 'saya',
  aq: 'aku', gw: 'gue', gua: 'gue', lo: 'lu', loe: 'lu', elo: 'lu', tau: 'tahu', liat: 'lihat',
  pake: 'pakai', sampe: 'sampai', ampe: 'sampai', bener: 'benar', bnr: 'benar', blg: 'bilang',
  org: 'orang', orng: 'orang', tmn: 'teman', temen: 'teman', bnyk: 'banyak', byk: 'banyak',
  sgt: 'sangat', sngt: 'sangat', bgt: 'banget', bngt: 'banget', bgd: 'banget', bget: 'banget',
  skrg: 'sekarang', skrng: 'sekarang', skr: 'sekarang', dpt: 'dapat', dapet: 'dapat', smua: 'semua',
  smw: 'semua', kmrn: 'kemarin', kemaren: 'kemarin', bsk: 'besok', bln: 'bulan', thn: 'tahun',
  hr: 'hari', tgl: 'tanggal', mksd: 'maksud', byr: 'bayar', hrg: 'harga', tlg: 'tolong',
  bkin: 'bikin', mo: 'mau', pengen: 'ingin', pgn: 'ingin', pingin: 'ingin',
  lbh: 'lebih', krg: 'kurang', udahlah: 'sudahlah', gitu: 'begitu', gt: 'begitu',
  gini: 'begini', dmn: 'di mana', dimana: 'di mana', kmn: 'ke mana', kemana: 'ke mana', ama: 'sama',
  ok: 'oke', okay: 'oke', okey: 'oke', oce: 'oke', mantul: 'mantap', mantab: 'mantap', mantep: 'mantap',
  bgs: 'bagus', jlk: 'jelek', ancur: 'hancur', cape: 'capek', males: 'malas',
  seneng: 'senang', sneng: 'senang', nyesel: 'menyesal',
  makasih: 'terima kasih', makasi: 'terima kasih', mksh: 'terima kasih', trims: 'terima kasih',
  trimakasih: 'terima kasih', terimakasih: 'terima kasih', tks: 'terima kasih', tq: 'terima kasih',
  gub: 'gubernur',
  // Common English in Indonesian posts.
  good: 'bagus', nice: 'bagus', bad: 'buruk', worst: 'terburuk', best: 'terbaik', love: 'cinta',
  like: 'suka', hate: 'benci', slow: 'lambat', fast: 'cepat', disappointed: 'kecewa',
  disappointing: 'mengecewakan', happy: 'senang', sad: 'sedih', angry: 'marah', thanks: 'terima kasih',
  thank: 'terima kasih', thx: 'terima kasih', please: 'tolong', pls: 'tolong', plis: 'tolong',
  sorry: 'maaf', sori: 'maaf', cheap: 'murah', expensive: 'mahal', delicious: 'enak', yummy: 'enak',
  friendly: 'ramah', clean: 'bersih', dirty: 'kotor', boring: 'membosankan', bored: 'bosan',
  great: 'hebat', amazing: 'luar biasa', awesome: 'keren', cool: 'keren', very: 'sangat',
  recommend: 'rekomendasi', recomended: 'recommended', recommended: 'recommended', problem: 'masalah',
  fix: 'perbaiki', lemot: 'lambat', lelet: 'lambat', lola: 'lambat',
};

/** Emoji and emoticons → a word the sentiment model learned, so their signal is not lost. */
export const SIGNAL_WORDS: Readonly<Record<string, string>> = {
  '😍': 'suka', '🥰': 'suka', '😘': 'suka', '❤️': 'suka', '❤': 'suka', '♥️': 'suka', '💕': 'suka',
  '💖': 'suka', '💗': 'suka', '😻': 'suka', '<3': 'suka',
  '👍': 'bagus', '👍🏻': 'bagus', '👍🏼': 'bagus', '👍🏽': 'bagus', '👏': 'bagus', '👏🏻': 'bagus',
  '💯': 'bagus', '🔥': 'keren', '✨': 'bagus', '🎉': 'senang', '🙏': 'terima kasih',
  '🙏🏻': 'terima kasih', '🙏🏼': 'terima kasih', '🙏🏽': 'terima kasih',
  '😊': 'senang', '☺️': 'senang', '☺': 'senang', '😁': 'senang', '😀': 'senang', '😃': 'senang',
  '😄': 'senang', '🤗': 'senang', '🥳': 'senang', '😇': 'senang', '🤩': 'keren',
  ':)': 'senang', ':-)': 'senang', '=)': 'senang', ':d': 'senang', ':-d': 'senang', '^_^': 'senang',
  ';)': 'senang', ':p': 'haha',
  '😂': 'haha', '🤣': 'haha', 'xd': 'haha', '😆': 'haha', '😅': 'haha',
  '😡': 'kesal', '😠': 'kesal', '🤬': 'kesal', '😤': 'kesal', '😒': 'kesal', '🙄': 'kesal',
  '-_-': 'kesal', '👎': 'jelek', '👎🏻': 'jelek', '🤮': 'jijik', '🤢': 'jijik', '💩': 'jelek',
  '😭': 'sedih', '😢': 'sedih', '😥': 'sedih', '😞': 'kecewa', '😔': 'sedih', '💔': 'kecewa',
  '😩': 'kecewa', '😫': 'capek', ':(': 'sedih', ':-(': 'sedih', ":'(": 'sedih', 't_t': 'sedih',
  '=(': 'sedih',
};

/**
 * Words ending in "nya" that are whole words, not stem + clitic (SmSA keeps them joined),
 * so the clitic splitter must leave them alone.
 */
export const WHOLE_NYA_WORDS: ReadonlySet<string> = new Set([
  'hanya', 'punya', 'tanya', 'bertanya', 'ditanya', 'menanya', 'nyonya', 'rasanya', 'akhirnya',
  'sebenarnya', 'biasanya', 'sepertinya', 'sebaiknya', 'sebelumnya', 'tentunya', 'seharusnya',
  'selanjutnya', 'sebetulnya', 'rupanya', 'tadinya', 'satu-satunya', 'layaknya', 'selebihnya',
  'seadanya', 'nantinya', 'sebaliknya', 'misalnya', 'tampaknya', 'sesungguhnya', 'nampaknya',
  'makanya', 'selamanya', 'setidaknya', 'secepatnya', 'lainnya', 'semuanya', 'kalinya', 'baiknya',
  'senyatanya', 'penyanyi', 'menyanyi', 'bernyanyi', 'nyanyi', 'sanya', 'karunia',
]);

/** Idioms rewritten before anything else: their words mislead a bag-of-words model. */
export const IDIOMS: ReadonlyArray<readonly [readonly string[], readonly string[]]> = [
  // "bukan main bagusnya" means "extremely good", not a negation.
  [['bukan', 'main'], ['sangat']],
  [['tidak', 'main-main'], ['sangat']],
  [['luar', 'biasa'], ['luar', 'biasa']],
];
