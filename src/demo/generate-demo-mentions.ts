/**
 * The demo's public conversation: N mentions over 30 days across X, Facebook, Instagram,
 * TikTok, YouTube, online news and portal comments, each with the truth it was written from
 * (issue, campaign, agency, region, sentiment, language, planted personal data).
 *
 * Deterministic: item i depends only on (seed, count, end, i), so a seed interrupted at item
 * k resumes at k and produces exactly what an uninterrupted run would have.
 */
import type { PiiCounts, PiiType } from '../domain/personal-data.js';
import type { Platform, RawMention } from '../domain/mention.js';
import type { SentimentLabel } from '../domain/sentiment.js';
import { INFORMALITY, colloquialize } from './colloquialize.js';
import { PLANTED_CAMPAIGNS, type PlantedCampaign } from './demo-campaigns.js';
import { DEMO_AGENCIES, findDemoAgency, type DemoAgency, type Place } from './demo-agencies.js';
import { BACKGROUND_POSTS, OTHER_LANGUAGE_POSTS, PLANTED_ISSUES, type PlantedIssue } from './demo-issues.js';
import { NEWS_OUTLETS, campaignAccount, citizenAccount, type DemoAccount } from './demo-people.js';
import { Random } from './random.js';

export interface DemoTruth {
  kind: 'issue' | 'background' | 'campaign';
  issueKey: string | null;
  campaignId: string | null;
  agencyCode: string | null;
  regionCode: string | null;
  sentiment: SentimentLabel;
  language: 'id' | 'en' | 'jv' | 'su';
  pii: PiiCounts;
}

export interface DemoMention {
  index: number;
  item: RawMention;
  truth: DemoTruth;
}

export interface DemoMentionOptions {
  count: number;
  /** End of the window (exclusive); the window is `days` long before it. */
  end: Date;
  days?: number;
  seed?: number | string;
}

export const DEFAULT_DEMO_SEED = 2026;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const PLATFORM_WEIGHTS: readonly (readonly [Platform, number])[] = [
  ['x', 34],
  ['facebook', 20],
  ['instagram', 14],
  ['tiktok', 12],
  ['youtube', 6],
  ['news', 10],
  ['portal', 4],
];
const SOCIAL_PLATFORMS: readonly Platform[] = ['x', 'facebook', 'instagram', 'tiktok'];

/** Posting activity by hour of day in WIB: mornings, lunch and evenings are busy. */
const HOURLY_WEIGHT_WIB = [2, 1, 1, 1, 2, 4, 7, 9, 9, 8, 7, 8, 9, 8, 7, 7, 7, 8, 9, 10, 10, 9, 7, 4];
const WEEKDAYS = ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'];
const NO_PLACE = ['daerah kami', 'kampung saya', 'sini', 'tempat kami'];
const REGIONAL_AGENCIES = DEMO_AGENCIES.filter((a) => a.places && a.places.length > 0);
const BACKGROUND_SHARE = 0.33;

/** Which category each index belongs to: 0 background, 1..n issue, 1000+c campaign. */
interface Plan {
  categories: Uint16Array;
}

const planCache = new Map<string, Plan>();

function getPlan(count: number, seed: number | string): Plan {
  const key = `${seed}:${count}`;
  const cached = planCache.get(key);
  if (cached) return cached;
  const r = new Random(`plan:${key}`);
  const categories = new Uint16Array(count);
  const campaignSizes = PLANTED_CAMPAIGNS.map((c) => Math.max(count >= 1000 ? 5 : 0, Math.round((c.sizePer100k * count) / 100_000)));
  let cursor = 0;
  campaignSizes.forEach((size, c) => {
    for (let k = 0; k < size && cursor < count; k++) categories[cursor++] = 1000 + c;
  });
  const background = Math.round(count * BACKGROUND_SHARE);
  for (let k = 0; k < background && cursor < count; k++) categories[cursor++] = 0;
  const totalWeight = PLANTED_ISSUES.reduce((sum, issue) => sum + issue.weight, 0);
  const remaining = count - cursor;
  PLANTED_ISSUES.forEach((issue, n) => {
    const size = n === PLANTED_ISSUES.length - 1 ? count - cursor : Math.round((remaining * issue.weight) / totalWeight);
    for (let k = 0; k < size && cursor < count; k++) categories[cursor++] = n + 1;
  });
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(r.next() * (i + 1));
    const tmp = categories[i]!;
    categories[i] = categories[j]!;
    categories[j] = tmp;
  }
  const plan = { categories };
  planCache.set(key, plan);
  return plan;
}

/** Yields demo mentions from index `from` (default 0) to `count - 1`. */
export function* generateDemoMentions(options: DemoMentionOptions, from = 0): Generator<DemoMention> {
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const days = options.days ?? 30;
  const plan = getPlan(options.count, seed);
  const start = options.end.getTime() - days * DAY;
  for (let i = from; i < options.count; i++) {
    yield generateOne(i, plan, { seed, start, days, count: options.count });
  }
}

interface Context {
  seed: number | string;
  start: number;
  days: number;
  count: number;
}

function generateOne(index: number, plan: Plan, ctx: Context): DemoMention {
  const r = new Random(`${ctx.seed}:${ctx.count}:${index}`);
  const category = plan.categories[index]!;
  if (category >= 1000) {
    const campaign = PLANTED_CAMPAIGNS[category - 1000]!;
    return generateCampaignPost(index, campaign, r, ctx);
  }
  const platform = r.weighted(PLATFORM_WEIGHTS);
  // News reports are about issues; a background slot that lands on news reports one.
  const issue = category !== 0 ? PLANTED_ISSUES[category - 1]! : platform === 'news' ? r.pick(PLANTED_ISSUES) : null;
  const time = issue ? issueTime(issue, r, ctx) : baseTime(r, ctx);
  const sentiment = pickSentiment(issue, time, r, ctx);
  const agency = issue ? findDemoAgency(r.weighted(issue.agencies)) : r.chance(0.6) ? r.pick(DEMO_AGENCIES) : null;
  const place = pickPlace(agency, platform === 'news', r);
  const slots = makeSlots(agency, place, r);

  let language: DemoTruth['language'] = 'id';
  let issueKey = issue?.key ?? null;
  let text: string;
  let title: string | null = null;
  let account: DemoAccount;
  if (platform === 'news') {
    const outlet = r.pick(NEWS_OUTLETS);
    account = { handle: outlet.handle, name: outlet.name, followers: outlet.followers, type: 'media' };
    const headline = fill(r.pick(issue!.headlines[sentiment]), slots, r);
    title = headline;
    text = `${headline}. ${fill(r.pick(NEWS_LEADS[sentiment]), slots, r)}`;
  } else {
    account = citizenAccount(Math.floor(Math.pow(r.next(), 1.6) * Math.max(2000, ctx.count / 4)));
    const other = platform !== 'portal' ? r.weighted([['id', 940], ['en', 30], ['jv', 17], ['su', 13]] as const) : 'id';
    if (other !== 'id') {
      language = other;
      const [template, otherIssue] = r.pick(OTHER_LANGUAGE_POSTS[other][sentiment]);
      issueKey = otherIssue;
      text = fill(template, slots, r);
    } else {
      const template = r.pick(issue ? issue.posts[sentiment] : BACKGROUND_POSTS[sentiment]);
      text = colloquialize(fill(template, slots, r), sentiment, INFORMALITY[platform] ?? 0.5, r);
      if (issue && platform !== 'portal' && r.chance(0.35)) text += ` ${r.pick(issue.hashtags)}`;
    }
  }
  const pii: PiiCounts = {};
  if (platform !== 'news' && language === 'id' && r.chance(0.025)) text += ` ${plantPersonalData(place, r, pii)}`;

  const item = makeItem(index, platform, time, account, title, text, r);
  return {
    index,
    item,
    truth: {
      kind: issue ? 'issue' : 'background',
      issueKey,
      campaignId: null,
      agencyCode: agency?.code ?? null,
      regionCode: place?.[1] ?? null,
      sentiment,
      language,
      pii,
    },
  };
}

const NEWS_LEADS: Record<SentimentLabel, readonly string[]> = {
  negative: [
    'Warga menyampaikan keluhan kepada {agency} dan meminta penanganan segera.',
    'Sejumlah warga {place} mengaku kecewa dan menilai penanganan masih lambat.',
    'Kritik warganet terus mengalir di media sosial sejak Senin pagi.',
  ],
  neutral: [
    '{agency} menyampaikan keterangan resmi kepada wartawan di Jakarta.',
    'Kebijakan ini berlaku mulai pekan depan, menurut keterangan {agency}.',
    'Masyarakat diminta memantau informasi resmi dari {agency}.',
  ],
  positive: [
    '{agency} menyebut capaian ini hasil kerja sama pemerintah pusat dan daerah.',
    'Warga {place} menyambut baik langkah yang diambil {agency}.',
    'Capaian tersebut mendapat apresiasi dari berbagai kalangan.',
  ],
};

function generateCampaignPost(index: number, campaign: PlantedCampaign, r: Random, ctx: Context): DemoMention {
  const platform = r.weighted([['x', 6], ['facebook', 2], ['instagram', 1], ['tiktok', 1]] as const);
  const center = ctx.start + campaign.day * DAY;
  const time = clampTime(center + r.normal(0, campaign.hours) * HOUR, ctx);
  const account = campaignAccount(Math.floor(r.next() * 2000) + PLANTED_CAMPAIGNS.indexOf(campaign) * 2000);
  const prefixes = ['', '', '', 'Setuju! ', 'Sepakat. ', 'Betul sekali, ', 'RT ', 'Wajib baca: '];
  let text = `${r.pick(prefixes)}${campaign.text}`;
  const tags = campaign.hashtags.filter(() => r.chance(0.8));
  if (tags.length > 0) text += ` ${tags.join(' ')}`;
  if (r.chance(0.5)) text += ` ${r.pick(campaign.sentiment === 'positive' ? ['💪', '🇮🇩', '👍', '🔥'] : ['😡', '‼️', '🔥', '📢'])}`;
  const agency = findDemoAgency(campaign.agencySlug);
  const item = makeItem(index, platform, time, account, null, text, r);
  return {
    index,
    item,
    truth: {
      kind: 'campaign',
      issueKey: campaign.issueKey,
      campaignId: campaign.id,
      agencyCode: agency.code,
      regionCode: null,
      sentiment: campaign.sentiment,
      language: 'id',
      pii: {},
    },
  };
}

function baseTime(r: Random, ctx: Context): number {
  const day = Math.floor(r.next() * ctx.days);
  const hourWib = r.weighted(HOURLY_WEIGHT_WIB.map((w, h) => [h, w] as const));
  // Midnight WIB is 17:00 UTC the previous day.
  const t = ctx.start + day * DAY + (hourWib - 7) * HOUR + r.next() * HOUR;
  return clampTime(t, ctx);
}

function issueTime(issue: PlantedIssue, r: Random, ctx: Context): number {
  let roll = r.next();
  for (const burst of issue.bursts) {
    if (roll < burst.share) return clampTime(ctx.start + burst.day * DAY + r.normal(0, burst.hours) * HOUR, ctx);
    roll -= burst.share;
  }
  return baseTime(r, ctx);
}

function clampTime(t: number, ctx: Context): number {
  const end = ctx.start + ctx.days * DAY - 1000;
  return Math.floor(Math.min(Math.max(t, ctx.start), end));
}

function pickSentiment(issue: PlantedIssue | null, time: number, r: Random, ctx: Context): SentimentLabel {
  let mix: Record<SentimentLabel, number> = issue?.sentiment ?? { positive: 0.3, neutral: 0.4, negative: 0.3 };
  if (issue) {
    for (const burst of issue.bursts) {
      if (burst.sentiment && Math.abs(time - (ctx.start + burst.day * DAY)) < 2 * burst.hours * HOUR) mix = burst.sentiment;
    }
  }
  return r.weighted([['positive', mix.positive], ['neutral', mix.neutral], ['negative', mix.negative]] as const);
}

function pickPlace(agency: DemoAgency | null, always: boolean, r: Random): Place | null {
  if (agency?.places && (always || r.chance(0.85))) return r.pick(agency.places);
  if (always || r.chance(0.5)) return r.pick(r.pick(REGIONAL_AGENCIES).places!);
  return null;
}

interface Slots {
  agency: string;
  handle: string;
  place: string;
}

function makeSlots(agency: DemoAgency | null, place: Place | null, r: Random): Slots {
  const name = agency ? r.pick(agency.aliases) : r.pick(['pemerintah', 'pemda', 'pemerintah daerah', 'dinas terkait']);
  return {
    agency: name,
    handle: agency ? (r.chance(0.7) ? `@${agency.handle}` : name) : '',
    place: place ? place[0] : r.pick(NO_PLACE),
  };
}

function fill(template: string, slots: Slots, r: Random): string {
  return template
    .replace(/\{agency\}/g, slots.agency)
    .replace(/\{handle\}/g, slots.handle)
    .replace(/\{place\}/g, slots.place)
    .replace(/\{amount\}/g, () => `Rp${r.pick(['50', '100', '150', '200', '300', '600'])} ribu`)
    .replace(/\{n\}/g, () => String(r.int(2, 9)))
    .replace(/\{day\}/g, () => r.pick(WEEKDAYS))
    .replace(/ {2,}/g, ' ')
    .replace(/ ([,.?!])/g, '$1')
    .trim();
}

const MAIL_DOMAINS = ['gmail.com', 'yahoo.co.id', 'yahoo.com', 'outlook.com', 'ymail.com'];
const BANKS = ['BRI', 'BCA', 'Mandiri', 'BNI', 'BSI'];

/** Appends realistic personal data citizens post when complaining (redaction must catch it). */
function plantPersonalData(place: Place | null, r: Random, pii: PiiCounts): string {
  const type: PiiType = r.weighted([['TELEPON', 45], ['EMAIL', 20], ['NIK', 18], ['REKENING', 10], ['KK', 7]] as const);
  pii[type] = (pii[type] ?? 0) + 1;
  const region = (place?.[1] ?? r.pick(['32.73', '35.78', '31.75', '33.74'])).split('.');
  const province = region[0]!;
  const regency = region[1] ?? String(r.int(1, 20)).padStart(2, '0');
  switch (type) {
    case 'TELEPON': {
      const body = `8${r.int(11, 59)}${String(r.int(0, 99_999_999)).padStart(8, '0')}`;
      const formats = [
        `0${body.slice(0, 3)}-${body.slice(3, 7)}-${body.slice(7)}`,
        `0${body}`,
        `+62 ${body.slice(0, 3)} ${body.slice(3, 7)} ${body.slice(7)}`,
        `62${body}`,
        `0${body.slice(0, 3)}.${body.slice(3, 7)}.${body.slice(7)}`,
      ];
      return `${r.pick(['hubungi saya di', 'wa', 'no hp saya', 'kontak'])} ${r.pick(formats)}`;
    }
    case 'EMAIL': {
      const person = citizenAccount(r.int(0, 1_000_000));
      return `${r.pick(['email saya', 'kirim ke', 'bisa email'])} ${person.handle.replace(/_[a-z0-9]+$/, '').replace(/_/g, '.')}@${r.pick(MAIL_DOMAINS)}`;
    }
    case 'NIK': {
      const female = r.chance(0.5);
      const day = r.int(1, 28) + (female ? 40 : 0);
      const nik = `${province}${regency}${String(r.int(1, 30)).padStart(2, '0')}${String(day).padStart(2, '0')}${String(r.int(1, 12)).padStart(2, '0')}${String(r.int(60, 99)).padStart(2, '0')}${String(r.int(1, 999)).padStart(4, '0')}`;
      return `${r.pick(['NIK saya', 'nik:', 'NIK'])} ${nik}`;
    }
    case 'KK': {
      const kk = `${province}${regency}${String(r.int(1, 30)).padStart(2, '0')}${String(r.int(1, 28)).padStart(2, '0')}${String(r.int(1, 12)).padStart(2, '0')}${String(r.int(10, 24)).padStart(2, '0')}${String(r.int(1, 99)).padStart(4, '0')}`;
      return `${r.pick(['no KK', 'nomor KK saya', 'KK'])} ${kk}`;
    }
    case 'REKENING': {
      const digits = String(r.int(1_000_000_000, 9_999_999_999));
      return `${r.pick(['transfer ke', 'no rek', 'rekening'])} ${r.pick(BANKS)} ${digits}`;
    }
    default:
      return '';
  }
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function makeItem(index: number, platform: Platform, time: number, account: DemoAccount, title: string | null, text: string, r: Random): RawMention {
  const metrics = makeMetrics(platform, account.followers, r);
  const big = (base: bigint) => (base + BigInt(index) * 7919n + BigInt(r.int(0, 7000))).toString();
  let externalId: string;
  let url: string | null;
  switch (platform) {
    case 'x':
      externalId = big(1_850_000_000_000_000_000n);
      url = `https://x.com/${account.handle}/status/${externalId}`;
      break;
    case 'tiktok':
      externalId = big(7_400_000_000_000_000_000n);
      url = `https://www.tiktok.com/@${account.handle}/video/${externalId}`;
      break;
    case 'facebook':
      externalId = `${100_000_000_000 + (index % 977)}_${big(900_000_000_000_000n)}`;
      url = `https://www.facebook.com/${externalId}`;
      break;
    case 'instagram':
      externalId = `C${encodeBase62(index * 104_729 + 3_000_000_000_000, 10)}`;
      url = `https://www.instagram.com/p/${externalId}/`;
      break;
    case 'youtube':
      externalId = `Ugx${encodeBase62(index * 15_485_863 + 7_000_000_000_000, 21)}`;
      url = `https://www.youtube.com/watch?v=${encodeBase62(index % 5000, 11)}&lc=${externalId}`;
      break;
    case 'news': {
      const outlet = NEWS_OUTLETS.find((o) => o.handle === account.handle)!;
      const date = new Date(time);
      const slug = (title ?? text).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80);
      externalId = `https://${outlet.domain}/berita/${date.getUTCFullYear()}/${String(date.getUTCMonth() + 1).padStart(2, '0')}/${String(date.getUTCDate()).padStart(2, '0')}/${slug}-${index}`;
      url = externalId;
      break;
    }
    default:
      externalId = `komentar-${index}`;
      url = null;
  }
  return {
    platform,
    externalId,
    url,
    publishedAt: new Date(time),
    author: {
      handle: platform === 'portal' ? null : account.handle,
      name: account.name,
      followers: platform === 'portal' ? null : account.followers,
      type: account.type,
    },
    title,
    text,
    metrics,
    lang: null,
  };
}

function encodeBase62(value: number, width: number): string {
  let out = '';
  let v = Math.floor(Math.abs(value));
  while (v > 0) {
    out = BASE62[v % 62]! + out;
    v = Math.floor(v / 62);
  }
  return out.padStart(width, '0').slice(-width);
}

function makeMetrics(platform: Platform, followers: number, r: Random): RawMention['metrics'] {
  const round = Math.round;
  switch (platform) {
    case 'x': {
      const views = round(followers * r.logNormal(-1.6, 1.1) + r.logNormal(3, 1));
      const likes = round(views * r.logNormal(-4.2, 0.9));
      const shares = round(likes * r.logNormal(-1.4, 0.9));
      return { likes, replies: round(likes * r.logNormal(-1.8, 0.8)), shares, views, quotes: round(shares * 0.15) };
    }
    case 'tiktok': {
      const views = round(followers * r.logNormal(-0.5, 1.4) + r.logNormal(5, 1.6));
      const likes = round(views * r.logNormal(-3, 0.8));
      return { likes, replies: round(likes * r.logNormal(-2.5, 0.8)), shares: round(likes * r.logNormal(-2.2, 0.9)), views, saves: round(likes * 0.08) };
    }
    case 'instagram': {
      const likes = round(followers * r.logNormal(-3.4, 1) + r.logNormal(1, 1));
      return { likes, replies: round(likes * r.logNormal(-2.5, 0.8)), shares: round(likes * r.logNormal(-3, 1)), views: null, saves: round(likes * 0.05) };
    }
    case 'facebook': {
      const likes = round(followers * r.logNormal(-3.8, 1) + r.logNormal(1, 1));
      return { likes, replies: round(likes * r.logNormal(-1.6, 0.8)), shares: round(likes * r.logNormal(-1.8, 1)), views: null };
    }
    case 'youtube': {
      const likes = round(r.logNormal(0.5, 1.3));
      return { likes, replies: round(likes * r.logNormal(-1.5, 1)), shares: 0, views: null };
    }
    case 'news': {
      const views = round(followers * r.logNormal(-8.5, 1));
      return { likes: round(views * r.logNormal(-5, 1)), replies: round(views * r.logNormal(-6, 1)), shares: round(views * r.logNormal(-4.5, 1)), views };
    }
    default:
      return { likes: round(r.logNormal(0, 1)), replies: 0, shares: 0, views: null };
  }
}
