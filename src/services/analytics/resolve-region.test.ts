import { describe, expect, it } from 'vitest';
import { regionName, resolveRegionCode } from './resolve-region.js';

describe('resolveRegionCode', () => {
  it('accepts codes and name slugs of provinces, regencies and cities', () => {
    expect(resolveRegionCode('32')).toBe('32');
    expect(resolveRegionCode('jawa-barat')).toBe('32');
    expect(resolveRegionCode('kota-bandung')).toBe('32.73');
    expect(resolveRegionCode('kabupaten-bandung')).toBe('32.04');
    expect(regionName('32.73')).toBe('Kota Bandung');
  });

  it('answers null for unknown regions', () => {
    expect(resolveRegionCode('99')).toBeNull();
    expect(resolveRegionCode('atlantis')).toBeNull();
  });
});
