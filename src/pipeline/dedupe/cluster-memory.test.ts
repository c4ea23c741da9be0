import { describe, expect, it } from 'vitest';
import { ClusterMemory, type ClusterRow } from './cluster-memory.js';
import { bandKeys, minhashSignature } from './minhash.js';

const HOUR = 3_600_000;
const SPAN = 48 * HOUR;
const T0 = Date.UTC(2026, 4, 1);

function row(id: number, text: string, firstSeen: number, changeSeq: number, lastSeen = firstSeen): ClusterRow {
  return { id, signature: minhashSignature(text)!, firstSeen, lastSeen, changeSeq };
}

const TEXT_A = 'tolong segera perbaiki jalan rusak di depan pasar kami yang sudah lama berlubang';
const TEXT_B = 'antrean bantuan sosial di kantor kelurahan sangat panjang sejak pagi hari tadi';

describe('ClusterMemory', () => {
  it('finds remembered clusters by band key, only those begun near the post', () => {
    const memory = new ClusterMemory();
    memory.load([row(1, TEXT_A, T0, 1), row(2, TEXT_B, T0, 2), row(3, TEXT_A, T0 + 30 * 24 * HOUR, 3)], 3, true);
    const bands = bandKeys(minhashSignature(TEXT_A)!);
    expect([...memory.lookup(bands, T0 + HOUR, SPAN)].map((c) => c.id)).toEqual([1]);
    expect([...memory.lookup(bands, T0 + 30 * 24 * HOUR, SPAN)].map((c) => c.id)).toEqual([3]);
    expect(memory.covers(T0 - 365 * 24 * HOUR, SPAN)).toBe(true);
  });

  it('takes later changes (time span, new clusters) and advances its change number', () => {
    const memory = new ClusterMemory();
    memory.load([row(1, TEXT_A, T0, 1)], 1, true);
    memory.apply([row(1, TEXT_A, T0 - HOUR, 5, T0 + 2 * HOUR), row(2, TEXT_B, T0, 6)]);
    expect(memory.changeSeq).toBe(6);
    expect(memory.get(1)).toMatchObject({ firstSeen: T0 - HOUR, lastSeen: T0 + 2 * HOUR });
    expect([...memory.lookup(bandKeys(minhashSignature(TEXT_B)!), T0, SPAN)].map((c) => c.id)).toEqual([2]);
  });

  it('past capacity drops the clusters begun longest ago and hands their time to the database', () => {
    const memory = new ClusterMemory(10);
    memory.load([], 0, true);
    memory.apply(Array.from({ length: 11 }, (_, i) => row(i + 1, `${TEXT_A} ${i}`, T0 + i * 24 * HOUR, i + 1)));
    expect(memory.size).toBe(9);
    expect(memory.get(1)).toBeUndefined();
    expect(memory.get(2)).toBeUndefined();
    expect(memory.get(3)).toBeDefined();
    // A post whose clusters may have begun by the second day is no longer covered by memory.
    expect(memory.covers(T0 + 24 * HOUR + 2 * SPAN, SPAN)).toBe(false);
    expect(memory.covers(T0 + 24 * HOUR + 2 * SPAN + 1, SPAN)).toBe(true);
    // Changes to clusters behind the horizon are left to the database.
    memory.apply([row(1, TEXT_A, T0, 20)]);
    expect(memory.get(1)).toBeUndefined();
  });

  it('starts from a partial copy with the horizon at its oldest cluster', () => {
    const memory = new ClusterMemory(2);
    memory.load([row(5, TEXT_A, T0 + 10 * HOUR, 9), row(4, TEXT_B, T0 + 5 * HOUR, 8)], 9, false);
    expect(memory.horizon).toBe(T0 + 5 * HOUR);
    expect(memory.changeSeq).toBe(9);
    memory.reset();
    expect(memory.loaded).toBe(false);
  });
});
