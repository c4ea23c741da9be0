/**
 * Synthetic accounts for the demo: citizens (most posts), influencers, news outlets, the
 * agencies' own accounts and the young low-follower accounts of amplification campaigns.
 * Every account is derived from its index, so the same index is always the same account.
 */
import type { AuthorType } from '../domain/mention.js';
import { Random } from './random.js';

const FIRST = ['budi', 'siti', 'agus', 'dewi', 'rudi', 'sri', 'andi', 'putri', 'eko', 'rina', 'joko', 'ayu', 'dimas', 'nur', 'fajar', 'wulan', 'bayu', 'indah', 'hendra', 'lestari', 'yusuf', 'mega', 'rizky', 'tika', 'arif', 'nanda', 'irfan', 'fitri', 'dedi', 'yanti', 'asep', 'ujang', 'made', 'ketut', 'wayan', 'komang', 'daeng', 'ucok', 'butet', 'mak', 'pak', 'bu'];
const LAST = ['santoso', 'wijaya', 'saputra', 'lestari', 'pratama', 'hidayat', 'kurniawan', 'rahayu', 'setiawan', 'siregar', 'nasution', 'simanjuntak', 'sulistyo', 'purnomo', 'gunawan', 'susanti', 'hakim', 'ramadhan', 'permana', 'sihombing', 'pangaribuan', 'wibowo', 'utami', 'anggraini'];
const NICK = ['warga', 'kang', 'cak', 'mas', 'mbak', 'teteh', 'abang', 'uda', 'bli', 'om', 'tante', 'emak', 'si'];
const CAMPAIGN_WORDS = ['suara_rakyat', 'nkri', 'relawan', 'pejuang', 'garuda', 'rakyat_jelata', 'anak_bangsa', 'pecinta_negeri', 'netizen', 'akun'];

export interface DemoAccount {
  handle: string;
  name: string;
  followers: number;
  type: AuthorType;
}

export const NEWS_OUTLETS: readonly { handle: string; name: string; domain: string; followers: number }[] = [
  { handle: 'detikcom', name: 'detikcom', domain: 'news.detik.com', followers: 19_800_000 },
  { handle: 'kompascom', name: 'Kompas.com', domain: 'www.kompas.com', followers: 9_100_000 },
  { handle: 'tribunnews', name: 'Tribunnews.com', domain: 'www.tribunnews.com', followers: 6_300_000 },
  { handle: 'liputan6dotcom', name: 'Liputan6.com', domain: 'www.liputan6.com', followers: 4_900_000 },
  { handle: 'antaranews', name: 'ANTARA News', domain: 'www.antaranews.com', followers: 2_700_000 },
  { handle: 'tempodotco', name: 'Tempo.co', domain: 'www.tempo.co', followers: 3_800_000 },
  { handle: 'CNNIndonesia', name: 'CNN Indonesia', domain: 'www.cnnindonesia.com', followers: 7_200_000 },
  { handle: 'republikaonline', name: 'Republika Online', domain: 'news.republika.co.id', followers: 1_900_000 },
  { handle: 'pikiranrakyat', name: 'Pikiran Rakyat', domain: 'www.pikiran-rakyat.com', followers: 900_000 },
  { handle: 'jawapos', name: 'Jawa Pos', domain: 'www.jawapos.com', followers: 1_400_000 },
];

/** A citizen or influencer account: roughly 1% have a large following. */
export function citizenAccount(index: number): DemoAccount {
  const r = new Random(`citizen:${index}`);
  const style = r.int(0, 3);
  const first = r.pick(FIRST);
  const last = r.pick(LAST);
  const handle =
    style === 0 ? `${first}_${last}${r.int(1, 99)}` : style === 1 ? `${r.pick(NICK)}${first}${r.int(70, 2005)}` : style === 2 ? `${first}.${last}` : `${first}${last}_${r.int(1, 9)}`;
  const name = `${capitalize(first)} ${capitalize(last)}`;
  let followers = Math.round(Math.min(r.pareto(35, 1.05), 4_000_000));
  let type: AuthorType = 'citizen';
  if (r.chance(0.01)) {
    followers = Math.round(Math.min(followers * 200 + r.pareto(50_000, 1.2), 12_000_000));
  }
  if (followers >= 100_000) type = 'influencer';
  return { handle: `${handle}_${index.toString(36)}`, name, followers, type };
}

/** A campaign ("buzzer") account: young, few followers, formulaic handle. */
export function campaignAccount(index: number): DemoAccount {
  const r = new Random(`campaign-account:${index}`);
  const word = r.pick(CAMPAIGN_WORDS);
  return {
    handle: `${word}${r.int(100, 99_999)}_${index.toString(36)}`,
    name: `${capitalize(word.replace(/_/g, ' '))} ${r.int(1, 999)}`,
    followers: Math.round(Math.min(r.pareto(12, 1.6), 3_000)),
    type: 'citizen',
  };
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
