/**
 * Server-rendered SVG charts for the console, made by hand: a few polylines and rectangles
 * need no chart library, render in microseconds, and carry their own accessible name. Every
 * chart is decorative for screen readers beside a table of the same numbers (charts enhance,
 * tables inform), and colour is never the only carrier of meaning: lines and tiles are labelled.
 * Styling comes from attributes (the Content-Security-Policy forbids inline style).
 */
import { escapeHtml, unsafeRawHtml, type SafeHtml } from '../../../lib/html.js';

export interface LineSeries {
  name: string;
  values: readonly number[];
  colour: string;
  dashed?: boolean;
}

const W = 720;
const H = 220;
const PAD = { left: 56, right: 12, top: 12, bottom: 28 };

function niceMax(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (value <= step * magnitude) return step * magnitude;
  return 10 * magnitude;
}

/** A line chart of one or more series over the same x labels. */
export function lineChart(o: { label: string; xLabels: readonly string[]; series: readonly LineSeries[]; formatY: (n: number) => string }): SafeHtml {
  const n = o.xLabels.length;
  const max = niceMax(Math.max(0, ...o.series.flatMap((s) => s.values)));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (n <= 1 ? plotW / 2 : (i * plotW) / (n - 1));
  const y = (v: number) => PAD.top + plotH - (v / max) * plotH;
  const parts: string[] = [];
  for (const f of [0, 0.5, 1]) {
    const yy = y(max * f).toFixed(1);
    parts.push(`<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${yy}" y2="${yy}" stroke="#b1b4b6" stroke-width="1"/>`);
    parts.push(`<text x="${PAD.left - 6}" y="${yy}" dy="4" text-anchor="end" font-size="11" fill="#1b1b1b">${escapeHtml(o.formatY(max * f))}</text>`);
  }
  const every = Math.max(1, Math.ceil(n / 8));
  o.xLabels.forEach((label, i) => {
    if (i % every === 0) parts.push(`<text x="${x(i).toFixed(1)}" y="${H - 8}" text-anchor="middle" font-size="11" fill="#1b1b1b">${escapeHtml(label)}</text>`);
  });
  for (const s of o.series) {
    const points = s.values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
    parts.push(`<polyline points="${points}" fill="none" stroke="${s.colour}" stroke-width="2"${s.dashed ? ' stroke-dasharray="5 3"' : ''}/>`);
  }
  const legend = o.series
    .map((s) => `<span class="legend-item"><svg width="22" height="10" aria-hidden="true" focusable="false"><line x1="0" x2="22" y1="5" y2="5" stroke="${s.colour}" stroke-width="3"${s.dashed ? ' stroke-dasharray="5 3"' : ''}/></svg> ${escapeHtml(s.name)}</span>`)
    .join(' ');
  return unsafeRawHtml(
    `<figure class="chart"><svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeHtml(o.label)}" focusable="false" preserveAspectRatio="xMidYMid meet">${parts.join('')}</svg><figcaption>${legend}</figcaption></figure>`,
  );
}

/** A horizontal bar proportional to `share` (0–1), for table cells beside the number itself. */
export function shareBar(share: number | null, colour = '#0b4f8a'): SafeHtml {
  const width = Math.max(0, Math.min(1, share ?? 0)) * 120;
  return unsafeRawHtml(
    `<svg class="bar" width="120" height="12" aria-hidden="true" focusable="false"><rect x="0" y="0" width="120" height="12" fill="#e5e7e8"/><rect x="0" y="0" width="${width.toFixed(1)}" height="12" fill="${colour}"/></svg>`,
  );
}

/** One bar split into labelled parts (the sentiment split); the legend carries the numbers. */
export function splitBar(o: { label: string; parts: readonly { name: string; value: number; colour: string }[] }): SafeHtml {
  const total = o.parts.reduce((s, p) => s + p.value, 0);
  let at = 0;
  const rects = o.parts
    .map((p) => {
      const w = total > 0 ? (p.value / total) * W : 0;
      const r = `<rect x="${at.toFixed(1)}" y="0" width="${w.toFixed(1)}" height="28" fill="${p.colour}"/>`;
      at += w;
      return r;
    })
    .join('');
  return unsafeRawHtml(`<svg viewBox="0 0 ${W} 28" class="split" role="img" aria-label="${escapeHtml(o.label)}" focusable="false">${rects}</svg>`);
}

/**
 * Indonesia's 38 provinces as a tile grid (one square each, placed roughly where the
 * province lies: Sumatra left, Java and Nusa Tenggara along the bottom, Papua right), so
 * small provinces are as visible as large ones. Codes are Kemendagri province codes.
 */
export const PROVINCE_TILES: Readonly<Record<string, { col: number; row: number; abbr: string }>> = {
  '11': { col: 0, row: 0, abbr: 'AC' }, '12': { col: 1, row: 0, abbr: 'SU' }, '21': { col: 3, row: 0, abbr: 'KR' },
  '13': { col: 1, row: 1, abbr: 'SB' }, '14': { col: 2, row: 1, abbr: 'RI' }, '15': { col: 3, row: 1, abbr: 'JA' },
  '17': { col: 1, row: 2, abbr: 'BE' }, '16': { col: 2, row: 2, abbr: 'SS' }, '19': { col: 3, row: 2, abbr: 'BB' },
  '18': { col: 2, row: 3, abbr: 'LA' }, '31': { col: 4, row: 3, abbr: 'JK' },
  '36': { col: 3, row: 4, abbr: 'BT' }, '32': { col: 4, row: 4, abbr: 'JB' }, '33': { col: 5, row: 4, abbr: 'JT' },
  '35': { col: 6, row: 4, abbr: 'JI' }, '51': { col: 7, row: 4, abbr: 'BA' }, '52': { col: 8, row: 4, abbr: 'NB' }, '53': { col: 9, row: 4, abbr: 'NT' },
  '34': { col: 5, row: 5, abbr: 'YO' },
  '65': { col: 7, row: 0, abbr: 'KU' }, '61': { col: 5, row: 1, abbr: 'KB' }, '64': { col: 7, row: 1, abbr: 'KI' },
  '62': { col: 6, row: 1, abbr: 'KT' }, '63': { col: 6, row: 2, abbr: 'KS' },
  '75': { col: 9, row: 0, abbr: 'GO' }, '71': { col: 10, row: 0, abbr: 'SA' }, '76': { col: 8, row: 1, abbr: 'SR' },
  '72': { col: 9, row: 1, abbr: 'ST' }, '73': { col: 9, row: 2, abbr: 'SN' }, '74': { col: 10, row: 2, abbr: 'SG' },
  '82': { col: 12, row: 0, abbr: 'MU' }, '81': { col: 12, row: 1, abbr: 'MA' },
  '96': { col: 13, row: 1, abbr: 'PD' }, '92': { col: 14, row: 1, abbr: 'PB' }, '91': { col: 16, row: 1, abbr: 'PA' },
  '94': { col: 14, row: 2, abbr: 'PT' }, '95': { col: 15, row: 2, abbr: 'PP' }, '93': { col: 15, row: 3, abbr: 'PS' },
};

/** Light to dark; text switches to white where the tile is dark (contrast ≥ 4.5:1 both ways). */
const SHADES = ['#f3f2f1', '#d2e2f1', '#9dc0e2', '#3f7fbf', '#0b4f8a'];
const INK = ['#1b1b1b', '#1b1b1b', '#1b1b1b', '#ffffff', '#ffffff'];

export function provinceTileGrid(o: { label: string; values: ReadonlyMap<string, number>; names: (code: string) => string; format: (n: number) => string }): SafeHtml {
  const size = 42;
  const gap = 4;
  const max = Math.max(0, ...o.values.values());
  const tiles = Object.entries(PROVINCE_TILES)
    .map(([code, tile]) => {
      const value = o.values.get(code) ?? 0;
      const shade = value <= 0 || max <= 0 ? 0 : Math.min(4, 1 + Math.floor((value / max) * 3.999));
      const x = tile.col * (size + gap);
      const y = tile.row * (size + gap);
      return `<g><title>${escapeHtml(`${o.names(code)}: ${o.format(value)}`)}</title><rect x="${x}" y="${y}" width="${size}" height="${size}" rx="3" fill="${SHADES[shade]}" stroke="#505a5f" stroke-width="1"/><text x="${x + size / 2}" y="${y + size / 2 + 4}" text-anchor="middle" font-size="12" font-weight="700" fill="${INK[shade]}">${tile.abbr}</text></g>`;
    })
    .join('');
  const width = 17 * (size + gap);
  const height = 6 * (size + gap);
  return unsafeRawHtml(`<svg viewBox="0 0 ${width} ${height}" class="tiles" role="img" aria-label="${escapeHtml(o.label)}" focusable="false">${tiles}</svg>`);
}
