import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { humasScript } from '../../../test/helpers/cli.js';

const run = (args: string[], input: string) => spawnSync(process.execPath, [humasScript(), ...args], { input, encoding: 'utf8', timeout: 60_000 });

describe('humas sentiment and analyze', () => {
  const input = `pelayanan cepat, mantap\n\n${'jelek '.repeat(20_000)}\njalan rusak di Kota Bandung, Pemkot Bandung diam saja\n`;
  // One run shared by the first two tests: each child costs a second or more of start-up.
  let firstRun: ReturnType<typeof run> | undefined;
  const sentimentRun = () => (firstRun ??= run(['sentiment'], input));

  it('writes one JSON line per input line, in order, empty line neutral, 100 kB line handled', () => {
    const result = sentimentRun();
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { label: string });
    expect(lines).toHaveLength(4);
    expect(lines[0]?.label).toBe('positive');
    expect(lines[1]).toEqual({ label: 'neutral', scores: { positive: 0, neutral: 1, negative: 0 } });
    expect(lines[2]?.label).toBe('negative');
  });

  it('gives byte-identical output across runs', () => {
    expect(run(['sentiment'], input).stdout).toBe(sentimentRun().stdout);
  });

  it('reports language, sentiment, agencies and regions per line', () => {
    const result = run(['analyze'], 'The road is broken\njalan rusak di Kota Bandung, Pemkot Bandung diam saja\n');
    const [english, indonesian] = result.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(english).toEqual({ language: 'en', sentiment: null, agencies: [], regions: [] });
    expect(indonesian?.['language']).toBe('id');
    expect(indonesian?.['agencies']).toEqual([{ id: '32.73', name: 'Pemerintah Kota Bandung' }]);
    expect(indonesian?.['regions']).toEqual([{ code: '32.73', name: 'Kota Bandung', level: 'city' }]);
  });

  it('fails with one line and a non-zero exit for a missing --file', () => {
    const result = run(['sentiment', '--file', '/no/such/file.txt'], '');
    expect(result.status).not.toBe(0);
    expect(result.stderr.trim().split('\n')).toEqual(['humas: cannot read --file /no/such/file.txt: no such file']);
    expect(result.stdout).toBe('');
  });

  it('counts an official named in --officials as a mention of their agency', () => {
    const officials = path.join(mkdtempSync(path.join(tmpdir(), 'officials-')), 'officials.json');
    writeFileSync(officials, JSON.stringify([{ name: 'Budi Santoso', agencyCode: 'kemenkes', validFrom: '2024-10-21' }]));
    const result = run(['analyze', '--officials', officials, '--date', '2025-01-01'], 'Budi Santoso janji antrean rumah sakit dipangkas\n');
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as { agencies: { id: string }[] }).agencies.map((a) => a.id)).toEqual(['kemenkes']);
  });

  it('fails with one line for an invalid --officials file', () => {
    const officials = path.join(mkdtempSync(path.join(tmpdir(), 'officials-')), 'officials.json');
    writeFileSync(officials, JSON.stringify([{ name: 'Budi Santoso', agencyCode: 'nope', validFrom: '2024-10-21' }]));
    const result = run(['analyze', '--officials', officials], 'x\n');
    expect(result.status).not.toBe(0);
    expect(result.stderr.trim().split('\n')).toEqual([`humas: invalid --officials ${officials}: [0].agencyCode: unknown agency code`]);
  });
});
