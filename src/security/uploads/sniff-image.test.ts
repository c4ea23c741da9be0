import { describe, expect, it } from 'vitest';
import { assertImageUpload, sniffImageType } from './sniff-image.js';

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]);

describe('image upload sniffing', () => {
  it('recognises PNG, JPEG, GIF and WebP by their first bytes', () => {
    expect(sniffImageType(PNG)).toBe('image/png');
    expect(sniffImageType(JPEG)).toBe('image/jpeg');
    expect(sniffImageType(new TextEncoder().encode('GIF89a....'))).toBe('image/gif');
    expect(sniffImageType(new TextEncoder().encode('RIFF\u0000\u0000\u0000\u0000WEBPVP8 '))).toBe('image/webp');
  });

  it('refuses an HTML or SVG file named like an image, and an empty file', () => {
    expect(() => assertImageUpload(new TextEncoder().encode('<svg onload="alert(1)"></svg>'))).toThrow(/not an accepted image/);
    expect(() => assertImageUpload(new TextEncoder().encode('<!doctype html><script>'))).toThrow(/not an accepted image/);
    expect(() => assertImageUpload(new Uint8Array())).toThrow(/not an accepted image/);
  });

  it('refuses a real image of a type the caller did not allow', () => {
    expect(() => assertImageUpload(JPEG, ['image/png'])).toThrow(/image\/png/);
    expect(assertImageUpload(PNG, ['image/png'])).toBe('image/png');
  });
});
