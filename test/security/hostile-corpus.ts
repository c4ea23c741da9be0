/**
 * Hostile input values assembled for Humas's edge tests: Unicode edge cases, very long
 * strings, control characters, SQL/NoSQL/template injection, XSS and path traversal. Each
 * entry is a raw string; `pathSafe` marks which can be URL-encoded into a path (lone
 * surrogates cannot be encoded by encodeURIComponent, so they go in as raw UTF-8 escapes).
 */
export const HOSTILE_VALUES: readonly string[] = [
  '',
  ' ',
  'a'.repeat(5000),
  'ж'.repeat(3000),
  '𝕳𝖚𝖒𝖆𝖘 👩‍👩‍👧 🇮🇩',
  'e\u0301\u0301\u0301', // stacked combining marks
  '\u202Egnp.exe', // right-to-left override
  '\u200B\u200C\u200D\uFEFF', // zero-width characters and BOM
  'ﬁ ℌ Ⅻ ｈｔｔｐ', // compatibility forms that NFKC changes
  '\u0000',
  'abc\u0000def',
  '\u0001\u0007\u001b[31mred\u001b[0m\u007f',
  'line1\r\nSet-Cookie: humas_session=evil',
  "' OR '1'='1",
  "1; DROP TABLE users;--",
  "1' UNION SELECT password_hash, email FROM users--",
  "admin'--",
  '{"$gt":""}',
  '{"$where":"sleep(1000)"}',
  '[$ne]=1',
  '{{7*7}}',
  '${7*7}',
  '<%= 7*7 %>',
  '#{7*7}',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "javascript:alert('x')",
  '<svg/onload=alert(1)>',
  '../../../../etc/passwd',
  '..%2f..%2f..%2fetc%2fpasswd',
  '....//....//etc/passwd',
  '/etc/passwd',
  'C:\\Windows\\win.ini',
  '%00',
  '%',
  '-1',
  '0',
  '1e309',
  '99999999999999999999999999',
  'NaN',
  '0x1F',
  '__proto__',
  'constructor',
  'x@y',
  'warga@contoh.id',
];

/** Lone surrogates and invalid UTF-8, as percent-escapes (the URL/form layer must cope). */
export const RAW_ESCAPES: readonly string[] = ['%ED%A0%80', '%C0%AF', '%FF%FE', '%E2%80%AE'];
