import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/i18n.js';
import { DIFF_BUDGET_MS, renderDiff } from './newsroom-views.js';

const t = translator('id');

describe('revision diff', () => {
  it('marks additions and removals with text markers, escaped', () => {
    expect(renderDiff(t, 'Halo <b>dunia</b>', 'Halo <i>kota</i>').value).toBe(
      '<pre class="diff">Halo &lt;<del><span class="visually-hidden">−</span>b</del><ins><span class="visually-hidden">+</span>i</ins>&gt;' +
        '<del><span class="visually-hidden">−</span>dunia</del><ins><span class="visually-hidden">+</span>kota</ins>' +
        '&lt;/<del><span class="visually-hidden">−</span>b</del><ins><span class="visually-hidden">+</span>i</ins>&gt;</pre>',
    );
    expect(renderDiff(t, 'sama', 'sama').value).toBe('<p>Tidak ada perubahan.</p>');
  });

  it('gives up within its time budget on two long, wholly different texts', () => {
    const words = (seed: number) => {
      let x = seed;
      return Array.from({ length: 15_000 }, () => {
        x = (x * 1103515245 + 12345) % 2147483648;
        return `w${x % 5000}`;
      }).join(' ');
    };
    const started = Date.now();
    expect(renderDiff(t, words(1), words(2)).value).toContain('terlalu banyak');
    expect(Date.now() - started).toBeLessThan(DIFF_BUDGET_MS * 10);
  });
});
