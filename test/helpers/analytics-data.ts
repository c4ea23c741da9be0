/**
 * Small generated listening data for analytics tests: mentions written straight to the
 * table (COPY) with known dimensions, then rollups recomputed by the pipeline's own rebuild,
 * so tests can compare dashboard figures with an independent count over the raw rows.
 */
import type { Db } from '../../src/db/db.js';
import { rebuildRollups } from '../../src/db/queries/pipeline/rebuild-rollups.js';
import { Random } from '../../src/demo/random.js';

export interface GeneratedMention {
  publishedAt: Date;
  platform: string;
  agencyId: number | null;
  issueId: number | null;
  sentiment: string | null;
  provinceCode: string | null;
  regionCode: string | null;
  language: string | null;
  authorType: string;
  authorHandle: string | null;
  text: string;
  title?: string | null;
  url?: string | null;
  links?: string[];
  hashtags?: string[];
  reach: number;
  engagement: number;
}

const COLUMNS = [
  'published_at', 'source_id', 'external_id', 'platform', 'url', 'author_handle', 'author_type', 'author_followers', 'text', 'title',
  'language', 'hashtags', 'links', 'likes', 'replies', 'shares', 'reach', 'engagement', 'agency_id', 'issue_id', 'region_code', 'province_code', 'sentiment',
] as const;

/** A bare agency for analytics tests (code = slug = name), optionally under a parent. */
export async function insertTestAgency(db: Db, code: string, parentId: number | null = null): Promise<number> {
  const { rows } = await db.query<{ id: number }>(
    `INSERT INTO agencies (code, slug, name, abbreviation, level, kind, parent_id) VALUES ($1, $1, $1, $1, 'province', 'regional_government', $2) RETURNING id`,
    [code, parentId],
  );
  return Number(rows[0]!.id);
}

let sourceSeq = 0;

/** Inserts the mentions and rebuilds every rollup from the table. */
export async function insertMentions(db: Db, mentions: readonly GeneratedMention[]): Promise<void> {
  await db.transaction(async (tx) => {
    const { rows } = await tx.query<{ id: number }>(`INSERT INTO sources (kind, platform, name) VALUES ('test', 'web', $1) RETURNING id`, [`uji-${Date.now()}-${++sourceSeq}`]);
    const sourceId = Number(rows[0]!.id);
    await tx.copyRows(
      'mentions',
      COLUMNS,
      mentions.map((m, i) => [
        m.publishedAt, sourceId, `g${sourceSeq}-${i}`, m.platform, m.url ?? null, m.authorHandle, m.authorType, m.reach, m.text, m.title ?? null,
        m.language, m.hashtags ?? [], m.links ?? [], m.engagement, 0, 0, m.reach, m.engagement, m.agencyId, m.issueId, m.regionCode, m.provinceCode, m.sentiment,
      ]),
    );
    await rebuildRollups(tx);
  });
}

const PLATFORMS = ['x', 'facebook', 'instagram', 'tiktok', 'news'];
const SENTIMENTS = ['positive', 'neutral', 'negative', null];
const REGIONS: [string, string][] = [['32', '32.73'], ['32', '32.04'], ['35', '35.78'], ['31', '31.71']];
const LANGUAGES = ['id', 'en', 'jv', 'unknown'];
const TYPES = ['citizen', 'influencer', 'media', 'government'];
const WORDS = ['bansos', 'cair', 'jalan', 'rusak', 'vaksin', 'banjir', 'harga', 'beras', 'naik', 'terima kasih'];

/** `count` mentions spread over `days` days before `end`, dimensions drawn from small fixed lists. */
export function generateMentions(options: { count: number; end: Date; days: number; agencyIds: (number | null)[]; issueIds: (number | null)[]; seed?: number }): GeneratedMention[] {
  const rnd = new Random(options.seed ?? 7);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd.next() * xs.length)]!;
  const span = options.days * 86_400_000;
  return Array.from({ length: options.count }, (_, i) => {
    const [province, region] = rnd.next() < 0.15 ? [null, null] : pick(REGIONS);
    const platform = pick(PLATFORMS);
    return {
      publishedAt: new Date(options.end.getTime() - Math.floor(rnd.next() * span)),
      platform,
      agencyId: pick(options.agencyIds),
      issueId: pick(options.issueIds),
      sentiment: pick(SENTIMENTS),
      provinceCode: province,
      regionCode: rnd.next() < 0.3 ? null : region,
      language: pick(LANGUAGES),
      authorType: platform === 'news' ? 'media' : pick(TYPES),
      authorHandle: `akun${Math.floor(rnd.next() * 40)}`,
      text: `${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)} nomor ${i}`,
      hashtags: rnd.next() < 0.2 ? ['bansoscair'] : [],
      reach: Math.floor(rnd.next() * 5000),
      engagement: Math.floor(rnd.next() * 300),
    };
  });
}
