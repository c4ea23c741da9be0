/**
 * Turns feed bytes into text. Feeds lie about their encoding, so the order is: byte-order mark,
 * then the HTTP charset or the XML declaration, then a check that the bytes really are what was
 * declared — a wrong guess is recovered and reported (bozo), never silently turned into mojibake.
 */
import iconv from 'iconv-lite';

export interface DecodedText {
  text: string;
  /** The encoding actually used. */
  encoding: string;
  /** Why the declared encoding was not trusted, or null when it was. */
  problem: string | null;
}

/** Labels that browsers (WHATWG) read as windows-1252, a superset that also maps 0x80–0x9F. */
const WINDOWS_1252_ALIASES = new Set(['iso-8859-1', 'iso8859-1', 'latin1', 'latin-1', 'l1', 'us-ascii', 'ascii', 'cp1252', 'windows-1252', 'x-cp1252']);
const UTF8_ALIASES = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8']);
const SINGLE_BYTE = /^(windows-125\d|iso-?8859-\d+|cp125\d|koi8-[ru])$/;

export function decodeFeedBytes(bytes: Uint8Array, httpCharset?: string | null): DecodedText {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bom = detectBom(buffer);
  if (bom) return { text: stripBom(iconv.decode(buffer.subarray(bom.length), bom.encoding)), encoding: bom.encoding, problem: null };
  const sniffed16 = sniffUtf16(buffer);
  if (sniffed16) return { text: stripBom(iconv.decode(buffer, sniffed16)), encoding: sniffed16, problem: null };

  const declared = normaliseLabel(httpCharset) ?? normaliseLabel(readXmlDeclaredEncoding(buffer));
  if (declared === null || UTF8_ALIASES.has(declared)) return decodeAsUtf8(buffer, declared === null ? 'assumed' : 'declared');
  if (declared.startsWith('utf-16') || declared.startsWith('utf-32')) {
    // A UTF-16 label on a document without a BOM or 16-bit layout is a copy-paste of the declaration.
    const decoded = decodeAsUtf8(buffer, 'assumed');
    return { ...decoded, problem: decoded.problem ?? `declared ${declared} but the document is not ${declared}; decoded as ${decoded.encoding}` };
  }
  const encoding = WINDOWS_1252_ALIASES.has(declared) ? 'windows-1252' : declared;
  if (!iconv.encodingExists(encoding)) {
    const decoded = decodeAsUtf8(buffer, 'assumed');
    return { ...decoded, problem: `unknown encoding "${declared.slice(0, 40)}"; decoded as ${decoded.encoding}` };
  }
  if (SINGLE_BYTE.test(encoding) && hasUtf8Multibyte(buffer) && isValidUtf8(buffer)) {
    // Multi-byte UTF-8 sequences essentially never occur by chance in single-byte text.
    return { text: stripBom(buffer.toString('utf8')), encoding: 'utf-8', problem: `declared ${declared} but the bytes are utf-8; decoded as utf-8` };
  }
  return { text: stripBom(iconv.decode(buffer, encoding)), encoding, problem: null };
}

function decodeAsUtf8(buffer: Buffer, how: 'declared' | 'assumed'): DecodedText {
  if (isValidUtf8(buffer)) return { text: stripBom(buffer.toString('utf8')), encoding: 'utf-8', problem: null };
  return {
    text: iconv.decode(buffer, 'windows-1252'),
    encoding: 'windows-1252',
    problem: `document ${how} to be utf-8 is not valid utf-8; decoded as windows-1252`,
  };
}

function detectBom(b: Buffer): { encoding: string; length: number } | null {
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** "<?" or "<r" laid out in 16-bit units without a BOM. */
function sniffUtf16(b: Buffer): string | null {
  if (b.length < 4) return null;
  if (b[0] === 0x3c && b[1] === 0x00 && b[2] !== 0x00 && b[3] === 0x00) return 'utf-16le';
  if (b[0] === 0x00 && b[1] === 0x3c && b[2] === 0x00 && b[3] !== 0x00) return 'utf-16be';
  return null;
}

function readXmlDeclaredEncoding(b: Buffer): string | null {
  const head = b.subarray(0, 512).toString('latin1');
  const m = /^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})["']/.exec(head);
  return m ? m[1]! : null;
}

function normaliseLabel(label: string | null | undefined): string | null {
  if (!label) return null;
  const trimmed = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  return trimmed === '' ? null : trimmed;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true });

function isValidUtf8(b: Buffer): boolean {
  try {
    fatalUtf8.decode(b);
    return true;
  } catch {
    return false;
  }
}

function hasUtf8Multibyte(b: Buffer): boolean {
  for (let i = 0; i < b.length; i++) if (b[i]! >= 0xc2 && b[i]! <= 0xf4) return true;
  return false;
}
