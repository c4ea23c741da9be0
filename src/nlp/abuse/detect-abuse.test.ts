import { describe, expect, it } from 'vitest';
import { detectAbuse } from './detect-abuse.js';

describe('detectAbuse', () => {
  it('finds nothing in a civil comment', () => {
    expect(detectAbuse('Terima kasih infonya, semoga posko pengaduan cepat menindaklanjuti laporan warga.')).toEqual({ categories: [], hits: 0 });
  });

  it('flags insults and profanity, also when spelled informally', () => {
    expect(detectAbuse('Dasar pejabat GOBLOK!!').categories).toEqual(['insult']);
    expect(detectAbuse('anjiiing, bangsat semua').categories).toEqual(['profanity']);
  });

  it('flags threats written as phrases but not the words alone', () => {
    expect(detectAbuse('mati kau nanti').categories).toEqual(['threat']);
    expect(detectAbuse('Kasus bunuh diri remaja perlu perhatian').hits).toBe(0);
  });
});
