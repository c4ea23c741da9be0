/**
 * Generated mentions for the console benchmarks: N mentions over 60 days, written straight with
 * generate_series (not through the pipeline), with correlated dimensions (an agency's mentions
 * mostly come from its province, its issues are its own, account type follows platform; reach
 * is the account's, heavy-tailed), then rollups rebuilt from the table.
 */
import type { Db } from '../../src/db/db.js';
import { rebuildRollups } from '../../src/db/queries/pipeline/rebuild-rollups.js';

/** The end of the generated 60 days (the overview's 30 days end here). */
export const BENCH_END = new Date('2026-11-28T00:00:00Z');
const END = BENCH_END;
const DAYS = 60;
const AGENCIES = 50;
const ISSUES = 30;
const CHUNK = 500_000;
const PROVINCES = ['11', '12', '13', '14', '15', '16', '17', '18', '19', '21', '31', '32', '33', '34', '35', '36', '51', '52', '53', '61', '62', '63', '64', '65', '71', '72', '73', '74', '75', '76', '81', '82', '91', '92', '93', '94', '95', '96'];
const WORDS = ['bansos', 'cair', 'belum', 'jalan', 'rusak', 'banjir', 'harga', 'beras', 'naik', 'vaksin', 'sekolah', 'zonasi', 'listrik', 'padam', 'bbm', 'subsidi', 'antre', 'rumah', 'sakit', 'bpjs', 'pelayanan', 'lambat', 'mantap', 'terima', 'kasih', 'pak', 'bu', 'warga', 'desa', 'kota'];

/** Inserts `count` mentions over the 60 days before BENCH_END and rebuilds the rollups. */
export async function generateConsoleMentions(db: Db, count: number, log: (s: string) => void): Promise<void> {
  const agencyIds: number[] = [];
  for (let i = 1; i <= AGENCIES; i++) {
    const { rows } = await db.query<{ id: number }>(
      `INSERT INTO agencies (code, slug, name, abbreviation, level, kind) VALUES ($1, $1, $2, $3, 'province', 'regional_government') RETURNING id`,
      [`bench-${i}`, `Instansi ${i}`, `I${i}`],
    );
    agencyIds.push(Number(rows[0]!.id));
  }
  const issueIds: number[] = [];
  for (let i = 1; i <= ISSUES; i++) {
    const { rows } = await db.query<{ id: number }>(`INSERT INTO issues (key, label) VALUES ($1, $2) RETURNING id`, [`isu-${i}`, `Isu ${i}`]);
    issueIds.push(Number(rows[0]!.id));
  }
  const source = Number((await db.query<{ id: number }>(`INSERT INTO sources (kind, platform, name) VALUES ('bench', 'web', 'bench') RETURNING id`)).rows[0]!.id);
  // Bulk load without secondary indexes, then build them once (much faster than maintaining them row by row).
  const { rows: indexes } = await db.query<{ indexname: string; indexdef: string }>(
    `SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'mentions' AND indexname NOT LIKE '%pkey'`,
  );
  for (const ix of indexes) await db.query(`DROP INDEX ${ix.indexname}`);
  const started = performance.now();
  for (let from = 1; from <= count; from += CHUNK) {
    const to = Math.min(count, from + CHUNK - 1);
    await db.query(
      `INSERT INTO mentions (published_at, source_id, external_id, platform, author_handle, author_type, author_followers, text, language,
                             likes, replies, shares, reach, engagement, agency_id, issue_id, region_code, province_code, sentiment)
       SELECT published_at, $3, 'b' || g, platform, 'akun' || account,
              CASE WHEN platform = 'news' THEN 'media' WHEN account < 300 THEN 'influencer' WHEN r5 < 0.03 THEN 'government' ELSE 'citizen' END,
              reach, text, language, engagement, 0, 0, reach, engagement, agency, issue,
              CASE WHEN province = home AND r5 < 0.5 THEN home || '.' || lpad((1 + agency_ix % 9)::text, 2, '0') END, province, sentiment
         FROM (
           SELECT g, r5, agency_ix, account, ($4::bigint[])[agency_ix + 1] AS agency,
                  CASE WHEN agency_ix IS NULL THEN NULL ELSE ($5::text[])[1 + agency_ix % 38] END AS home,
                  CASE WHEN r3 < 0.6 AND agency_ix IS NOT NULL THEN ($5::text[])[1 + agency_ix % 38] WHEN r3 < 0.85 THEN ($5::text[])[1 + floor(r4 * 38)::int] END AS province,
                  CASE WHEN r6 < 0.4 THEN NULL ELSE ($6::bigint[])[1 + (coalesce(agency_ix, floor(r6 * 1000)::int) * 3 + floor(r6 * 3)::int) % ${ISSUES}] END AS issue,
                  CASE WHEN r7 < 0.30 THEN 'x' WHEN r7 < 0.50 THEN 'facebook' WHEN r7 < 0.65 THEN 'instagram' WHEN r7 < 0.77 THEN 'tiktok'
                       WHEN r7 < 0.87 THEN 'news' WHEN r7 < 0.93 THEN 'youtube' WHEN r7 < 0.97 THEN 'portal' ELSE 'web' END AS platform,
                  CASE WHEN r8 < 0.2 THEN 'positive' WHEN r8 < 0.58 THEN 'neutral' WHEN r8 < 0.96 THEN 'negative' END AS sentiment,
                  CASE WHEN r9 < 0.9 THEN 'id' WHEN r9 < 0.93 THEN 'en' WHEN r9 < 0.95 THEN 'ms' WHEN r9 < 0.97 THEN 'jv' WHEN r9 < 0.985 THEN 'su' ELSE 'unknown' END AS language,
                  $1::timestamptz - (random() * $2::double precision) * interval '1 second' AS published_at,
                  floor(3000000 / power(account + 1, 1.1) * (0.5 + random()))::bigint AS reach, floor(random() * 500)::bigint AS engagement,
                  ($7::text[])[1 + floor(random() * 30)::int] || ' ' || ($7::text[])[1 + floor(random() * 30)::int] || ' ' || ($7::text[])[1 + floor(random() * 30)::int] || ' '
                    || ($7::text[])[1 + floor(random() * 30)::int] || ' ' || ($7::text[])[1 + floor(random() * 30)::int] || ' nomor ' || g AS text
             FROM (SELECT g, CASE WHEN random() < 0.3 THEN NULL ELSE floor(random() * ${AGENCIES})::int END AS agency_ix,
                          -- Accounts: a few post a lot and reach many (Zipf-like), most post rarely to few.
                          floor(power(random(), 2) * 50000)::int AS account, random() AS r3, random() AS r4, random() AS r5, random() AS r6, random() AS r7, random() AS r8, random() AS r9
                     FROM generate_series($8::bigint, $9::bigint) g) s
         ) m`,
      [END, DAYS * 86400, source, agencyIds, PROVINCES, issueIds, WORDS, from, to],
    );
    log(`  ${to.toLocaleString('en-US')} mentions (${Math.round((performance.now() - started) / 1000)} s)`);
  }
  for (const ix of indexes) await db.query(ix.indexdef);
  log(`  indexes rebuilt (${Math.round((performance.now() - started) / 1000)} s)`);
  await db.transaction((tx) => rebuildRollups(tx));
  await db.query('ANALYZE');
  const counts = await db.query<{ h: number; d: number; a: number }>(
    'SELECT (SELECT count(*) FROM mention_rollups_hourly) AS h, (SELECT count(*) FROM mention_rollups_daily) AS d, (SELECT count(*) FROM mention_author_rollups_daily) AS a',
  );
  log(`  rollups rebuilt (${Math.round((performance.now() - started) / 1000)} s): ${JSON.stringify(counts.rows[0])}`);
}

