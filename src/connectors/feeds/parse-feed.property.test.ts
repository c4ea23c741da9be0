import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../lib/app-error.js';
import { parseFeedDate } from './parse-feed-date.js';
import { parseFeed } from './parse-feed.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const samples = fs.readdirSync(fixtures).map((name) => fs.readFileSync(path.join(fixtures, name)));

/** Either a parsed feed or the one expected refusal; anything else (a crash) fails the property. */
function parseOrRefuse(bytes: Uint8Array): void {
  const started = performance.now();
  try {
    const feed = parseFeed(bytes, { url: 'https://feed.example.go.id/rss.xml' });
    for (const item of feed.items) {
      if (item.link !== null) expect(item.link).toMatch(/^https?:\/\//);
      if (item.published !== null) expect(Number.isNaN(item.published.getTime())).toBe(false);
    }
  } catch (error) {
    if (!isAppError(error)) throw error;
    expect(error.message).toMatch(/^not a feed: /);
    expect(error.message).not.toContain('\n');
  }
  // Generous for a noisy 2-core machine; a hang or quadratic blow-up on inputs this small would be far over it.
  expect(performance.now() - started).toBeLessThan(2000);
}

/** Fixture bytes with random splices: cut, repeated, overwritten with random bytes, or truncated. */
const mutatedFixture = fc
  .record({
    sample: fc.constantFrom(...samples),
    edits: fc.array(fc.record({ at: fc.nat(), cut: fc.nat({ max: 64 }), insert: fc.uint8Array({ maxLength: 32 }) }), { maxLength: 6 }),
    truncate: fc.option(fc.nat()),
  })
  .map(({ sample, edits, truncate }) => {
    let bytes = Buffer.from(sample);
    for (const e of edits) {
      const at = e.at % (bytes.length + 1);
      bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(e.insert), bytes.subarray(at + e.cut)]);
    }
    return truncate === null ? bytes : bytes.subarray(0, truncate % (bytes.length + 1));
  });

const xmlish = fc
  .array(
    fc.oneof(
      fc.constantFrom('<rss>', '<rss version="2.0">', '<channel>', '<item>', '</item>', '<title>', '</title>', '<feed xmlns="http://www.w3.org/2005/Atom">', '<entry>', '<link href="', '">', '<![CDATA[', ']]>', '&', '&amp;', '&nbsp;', '&#x', ';', '<!DOCTYPE x [<!ENTITY a "&a;&a;">]>', '<?xml version="1.0" encoding="', 'utf-16', '"?>', '<!--', '-->', '<pubDate>', 'Jumat, 27 November 2026 14:05 WIB', '<guid>', '{"version":"https://jsonfeed.org/version/1.1","items":[', '{"id":1}', ']}'),
      fc.string({ maxLength: 20 }),
    ),
    { maxLength: 80 },
  )
  .map((parts) => Buffer.from(parts.join('')));

describe('parseFeed never throws unexpectedly and never hangs', { timeout: 60_000 }, () => {
  it('on arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 4096 }), parseOrRefuse), { numRuns: 300 });
  });

  it('on damaged real feeds', () => {
    fc.assert(fc.property(mutatedFixture, parseOrRefuse), { numRuns: 300 });
  });

  it('on feed-like fragments in random order', () => {
    fc.assert(fc.property(xmlish, parseOrRefuse), { numRuns: 300 });
  });

  it('parseFeedDate returns a valid Date or null for any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 80 }), fc.constantFrom('Senin, 3 Mar 2025 08.00', '2026-11-27T14:05:00+07:00').map((s) => s.slice(0, 12))), (text) => {
        const date = parseFeedDate(text);
        expect(date === null || !Number.isNaN(date.getTime())).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
