/**
 * The issues the demo agencies track, with the keywords an analyst would set up for them
 * (words, phrases and '#tags'). The pipeline assigns mentions to issues with these; how well
 * that matches the generator's planted issues is measured, not assumed.
 */
export interface DemoTrackedIssue {
  key: string;
  label: string;
  keywords: readonly string[];
}

export const DEMO_TRACKED_ISSUES: readonly DemoTrackedIssue[] = [
  { key: 'bansos', label: 'Penyaluran bansos', keywords: ['bansos', 'pkh', 'blt', 'dtks', 'bantuan sosial', 'sembako', 'penerima bantuan', '#bansoscair', '#infobansos', '#bansostepatsasaran'] },
  { key: 'subsidi-bbm', label: 'Subsidi BBM dan harga Pertalite', keywords: ['bbm', 'pertalite', 'solar', 'spbu', 'pertamina', 'harga bensin', '#bbmnaik', '#tolakkenaikanbbm', '#subsiditepatsasaran'] },
  { key: 'ppdb-zonasi', label: 'PPDB/SPMB sistem zonasi', keywords: ['ppdb', 'spmb', 'zonasi', 'penerimaan peserta didik', 'sekolah negeri', '#ppdbcurang', '#evaluasizonasi'] },
  { key: 'vaksin', label: 'Imunisasi dan vaksinasi', keywords: ['vaksin', 'vaksinasi', 'imunisasi', 'polio', 'campak', 'posyandu', '#tolakvaksin', '#imunisasilengkap'] },
  { key: 'banjir', label: 'Banjir dan cuaca ekstrem', keywords: ['banjir', 'genangan', 'longsor', 'cuaca ekstrem', 'peringatan dini', 'pompa air', 'normalisasi sungai', '#jakartabanjir', '#siagabencana'] },
  { key: 'jalan-rusak', label: 'Jalan rusak dan berlubang', keywords: ['jalan rusak', 'jalan berlubang', 'lubang', 'aspal', 'perbaikan jalan', '#jalanrusak', '#laporjalanrusak'] },
  { key: 'layanan-bpjs', label: 'Layanan BPJS Kesehatan', keywords: ['bpjs', 'jkn', 'faskes', 'kartu bpjs', 'iuran', '#bpjskesehatan'] },
  { key: 'makan-bergizi-gratis', label: 'Makan Bergizi Gratis (MBG)', keywords: ['mbg', 'makan bergizi', 'makan siang gratis', 'menu mbg', 'dapur mbg', '#makanbergizigratis', '#mbgsukses'] },
];
