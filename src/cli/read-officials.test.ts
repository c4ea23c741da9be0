import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getOfficialAliases, readOfficials } from './read-officials.js';

function file(content: string): string {
  const p = path.join(mkdtempSync(path.join(tmpdir(), 'officials-')), 'officials.json');
  writeFileSync(p, content);
  return p;
}

const valid = [
  { name: 'Budi Santoso', title: 'Menteri Kesehatan', agencyCode: 'kemenkes', validFrom: '2024-10-21', aliases: ['Pak Budi'] },
  { name: 'Siti Aminah', agencyCode: '32.73', validFrom: '2020-01-01', validTo: '2024-12-31' },
];

describe('readOfficials', () => {
  it('reads a valid file and keeps only officials in office on the date', () => {
    const officials = readOfficials(file(JSON.stringify(valid)));
    expect(getOfficialAliases(officials, '2025-06-01')).toEqual([
      { alias: 'Budi Santoso', agencyCode: 'kemenkes' },
      { alias: 'Pak Budi', agencyCode: 'kemenkes' },
    ]);
    expect(getOfficialAliases(officials, '2024-01-01').map((a) => a.alias)).toEqual(['Siti Aminah']);
  });
  it('names the file and the first fault in one line', () => {
    const bad = file(JSON.stringify([{ ...valid[0], agencyCode: 'kemenxyz' }]));
    expect(() => readOfficials(bad)).toThrow(`invalid --officials ${bad}: [0].agencyCode: unknown agency code`);
  });
  it('rejects unknown fields, bad dates, reversed validity and broken JSON', () => {
    expect(() => readOfficials(file(JSON.stringify([{ ...valid[0], email: 'x@y.id' }])))).toThrow(/invalid --officials/);
    expect(() => readOfficials(file(JSON.stringify([{ ...valid[0], validFrom: '21-10-2024' }])))).toThrow(/validFrom must be YYYY-MM-DD/);
    expect(() => readOfficials(file(JSON.stringify([{ ...valid[1], validTo: '2019-01-01' }])))).toThrow(/validTo is before validFrom/);
    expect(() => readOfficials(file('[{'))).toThrow(/not valid JSON/);
    expect(() => readOfficials('/no/such/officials.json')).toThrow('cannot read --officials /no/such/officials.json: no such file');
  });
});
