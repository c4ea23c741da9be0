/**
 * What a newsroom save costs on one core: Markdown → HTML (marked) alone, and the full
 * render + sanitise + plain text per article, on the demo news bodies grown to a typical 600-word length with links, lists and
 * a few hostile fragments; and what an image upload costs (sharp: decode, three WebP variants)
 * with the resulting variant sizes. CPU time, best of rounds. Run: node bin/run-ts.js bench/newsroom-render.ts
 */
import { Marked } from 'marked';
import sharp from 'sharp';
import { DEMO_ARTICLES } from '../src/demo/demo-articles.js';
import { renderArticleBody } from '../src/services/newsroom/render-article-body.js';
import { IMAGE_WIDTHS } from '../src/services/newsroom/store-article-image.js';

const extras = '\n\n- butir satu dengan [tautan](https://jabarprov.go.id/)\n- butir dua\n\n> kutipan pejabat\n\n<script>alert(1)</script> <img src=x onerror=alert(1)>';
const bodies = DEMO_ARTICLES.map((a) => {
  let text = a.paragraphs.join('\n\n');
  while (text.split(/\s+/).length < 600) text += `\n\n${a.paragraphs.join('\n\n')}`;
  return `${text}${extras}`;
});
const words = bodies.reduce((s, b) => s + b.split(/\s+/).length, 0) / bodies.length;
const marked = new Marked({ gfm: true, async: false });

function perSecond(fn: (body: string) => unknown, rounds = 5, perRound = 400): number {
  for (let i = 0; i < 100; i++) fn(bodies[i % bodies.length]!);
  let best = 0;
  for (let r = 0; r < rounds; r++) {
    const started = process.cpuUsage();
    for (let i = 0; i < perRound; i++) fn(bodies[i % bodies.length]!);
    const used = process.cpuUsage(started);
    best = Math.max(best, perRound / ((used.user + used.system) / 1e6));
  }
  return best;
}

const markedOnly = perSecond((b) => marked.parse(b));
const full = perSecond((b) => renderArticleBody(b));
console.log(`article bodies: ${bodies.length} demo texts, mean ${Math.round(words)} words`);
console.log('| step | articles/s (one core, CPU time) | ms per article |');
console.log('|---|---:|---:|');
console.log(`| marked only (baseline) | ${markedOnly.toFixed(0)} | ${(1000 / markedOnly).toFixed(2)} |`);
console.log(`| render + sanitise + text (what a save does) | ${full.toFixed(0)} | ${(1000 / full).toFixed(2)} |`);

// A photo-like 2400×1600 JPEG (noise compresses like real detail), the way a phone camera sends it.
const photo = await sharp({ create: { width: 2400, height: 1600, channels: 3, background: '#6f8fa8', noise: { type: 'gaussian', mean: 120, sigma: 40 } } })
  .jpeg({ quality: 88 })
  .toBuffer();
let bestMs = Infinity;
let sizes: number[] = [];
for (let r = 0; r < 3; r++) {
  const started = process.hrtime.bigint();
  const out: number[] = [];
  for (const width of IMAGE_WIDTHS) out.push((await sharp(photo).rotate().resize({ width, withoutEnlargement: true }).webp({ quality: 80 }).toBuffer()).length);
  bestMs = Math.min(bestMs, Number(process.hrtime.bigint() - started) / 1e6);
  sizes = out;
}
console.log(`\nimage upload: ${(photo.length / 1024).toFixed(0)} KiB JPEG 2400×1600 (noise) → WebP ${IMAGE_WIDTHS.join('/')} px`);
console.log('| wall ms for all variants (best of 3; sharp uses its own threads) | variant sizes KiB |');
console.log('|---:|---|');
console.log(`| ${bestMs.toFixed(0)} | ${sizes.map((s) => (s / 1024).toFixed(0)).join(' / ')} |`);
