/**
 * Upload checks by content, not by name or declared type: the first bytes must be the
 * signature of an image format we accept. SVG is refused (it can carry script).
 */
import { AppError } from '../../lib/app-error.js';

export type ImageType = 'image/png' | 'image/jpeg' | 'image/gif' | 'image/webp';

export function sniffImageType(bytes: Uint8Array): ImageType | null {
  const b = bytes;
  if (b.length >= 8 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47 && b[4] === 0x0d && b[5] === 0x0a && b[6] === 0x1a && b[7] === 0x0a) {
    return 'image/png';
  }
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.length >= 6 && ascii(b, 0, 6) === 'GIF87a') return 'image/gif';
  if (b.length >= 6 && ascii(b, 0, 6) === 'GIF89a') return 'image/gif';
  if (b.length >= 12 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP') return 'image/webp';
  return null;
}

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...bytes.subarray(start, end));
}

/** Throws 422 unless the bytes are an accepted image; returns the type the content shows. */
export function assertImageUpload(bytes: Uint8Array, allowed: readonly ImageType[] = ['image/png', 'image/jpeg', 'image/gif', 'image/webp']): ImageType {
  const type = sniffImageType(bytes);
  if (!type || !allowed.includes(type)) {
    throw new AppError('unprocessable', `The file is not an accepted image (${allowed.join(', ')}); its content was checked, not its name.`);
  }
  return type;
}
